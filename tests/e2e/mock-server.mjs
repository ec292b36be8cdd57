// A stand-in for the C# API with the contract of src/CallCenter.Application.Contracts, serving the built web
// app from the Host's wwwroot. For working on the pages and the browser test without the backend:
//   (cd src/CallCenter.Web && npm run build) && node tests/e2e/mock-server.mjs   # PORT=8091 by default
// Not used by test.sh, which runs the browser test against the real, seeded product.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
const wwwroot = join(here, '..', '..', 'src', 'CallCenter.HttpApi.Host', 'wwwroot');
const port = Number(process.env.PORT ?? 8091);

const allPermissions = [
  'CallCenter.Customers', 'CallCenter.Customers.Edit', 'CallCenter.Customers.Delete', 'CallCenter.Customers.Import',
  'CallCenter.Customers.ScreenPop', 'CallCenter.Stations', 'CallCenter.Stations.Edit', 'CallCenter.Organization',
  'CallCenter.Organization.Edit', 'CallCenter.Users', 'CallCenter.Users.Edit', 'CallCenter.Roles', 'CallCenter.Roles.Edit',
  'CallCenter.AuditLogs', 'CallCenter.Workflows',
];
const users = [
  { id: randomUUID(), userName: 'admin', displayName: '系统管理员', roles: ['Administrator'], permissions: allPermissions },
  {
    id: randomUUID(), userName: 'agent', displayName: '话务员 李娜', roles: ['Agent'],
    permissions: ['CallCenter.Customers', 'CallCenter.Customers.Edit', 'CallCenter.Customers.ScreenPop', 'CallCenter.Stations'],
  },
];
const stations = [
  ['HS01', '南岗一号换热站', '南岗区', ['阳光小区', '和平小区']],
  ['HS02', '道里二号换热站', '道里区', ['江畔花园', '友谊家园', '群力新城']],
  ['HS03', '香坊三号换热站', '香坊区', ['幸福小区']],
].map(([code, name, district, communities]) => ({
  id: randomUUID(), code, name, district, dispatchPhone: '0451-8600-00' + code.slice(-2), communities,
  departmentId: null, departmentName: null, isActive: true, householdCount: 0, technicianCount: 2,
}));
const now = () => new Date().toISOString();
const households = [];
const audit = [];
function addHousehold(h) {
  const station = stations.find((s) => s.communities.includes(h.address.community));
  const full = {
    id: randomUUID(), stationSetExplicitly: false, heatingType: 'Radiator', status: 'Normal', careFlags: 'None',
    notes: null, creationTime: '2026-01-05T02:00:00Z', lastModificationTime: null, concurrencyStamp: randomUUID(),
    stationId: station?.id ?? null, stationCode: station?.code ?? null, stationName: station?.name ?? null, ...h,
  };
  if (station) station.householdCount++;
  households.push(full);
  audit.push({ id: randomUUID(), time: full.creationTime, userId: null, userName: 'seed', entityType: 'Household',
    entityId: full.id, action: 'Created', changes: [] });
}
addHousehold({
  accountNumber: '1000000001', name: '王秀英', heatingAreaM2: 86.5, careFlags: 'ElderlyLivingAlone',
  address: { district: '南岗区', community: '阳光小区', building: '3', unit: '2', room: '501' },
  phones: [
    { number: '+8613800138000', display: '138 0013 8000', kind: 'Mobile', isPrimary: true, extension: null },
    { number: '+8645188881234', display: '0451 8888 1234', kind: 'Landline', isPrimary: false, extension: null },
  ],
  notes: '老人独居，耳背，请大声说话。',
});
const surnames = '张李刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁';
for (let i = 2; i <= 60; i++) {
  const community = stations[i % 3].communities[i % stations[i % 3].communities.length];
  addHousehold({
    accountNumber: String(1000000000 + i), name: surnames[i % surnames.length] + '建' + '国华明丽军'[i % 5],
    heatingAreaM2: 60 + i, status: ['Normal', 'Normal', 'Arrears', 'Suspended'][i % 4],
    careFlags: i % 7 === 0 ? 'Infant, LowIncome' : 'None',
    address: { district: stations[i % 3].district, community, building: String(i % 9 + 1), unit: '1', room: `${i}01` },
    phones: [{ number: `+86139${String(i).padStart(8, '0')}`, display: `139 ${String(i).padStart(8, '0')}`, kind: 'Mobile', isPrimary: true, extension: null }],
  });
}
const sessions = new Map();

const fullAddress = (a) => [a.district, a.community, a.building && `${a.building}栋`, a.unit && `${a.unit}单元`, a.room]
  .filter(Boolean).join(' ');
