// Static files for technicians on mobile data (issue #15): hashed assets compressed (br, else gzip) and cached for a
// year as immutable; index.html — which names the current hashes — revalidated on every load.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { baseUrl, waitForServer } from './browser.mjs';

before(() => waitForServer());

const head = async (path, acceptEncoding) => {
  const response = await fetch(`${baseUrl}${path}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });
  const body = Buffer.from(await response.arrayBuffer());
  return { response, body };
};

test('hashed assets are served compressed with immutable caching; index.html with no-cache', async () => {
  const { response: index, body } = await head('/', 'br, gzip');
  assert.equal(index.status, 200);
  assert.equal(index.headers.get('cache-control'), 'no-cache');
  const scripts = [...body.toString('utf8').matchAll(/\/assets\/[^"']+\.js/g)].map((m) => m[0]);
  assert.ok(scripts.length > 0, 'index.html names its hashed scripts');

  for (const [accept, encoding] of [
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
  ]) {
    const { response, body: js } = await head(scripts[0], accept);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-encoding'), encoding, `${accept} → ${encoding}`);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(response.headers.get('content-type') ?? '', /javascript/);
    assert.match(response.headers.get('vary') ?? '', /Accept-Encoding/i);
    assert.ok(js.length > 0, 'fetch decoded the body');
  }

  // A client that takes no compression gets the plain file, still cached.
  const plain = await fetch(`${baseUrl}${scripts[0]}`, { headers: { 'Accept-Encoding': 'identity' } });
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.equal(plain.headers.get('cache-control'), 'public, max-age=31536000, immutable');

  // A client-side route is index.html too: compressed and revalidated.
  const route = await fetch(`${baseUrl}/households`, { headers: { 'Accept-Encoding': 'br' } });
  assert.equal(route.headers.get('content-encoding'), 'br');
  assert.equal(route.headers.get('cache-control'), 'no-cache');
});
