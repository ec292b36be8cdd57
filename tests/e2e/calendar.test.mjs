// The business calendar, SLA policies and knowledge categories are kept on pages, not through the API. The road that
// matters: an administrator makes the day an order's deadline falls on a holiday, and that order's SLA countdown
// moves by the closed day (ADR 0500, amendment: open orders' deadlines follow calendar edits).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseUrl, openBrowser, screenshot, signIn, waitForServer } from './browser.mjs';
import { apiSession, createStationOrders, password } from './technician-api.mjs';

const companyZone = 'Asia/Shanghai';
/** "2026-12-08": the company-local date of an instant. */
const localDate = (iso) => new Intl.DateTimeFormat('en-CA', { timeZone: companyZone }).format(new Date(iso));
/** The countdown tag's minutes: "响应 1d 02:05" → 1565, "-00:15" → -15. */
function countdownMinutes(text) {
  const m = /(-)?(?:(\d+)d )?(\d{2}):(\d{2})/.exec(text);
  assert.ok(m, `a countdown in "${text}"`);
  const minutes = Number(m[2] ?? 0) * 1440 + Number(m[3]) * 60 + Number(m[4]);
  return m[1] ? -minutes : minutes;
}

// The 401 of the session check before sign-in is expected; anything else on the console is a defect.
const relevant = (problems) => problems.filter((p) => !p.includes('status of 401'));

let admin;
let original;
let order;
let household;

before(async () => {
  await waitForServer();
  admin = await apiSession('admin');
  original = await admin.get('/api/business-calendar');
  // An order of low urgency: its policy counts business hours (an urgent one runs round the clock).
  let dispatcher;
  ({ household, dispatcher } = await createStationOrders(0, 'unused'));
  const category = (await dispatcher.get('/api/disposition-tree')).find((d) => d.isActive && d.opensWorkOrderType === 'Repair');
  order = await dispatcher.post('/api/work-orders', {
    type: 'Repair',
    categoryId: category.id,
    householdId: household.id,
    faultSymptom: `e2e calendar ${new Date().toISOString()}：暖气有点凉`,
    urgency: 'Low',
    impact: 'Household',
    autoDispatch: true,
  });
  assert.equal(order.sla.roundTheClock, false, 'the order runs on business hours (a round-the-clock policy ignores the calendar)');
  assert.ok(order.sla.responseDueAt, 'the order has a response deadline');
});

after(async () => {
  // Later tests see the seeded calendar again (the order's deadline moves back with it).
  const current = await admin.get('/api/business-calendar');
  await admin.put('/api/business-calendar', { ...original, concurrencyStamp: current.concurrencyStamp });
});

