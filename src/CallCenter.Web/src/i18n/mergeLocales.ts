// Each language is the union of locales/{lang}.json and per-feature locales/{feature}.{lang}.json files, so a
// feature adds its texts without editing one shared file. A key defined twice is a mistake, not an override.
type Tree = { [key: string]: string | Tree };

function mergeInto(target: Tree, source: Tree, file: string, path: string): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing === undefined) {
      if (typeof value === 'object') {
        const branch: Tree = {};
        mergeInto(branch, value, file, `${path}${key}.`);
        target[key] = branch;
      } else target[key] = value;
    } else if (typeof existing === 'object' && typeof value === 'object') mergeInto(existing, value, file, `${path}${key}.`);
    else throw new Error(`i18n key ${path}${key} is defined twice (${file})`);
  }
}

export function mergeLocaleFiles(files: Record<string, unknown>): Tree {
  const result: Tree = {};
  for (const file of Object.keys(files).sort()) mergeInto(result, files[file] as Tree, file, '');
  return result;
}
