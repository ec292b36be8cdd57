// The agent desktop 坐席工作台 (issue 16 item 7) in a real browser against the real node: `agent` (extension 8001, its
// baresip registered with the demo SIP password) signs in, logs in to its queues and goes Ready; a sipp caller from the
// showcase household's number dials the hotline and presses 1 (报修组); the ACD rings the agent's baresip and the
// desktop shows the caller's household within 1 s of the ring; the agent answers on the phone, hangs up on the page,
// files the call with a disposition in wrap-up, and is Ready again. Also: state buttons, reasons and time in state on
// a 375 px phone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseUrl, openBrowser, screenshot, signIn, waitForServer } from './browser.mjs';
import { apiSession, password } from './technician-api.mjs';
import { callHotline, startAgentPhone } from './sip-peers.mjs';

const agent = { userName: 'agent', password, extension: '8001', sipPassword: 'Agent#8001' };
const caller = '13800138000'; // 王秀英 (1000000001), the demo seed's showcase household

/** Nothing on the page may scroll sideways (see voice.test.mjs: measured until the layout settles). */
async function assertNoSidewaysScroll(page, what) {
  const measure = () => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  let { scroll, client } = await measure();
  for (let i = 0; i < 20 && scroll > client + 1; i++) {
    await page.waitForTimeout(100);
    ({ scroll, client } = await measure());
  }
  assert.ok(scroll <= client + 1, `${what}: the page is ${scroll} px wide on a ${client} px screen`);
}

async function deskState(page) {
  return page.getByTestId('desk-state').getAttribute('data-state');
}

async function waitForState(page, state, timeout = 15_000) {
  await page.locator(`[data-testid="desk-state"][data-state="${state}"]`).waitFor({ timeout });
}

/** Opens the desk and brings the agent to NotReady (logged in), whatever an earlier run left behind. */
async function openDeskLoggedIn(page) {
  await page.goto(`${baseUrl}/desk`);
  await page.getByTestId('desk-state').waitFor();
  await page.locator('[data-testid="desk-connection"][data-status="connected"]').waitFor();
  if ((await deskState(page)) === 'LoggedOut') {
    await page.getByTestId('desk-login').click();
    await waitForState(page, 'NotReady');
  }
}

const noiseFree = (problems) => problems.filter((p) => !p.includes('status of 401')); // the session probe before sign-in

before(async () => {
  await waitForServer();
});

describe('agent desktop: states on a phone', { timeout: 120_000 }, () => {
  let browser;
  before(async () => {
    browser = await openBrowser({ viewport: { width: 375, height: 812 }, isMobile: true });
  });
  after(async () => {
    await browser?.close();
  });

  test('an agent logs in to the queues, goes Ready and NotReady with a reason, time in state ticks, at 375 px', async () => {
    const { page, problems } = browser;
    await signIn(page, agent);
    await page.goto(`${baseUrl}/desk`);
    await page.getByTestId('desk-title').waitFor();
    assert.equal(await page.getByTestId('desk-title').innerText(), '坐席工作台');
    await page.getByTestId('desk-state').waitFor();
    if ((await deskState(page)) !== 'LoggedOut') {
      await page.getByTestId('desk-logout').click();
      await waitForState(page, 'LoggedOut');
    }
    // Logging in offers the agent's own queues (8001: 报修 and 综合 skills) and starts NotReady (ADR 0600 D3).
    const queues = await page.getByTestId('desk-queues').innerText();
    assert.ok(queues.includes('报修组') && queues.includes('综合组'), `the agent's queues are offered: ${queues}`);
    assert.ok(!queues.includes('投诉组'), 'a queue beyond the agent’s skills is not offered');
    await page.getByTestId('desk-login').click();
    await waitForState(page, 'NotReady');
    await assertNoSidewaysScroll(page, 'desk, logged in');

    await page.getByTestId('desk-ready').click();
    await waitForState(page, 'Ready');
    assert.equal((await page.getByTestId('desk-state').innerText()).trim(), '就绪');
    const first = await page.getByTestId('desk-time-in-state').innerText();
    await page.waitForTimeout(2100);
    const later = await page.getByTestId('desk-time-in-state').innerText();
    assert.notEqual(first, later, `time in state ticks (${first} → ${later})`);

    await page.getByTestId('desk-not-ready').click();
    await page.locator('.ant-dropdown-menu-item', { hasText: '用餐' }).click();
    await waitForState(page, 'NotReady');
    assert.ok((await page.getByTestId('desk-state').innerText()).includes('用餐'), 'the reason is shown with 示忙');
    for (const label of ['今日接听', '平均通话', '平均话后']) assert.ok((await page.getByTestId('desk-status').innerText()).includes(label), label);
    await screenshot(page, 'desk-01-not-ready-375');
    await assertNoSidewaysScroll(page, 'desk, not ready');

    await page.getByTestId('desk-logout').click();
    await waitForState(page, 'LoggedOut');
    assert.deepEqual(noiseFree(problems), []);
  });
});

