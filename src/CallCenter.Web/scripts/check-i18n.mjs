// Fails the build when zh-Hans and en disagree on keys, or when code uses a static key that neither has.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../src/', import.meta.url).pathname;
const localeDir = join(root, 'i18n/locales');
// A language is locales/{lang}.json plus every per-feature locales/{feature}.{lang}.json.
const load = (lang) =>
  readdirSync(localeDir)
    .filter((name) => name === `${lang}.json` || name.endsWith(`.${lang}.json`))
    .map((name) => JSON.parse(readFileSync(join(localeDir, name), 'utf8')));
const flatten = (obj, prefix = '') =>
  Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
// Plural forms (key_one, key_other) count as the key itself.
const normalize = (keys) => new Set(keys.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));

const zh = normalize(load('zh-Hans').flatMap((tree) => flatten(tree)));
const en = normalize(load('en').flatMap((tree) => flatten(tree)));
const problems = [];
for (const k of zh) if (!en.has(k)) problems.push(`en is missing ${k}`);
for (const k of en) if (!zh.has(k)) problems.push(`zh-Hans is missing ${k}`);

const files = [];
const walk = (dir) =>
  readdirSync(dir).forEach((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(tsx?|ts)$/.test(name)) files.push(path);
  });
walk(root);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/\bt\(\s*'([^'$]+)'/g)) if (!zh.has(match[1])) problems.push(`${file}: ${match[1]}`);
  for (const match of text.matchAll(/labelKey:\s*'([^']+)'/g)) if (!zh.has(match[1])) problems.push(`${file}: ${match[1]}`);
}
if (problems.length) {
  console.error('i18n check failed:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log(`i18n check: ${zh.size} keys in zh-Hans and en`);
