// Writes name.br and name.gz beside every compressible file of the build, once, at the highest levels: the Host
// serves them to browsers that accept them (technicians are on mobile data; 1.2 MB of JavaScript shrinks ~4x) and
// spends no CPU per request compressing.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = new URL('../../CallCenter.HttpApi.Host/wwwroot/', import.meta.url).pathname;
const compressible = /\.(js|mjs|css|html|svg|json|map|txt|wasm)$/;
const minBytes = 1024; // below one packet compression saves nothing

let files = 0;
let before = 0;
let after = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (compressible.test(name)) compress(path);
  }
};
const compress = (path) => {
  const data = readFileSync(path);
  if (data.length < minBytes) return;
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  files++;
  before += data.length;
  after += br.length;
};
walk(outDir);
console.log(`precompressed ${files} files: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB (br)`);