describe('agent desktop: a queued call', { timeout: 240_000 }, () => {
  let browser;
  let phone;
  let call;
  let admin;
  let originalCalendar;
  before(async () => {
    // ivr-main queues callers only within business hours (the company calendar): open the hotline round the clock for
    // this test, whatever the time of the run in Shanghai, and put the seeded calendar back afterwards.
    admin = await apiSession('admin');
    originalCalendar = await admin.get('/api/business-calendar');
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    await admin.put('/api/business-calendar', {
      ...originalCalendar,
      workingHours: days.map((day) => ({ day, start: '00:00', end: '23:59' })),
      specialDays: originalCalendar.specialDays.filter((d) => d.kind !== 'Holiday'),
    });
    phone = await startAgentPhone({ extension: agent.extension, password: agent.sipPassword });
    browser = await openBrowser({ viewport: { width: 1440, height: 900 } });
  });
  after(async () => {
    if (originalCalendar) {
      const current = await admin.get('/api/business-calendar');
      await admin.put('/api/business-calendar', { ...originalCalendar, concurrencyStamp: current.concurrencyStamp });
    }
    // Leave no agent Ready for the other tests' calls.
    try {
      if (browser && (await deskState(browser.page)) !== 'LoggedOut') await browser.page.getByTestId('desk-logout').click();
    } catch {
      // The page is gone: the agent's state dies with the connection's next login anyway.
    }
    call?.kill();
    call?.cleanup();
    await browser?.close();
    await phone?.close();
  });

  test('a sipp call reaches the agent’s baresip, the desktop shows the household within 1 s of the ring, wrap-up makes the agent Ready again', async () => {
    const { page, problems } = browser;
    await phone.waitFor('REGISTER_OK', 30_000);
    await signIn(page, agent);
    await openDeskLoggedIn(page);
    await page.locator('[data-testid="desk-phone"][data-registered="true"]').waitFor();
    await page.getByTestId('desk-ready').click();
    await waitForState(page, 'Ready');
    const callsBefore = Number(await page.getByTestId('desk-calls-today').locator('.ant-statistic-content-value').innerText());

    call = await callHotline({ caller, key: '1' });
    const ring = await phone.waitFor('CALL_INCOMING', 60_000);
    const pop = page.getByTestId('screen-pop');
    await page.getByTestId('screen-pop-household-name').waitFor({ timeout: 10_000 });
    const shownAt = Number(await pop.getAttribute('data-shown-at'));
    assert.ok(shownAt > 0, 'the page marked when the pop was on screen');
    assert.ok(shownAt - ring.at <= 1000, `the household was on screen ${shownAt - ring.at} ms after the phone rang (at most 1000)`);
    assert.equal(await page.getByTestId('screen-pop-household-name').innerText(), '王秀英');
    assert.equal(await page.getByTestId('screen-pop-caller').innerText(), '138 0013 8000');
    await waitForState(page, 'Reserved');
    const popText = await pop.innerText();
    assert.ok(popText.includes('报修组'), 'the queue is named');
    assert.ok(popText.includes('1000000001'), 'the account number is shown');
    assert.ok(/按键|报修/.test(popText), 'the IVR choice is shown in Chinese');
    assert.ok(!/[0-9a-f]{8}-[0-9a-f]{4}-/.test(popText), 'no ids on the pop');
    await screenshot(page, 'desk-02-screen-pop');

    phone.command('accept');
    await phone.waitFor('CALL_ESTABLISHED', 15_000);
    await waitForState(page, 'OnCall');
    await page.locator('[data-testid="desk-call-phase"][data-phase="connected"]').waitFor();
    await page.getByTestId('desk-hangup').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await waitForState(page, 'WrapUp');
    const sipp = await call.done;
    assert.equal(sipp.code, 0, `the caller got BYE and answered it: ${sipp.output.slice(-1500)}`);

    // Ready waits for the disposition.
    assert.ok(await page.getByTestId('desk-ready').isDisabled(), 'Ready is disabled in wrap-up until the contact is saved');
    const form = page.getByTestId('desk-wrapup');
    await form.getByTestId('contact-category').click();
    await form.getByTestId('contact-category').locator('input').fill('供热时间');
    await page.locator('.ant-select-tree-title', { hasText: /^供热时间$/ }).first().click();
    await form.getByTestId('contact-notes').fill('e2e：询问今年供热开始时间');
    await form.getByTestId('contact-fcr').click();
    await screenshot(page, 'desk-03-wrap-up');
    await form.getByTestId('contact-submit').click();
    await waitForState(page, 'Ready');
    await page.getByTestId('desk-idle').waitFor();
    await page.waitForFunction(
      (before) => Number(document.querySelector('[data-testid="desk-calls-today"] .ant-statistic-content-value')?.textContent) === before + 1,
      callsBefore,
    );

    // The contact is filed under the call and the household, with first-contact resolution.
    const api = await apiSession('agent');
    const households = await api.get('/api/households?filter=1000000001&pageSize=1');
    const contacts = await api.get(`/api/contacts?householdId=${households.items[0].id}&pageSize=5&sort=-time`);
    const filed = contacts.items.find((c) => c.notes === 'e2e：询问今年供热开始时间');
    assert.ok(filed, 'the wrap-up contact is stored');
    assert.ok(filed.callId, 'with the call record id');
    assert.equal(filed.resolvedOnFirstContact, true);
    assert.equal(filed.channel, 'Phone');
    await screenshot(page, 'desk-04-ready-again');
    assert.deepEqual(noiseFree(problems), []);
  });
});