const listItem = (h) => ({
  id: h.id, accountNumber: h.accountNumber, name: h.name, primaryPhone: (h.phones.find((p) => p.isPrimary) ?? h.phones[0])?.display,
  fullAddress: fullAddress(h.address), stationId: h.stationId, stationName: h.stationName, status: h.status, careFlags: h.careFlags,
});
const detail = (h) => ({ ...h, address: { ...h.address, fullAddress: fullAddress(h.address) } });
const en = (req) => (req.headers['accept-language'] ?? '').startsWith('en');

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}
function problem(res, status, code, title, detail, errors) {
  send(res, status, { type: 'about:blank', title, status, detail, code, errors }, { 'Content-Type': 'application/problem+json' });
}
async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}
function normalizePhone(text) {
  let d = (text ?? '').replace(/\D/g, '');
  if (d.startsWith('86') && d.length > 11) d = d.slice(2);
  if (d.startsWith('0')) d = d.slice(1);
  return d;
}
function paged(items, url) {
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
  const size = Math.min(500, Math.max(1, Number(url.searchParams.get('pageSize') ?? 20)));
  return { items: items.slice((page - 1) * size, page * size), totalCount: items.length };
}

async function api(req, res, url) {
  const path = url.pathname;
  const method = req.method;
  const sid = /cc_mock=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  const user = sid ? sessions.get(sid) : undefined;

  if (path === '/api/account/login' && method === 'POST') {
    const body = await readJson(req);
    const found = users.find((u) => u.userName === body.userName);
    if (!found || body.password !== 'CallCenter#2026') {
      return problem(res, 401, 'CallCenter:Identity:001', en(req) ? 'Sign-in failed' : '登录失败',
        en(req) ? 'Wrong user name or password.' : '用户名或密码错误。');
    }
    const id = randomUUID();
    sessions.set(id, found);
    return send(res, 200, { ...found, stationId: null, stationName: null }, { 'Set-Cookie': `cc_mock=${id}; Path=/; HttpOnly; SameSite=Lax` });
  }
  if (!user) return problem(res, 401, 'CallCenter:General:401', 'Unauthorized', en(req) ? 'Please sign in.' : '请先登录。');
  if (path === '/api/account/logout') {
    sessions.delete(sid);
    return send(res, 204, undefined, { 'Set-Cookie': 'cc_mock=; Path=/; Max-Age=0' });
  }
  if (path === '/api/account/me') return send(res, 200, { ...user, stationId: null, stationName: null });
  if (path === '/api/settings/company') {
    return send(res, 200, { name: '哈尔滨示范热力有限公司', timeZone: 'Asia/Shanghai', defaultAreaCode: '0451', hotlineNumber: '0451-96666' });
  }
  if (path === '/api/households' && method === 'GET') {
    const filter = (url.searchParams.get('filter') ?? '').trim();
    const digits = normalizePhone(filter);
    let items = households.filter((h) => !filter || h.name.includes(filter) || h.accountNumber.includes(filter) ||
      fullAddress(h.address).includes(filter) || (digits.length >= 7 && h.phones.some((p) => normalizePhone(p.number) === digits)));
    const stationId = url.searchParams.get('stationId');
    if (stationId) items = items.filter((h) => h.stationId === stationId);
    const status = url.searchParams.get('status');
    if (status) items = items.filter((h) => h.status === status);
    if (url.searchParams.get('needsCare') === 'true') items = items.filter((h) => h.careFlags !== 'None');
    const sort = url.searchParams.get('sort') ?? 'accountNumber';
    const key = sort.replace(/^-/, '');
    items = [...items].sort((a, b) => String(a[key]).localeCompare(String(b[key]), 'zh') * (sort.startsWith('-') ? -1 : 1));
    return send(res, 200, paged(items.map(listItem), url));
  }
  const hm = /^\/api\/households\/([0-9a-f-]{36})(\/history)?$/.exec(path);
  if (hm) {
    const h = households.find((x) => x.id === hm[1]);
    if (!h) return problem(res, 404, 'CallCenter:General:404', 'Not found', '');
    if (hm[2]) return send(res, 200, audit.filter((a) => a.entityId === h.id).sort((a, b) => b.time.localeCompare(a.time)));
    if (method === 'GET') return send(res, 200, detail(h));
    if (method === 'PUT') {
      const body = await readJson(req);
      if (body.concurrencyStamp !== h.concurrencyStamp) {
        return problem(res, 409, 'CallCenter:General:409', en(req) ? 'Conflict' : '数据冲突',
          en(req) ? 'The household was changed by someone else.' : '该住户已被他人修改。');
      }
      const errors = {};
      (body.phones ?? []).forEach((p, i) => {
        if (normalizePhone(p.number).length < 7) errors[`phones[${i}].number`] = [en(req) ? 'Not a phone number.' : '不是有效的电话号码。'];
      });
      if (!body.name?.trim()) errors.name = [en(req) ? 'Name is required.' : '姓名不能为空。'];
      if (Object.keys(errors).length) {
        return problem(res, 400, 'CallCenter:Validation:001', en(req) ? 'Validation failed' : '输入有误',
          en(req) ? 'Please correct the marked fields.' : '请更正标出的字段。', errors);
      }
      const changes = [];
      if ((body.notes ?? null) !== (h.notes ?? null)) changes.push({ field: 'Notes', oldValue: h.notes, newValue: body.notes });
      if (body.name !== h.name) changes.push({ field: 'Name', oldValue: h.name, newValue: body.name });
      h.notes = body.notes;
      h.name = body.name;
      h.status = body.status;
      h.careFlags = body.careFlags;
      h.concurrencyStamp = randomUUID();
      h.lastModificationTime = now();
      audit.push({ id: randomUUID(), time: now(), userId: user.id, userName: user.userName, entityType: 'Household',
        entityId: h.id, action: 'Updated', changes });
      return send(res, 200, detail(h));
    }
  }
  if (path === '/api/households/import' && method === 'POST') {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const lines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/).filter((l) => l.includes(','));
    const rows = Math.max(0, lines.length - 1);
    return send(res, 200, { totalRows: rows, created: Math.max(0, rows - 2), updated: rows > 0 ? 1 : 0, failed: rows > 1 ? 1 : 0,
      errors: rows > 1 ? [{ row: 3, accountNumber: '1000009999', field: 'Phones', message: en(req) ? 'Not a phone number: 12' : '电话号码无效：12' }] : [] });
  }
  if (path === '/api/households/import/template') {
    res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="households-template.csv"' });
    return res.end('accountNumber,name,phones,district,community,building,unit,room,heatingAreaM2,heatingType,status,careFlags,notes\n');
  }
  if (path === '/api/stations' && method === 'GET') return send(res, 200, stations);
  const sm = /^\/api\/stations\/([0-9a-f-]{36})$/.exec(path);
  if (sm) {
    const s = stations.find((x) => x.id === sm[1]);
    if (!s) return problem(res, 404, 'CallCenter:General:404', 'Not found', '');
    if (method === 'PUT') Object.assign(s, await readJson(req));
    return send(res, 200, s);
  }
  if (path === '/api/departments') return send(res, 200, []);
  if (path === '/api/roles') {
    return send(res, 200, [
      { id: randomUUID(), name: 'Administrator', displayName: en(req) ? 'Administrator' : '管理员', isStationScoped: false, userCount: 1, grantedPermissions: allPermissions },
      { id: randomUUID(), name: 'Agent', displayName: en(req) ? 'Agent' : '话务员', isStationScoped: false, userCount: 1, grantedPermissions: users[1].permissions },
      { id: randomUUID(), name: 'Technician', displayName: en(req) ? 'Technician' : '维修工', isStationScoped: true, userCount: 0, grantedPermissions: ['CallCenter.Customers'] },
    ]);
  }
  if (path === '/api/permissions') {
    const groups = new Map();
    for (const p of allPermissions) {
      const group = p.split('.').slice(0, 2).join('.');
      if (!groups.has(group)) groups.set(group, { name: group, displayName: group.split('.')[1], permissions: [] });
      groups.get(group).permissions.push({ name: p, displayName: p.split('.').slice(1).join(' › '), parentName: p === group ? null : group });
    }
    return send(res, 200, [...groups.values()]);
  }
  if (path === '/api/users') {
    return send(res, 200, paged(users.map((u) => ({ id: u.id, userName: u.userName, displayName: u.displayName, email: null,
      phoneNumber: null, roles: u.roles, stationId: null, stationName: null, teamId: null, isActive: true,
      isLockedOut: u.userName === 'agent', lockoutEnd: null, accessFailedCount: 0 })), url));
  }
  if (path === '/api/audit-logs') return send(res, 200, paged([...audit].sort((a, b) => b.time.localeCompare(a.time)), url));
  return problem(res, 404, 'CallCenter:General:404', 'Not found', `${method} ${path}`);
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  try {
    if (url.pathname.startsWith('/api/')) return await api(req, res, url);
    if (url.pathname === '/health/live') return send(res, 200, { status: 'Healthy' });
    let file = normalize(join(wwwroot, decodeURIComponent(url.pathname)));
    if (!file.startsWith(wwwroot) || !existsSync(file) || statSync(file).isDirectory()) file = join(wwwroot, 'index.html');
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  } catch (error) {
    problem(res, 500, 'CallCenter:General:500', 'Mock error', String(error));
  }
}).listen(port, '127.0.0.1', () => console.log(`mock API + web app on http://127.0.0.1:${port}`));