describe('business calendar', { timeout: 240_000 }, () => {
  let browser;
  before(async () => {
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('edits a holiday on the calendar page and the SLA countdown of an order moves accordingly', async () => {
    const { page, problems } = browser;
    await signIn(page, { userName: 'admin', password });
    const dueDay = localDate(order.sla.responseDueAt);

    await page.goto(`${baseUrl}/work-orders/${order.id}`);
    const tag = page.getByTestId('sla').first();
    await tag.waitFor();
    const before = countdownMinutes(await tag.innerText());
    await screenshot(page, 'calendar-00-order-before');

    // The calendar page from the menu, in Chinese.
    await page.locator('.ant-menu-item', { hasText: '工作日历' }).first().click();
    await page.waitForURL(/\/calendar$/);
    await page.getByTestId('calendar-title').waitFor();
    assert.equal(await page.getByTestId('calendar-title').innerText(), '工作日历');
    await page.getByTestId('calendar-add-special-day').click();
    const row = page.getByTestId('calendar-special-day').first();
    await row.getByTestId('calendar-special-date').click();
    await page.keyboard.type(dueDay);
    await page.keyboard.press('Enter');
    await row.getByTestId('calendar-special-name').fill('e2e 临时停业');
    await screenshot(page, 'calendar-01-holiday-added');
    await page.getByTestId('calendar-save').click();
    await page.locator('.ant-message-notice', { hasText: '日历已保存' }).waitFor();

    // Stored: the day is a holiday, and the order's deadline moved past it.
    const saved = await admin.get('/api/business-calendar');
    assert.ok(
      saved.specialDays.some((d) => d.date === dueDay && d.kind === 'Holiday' && d.name === 'e2e 临时停业'),
      `holiday ${dueDay} saved`,
    );
    const moved = await admin.get(`/api/work-orders/${order.id}`);
    assert.ok(localDate(moved.sla.responseDueAt) > dueDay, `response deadline ${moved.sla.responseDueAt} moved past ${dueDay}`);
    assert.ok(Date.parse(moved.sla.responseDueAt) - Date.parse(order.sla.responseDueAt) >= 12 * 3600_000, 'by at least the closed day');

    // The countdown on the order's page moved by the same closed day.
    await page.goto(`${baseUrl}/work-orders/${order.id}`);
    await tag.waitFor();
    await page.waitForFunction(
      ([selector, previous]) => {
        const m = /(?:(\d+)d )?(\d{2}):(\d{2})/.exec(document.querySelector(selector)?.textContent ?? '');
        return m && Number(m[1] ?? 0) * 1440 + Number(m[2]) * 60 + Number(m[3]) >= previous + 12 * 60;
      },
      ['[data-testid="sla"]', before],
    );
    const afterMinutes = countdownMinutes(await tag.innerText());
    assert.ok(afterMinutes - before >= 12 * 60, `countdown ${before} → ${afterMinutes} minutes`);
    await screenshot(page, 'calendar-02-order-after');

    // Removing the holiday brings the deadline back.
    await page.goto(`${baseUrl}/calendar`);
    const again = page.getByTestId('calendar-special-day').filter({ has: page.locator(`input[value="${dueDay}"]`) });
    await again.getByRole('button').last().click();
    await page.getByTestId('calendar-save').click();
    await page.locator('.ant-message-notice', { hasText: '日历已保存' }).last().waitFor();
    const restored = await admin.get(`/api/work-orders/${order.id}`);
    assert.equal(Date.parse(restored.sla.responseDueAt), Date.parse(order.sla.responseDueAt), 'the deadline is back where it was');
    assert.deepEqual(relevant(problems), []);
  });

  test('the calendar, SLA and category pages work on a 375-px phone, in Chinese and in English', async () => {
    const phone = await openBrowser({ viewport: { width: 375, height: 812 }, isMobile: true });
    try {
      const { page, problems } = phone;
      await signIn(page, { userName: 'supervisor', password }); // supervisors keep the calendar too
      for (const [path, title, shot] of [
        ['/calendar', '工作日历', 'calendar-03-phone-zh'],
        ['/sla-policies', '服务时限', 'calendar-04-sla-phone-zh'],
      ]) {
        await page.goto(`${baseUrl}${path}`);
        await page.getByText(title, { exact: true }).first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${path} fits 375 px (overflow ${overflow}px)`);
        await screenshot(page, shot);
      }
      await page.getByTestId('sla-table').locator('.ant-table-row').first().waitFor();
      assert.match(await page.getByTestId('sla-table').innerText(), /报修/);

      await page.evaluate(() => localStorage.setItem('callcenter.language', 'en'));
      await page.goto(`${baseUrl}/calendar`);
      await page.getByText('Business calendar', { exact: true }).first().waitFor();
      assert.match(await page.getByTestId('calendar-form').innerText(), /Weekly opening hours/);
      await screenshot(page, 'calendar-05-phone-en');
      assert.deepEqual(relevant(problems), []);
    } finally {
      await phone.close();
    }

    // Knowledge categories: whoever edits articles (admin here) adds one on the page.
    const { page } = browser;
    await page.goto(`${baseUrl}/knowledge-categories`);
    await page.getByTestId('knowledge-categories-title').waitFor();
    await page.getByTestId('knowledge-category-add').click();
    const code = `e2e-${Date.now()}`;
    await page.getByTestId('knowledge-category-code').fill(code);
    await page.getByTestId('knowledge-category-name').fill('e2e 分类');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByTestId('knowledge-category-table').getByText(code).waitFor();
    const categories = await admin.get('/api/knowledge/categories');
    assert.ok(categories.some((c) => c.code === code && c.name === 'e2e 分类'));
    await screenshot(page, 'calendar-06-knowledge-categories');
  });

  test('the contact form suggests knowledge articles for the chosen category and notes', async () => {
    const agent = await openBrowser();
    try {
      const { page, problems } = agent;
      await signIn(page, { userName: 'agent', password });
      await page.goto(`${baseUrl}/households/${household.id}`);
      await page.getByTestId('contact-form').waitFor();
      await page.getByTestId('contact-category').click();
      await page.getByTestId('contact-category').locator('input').fill('不热');
      await page.locator('.ant-select-tree-title', { hasText: /^不热$/ }).first().click();
      await page.getByTestId('contact-notes').fill('暖气片上热下不热，怎么放气');
      const suggestions = page.getByTestId('knowledge-suggestions');
      await suggestions.getByTestId('knowledge-suggestion').first().waitFor();
      const titles = await suggestions.getByTestId('knowledge-suggestion').allInnerTexts();
      assert.ok(titles.length > 0 && titles.length <= 3, `one to three suggestions (${titles.length})`);
      assert.ok(titles.some((x) => /暖气|放气|不热/.test(x)), `a heating article among: ${titles.join(' | ')}`);
      await suggestions.scrollIntoViewIfNeeded();
      await screenshot(page, 'calendar-07-contact-suggestions');
      assert.deepEqual(relevant(problems), []);
    } finally {
      await agent.close();
    }
  });
});
