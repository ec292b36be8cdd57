// The API calls the technician/dispatcher browser tests make outside the browser: set-up (an order of their own,
// assigned to tech1) and the server-side checks (exactly one transition per action).
import { deflateSync } from 'node:zlib';
import { baseUrl } from './browser.mjs';

export const password = 'CallCenter#2026';

/** A signed-in API client for one demo user (cookie session, like the browser). */
export async function apiSession(userName) {
  const login = await fetch(`${baseUrl}/api/account/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ userName, password }),
  });
  if (!login.ok) throw new Error(`sign-in of ${userName}: HTTP ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Cookie: cookie, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 400)}`);
    return text ? JSON.parse(text) : undefined;
  };
  return { get: (path) => call('GET', path), post: (path, body) => call('POST', path, body ?? {}), put: (path, body) => call('PUT', path, body) };
}

/** Fresh repair orders for one household of station HR01, routed to the station and not yet assigned. */
export async function createStationOrders(count, symptom) {
  const dispatcher = await apiSession('dispatcher');
  const stations = await dispatcher.get('/api/stations');
  const station = (Array.isArray(stations) ? stations : stations.items).find((s) => s.code === 'HR01');
  if (!station) throw new Error('station HR01 is not seeded');
  const households = await dispatcher.get(`/api/households?stationId=${station.id}&pageSize=1`);
  const household = households.items[0];
  if (!household) throw new Error('no household at HR01');
  const dispositions = await dispatcher.get('/api/disposition-tree');
  const category =
    dispositions.find((d) => d.isActive && d.opensWorkOrderType === 'Repair' && d.path.includes('不热')) ??
    dispositions.find((d) => d.isActive && d.opensWorkOrderType === 'Repair');
  if (!category) throw new Error('no repair category in the disposition tree');
  const orders = [];
  for (let i = 0; i < count; i++) {
    orders.push(
      await dispatcher.post('/api/work-orders', {
        type: 'Repair',
        categoryId: category.id,
        householdId: household.id,
        faultSymptom: symptom,
        reportedIndoorTempC: 15,
        autoDispatch: true,
      }),
    );
  }
  return { orders, dispatcher, household, station };
}

/**
 * A fresh repair order for a household of station HR01, assigned to tech1 by the dispatcher, so the test does
 * not depend on what the demo seed left in which state.
 */
export async function createOrderForTech1(symptom) {
  const { orders, dispatcher, household, station } = await createStationOrders(1, symptom);
  const order = orders[0];
  const technicians = await dispatcher.get(`/api/work-orders/technicians?stationId=${station.id}`);
  const tech1 = technicians.find((t) => t.userName === 'tech1');
  if (!tech1) throw new Error('tech1 is not a technician of HR01');
  await dispatcher.post(`/api/work-orders/${order.id}/assign`, { technicianId: tech1.userId });
  return { order, dispatcher, household };
}

/** A PNG photo bigger than the phone sends (2400 × 1800), so the in-browser downscaling has work to do. */
export function makePhoto(width = 2400, height = 1800) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const i = row + 1 + x * 3;
      raw[i] = (x * 255) / width;
      raw[i + 1] = (y * 255) / height;
      raw[i + 2] = ((x ^ y) & 0x3f) * 4;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
