// Intake and dispatch in a real browser: an agent records a contact on the household page and opens its work order
// in the same form; the station dispatcher sees the station's orders with SLA countdowns and bulk-assigns them
// with each technician's workload shown, limited to their own station.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseUrl, openBrowser, screenshot, signIn, waitForServer } from './browser.mjs';
import { createStationOrders, password } from './technician-api.mjs';

let setup;

before(async () => {
  await waitForServer();
  setup = await createStationOrders(2, `e2e bulk ${new Date().toISOString()}：楼道暖气不热`);
});

describe('dispatch board', { timeout: 180_000 }, () => {
  let browser;
  before(async () => {
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('an agent records a contact and opens its work order from the household page', async () => {
    const { page, problems } = browser;
    const { household, dispatcher } = setup;
    await signIn(page, { userName: 'agent', password });
    await page.goto(`${baseUrl}/households/${household.id}`);
    await page.getByTestId('contact-form').waitFor();
    await page.getByTestId('contact-category').click();
    // The tree list is virtual: type to narrow it to the leaf.
    await page.getByTestId('contact-category').locator('input').fill('不热');
    await page.locator('.ant-select-tree-title', { hasText: /^不热$/ }).first().click();
    // A repair category switches the work-order part on; the symptom is asked before dispatch.
    await page.getByTestId('contact-order-fields').waitFor();
    const symptom = `e2e intake ${Date.now()}：卧室暖气片不热`;
    await page.getByTestId('contact-notes').fill('住户来电反映卧室暖气不热');
    await page.getByTestId('contact-symptom').fill(symptom);
    await page.getByTestId('contact-temp').fill('16');
    await screenshot(page, 'dispatcher-00-agent-contact-form');
    await page.getByTestId('contact-submit').click();
    const saved = page.locator('.ant-message-notice', { hasText: /WO-\d{8}-\d{4}/ });
    await saved.waitFor();
    const number = /WO-\d{8}-\d{4}/.exec(await saved.innerText())[0];
    await page.locator(`[data-testid="household-order"][data-number="${number}"]`).waitFor();

    const contacts = await dispatcher.get(`/api/contacts?householdId=${household.id}&pageSize=50`);
    const contact = contacts.items.find((c) => c.workOrderNumber === number);
    assert.ok(contact, 'the contact is stored with its work order');
    assert.equal(contact.categoryPath, '报修/不热');
    assert.equal(contact.channel, 'Phone');
    const order = await dispatcher.get(`/api/work-orders/${contact.workOrderId}`);
    assert.equal(order.faultSymptom, symptom);
    assert.equal(Number(order.reportedIndoorTempC), 16);
    assert.equal(order.status, 'DispatchedToStation', 'routed to the household’s station at once');
    setup.orders.push(order);
    await screenshot(page, 'dispatcher-00-agent-contact-saved');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    assert.deepEqual(problems.filter((p) => !p.includes('status of 401')), []);
  });

  test('the HR01 station dispatcher bulk-assigns the new orders to tech1, seeing the workload', async () => {
    const { page, problems } = browser;
    const { orders, dispatcher } = setup;
    await signIn(page, { userName: 'station1', password });
    await page.goto(`${baseUrl}/dispatch`);
    // The newest orders come first: the two just created are on the first page.
    for (const order of orders) {
      const row = page.locator(`[data-testid="board-row"][data-number="${order.number}"]`);
      await row.waitFor();
      const level = await row.getByTestId('sla').getAttribute('data-level');
      assert.ok(['ok', 'warning', 'breached'].includes(level), `a running SLA countdown (${level})`);
      await row.locator('input[type="checkbox"]').check();
    }
    // Station scope: every order on a station dispatcher's board is their station's.
    const stations = await page.locator('[data-testid="board-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-station')));
    assert.deepEqual([...new Set(stations)], [setup.station.name]);
    await page.getByTestId('board-bulk-assign').click();
    const tech1 = page.locator('[data-testid="assign-technician"][data-username="tech1"]');
    await tech1.waitFor();
    assert.match(await tech1.getByTestId('assign-workload').innerText(), /\d/);
    assert.equal(await page.locator('[data-testid="assign-technician"][data-username="tech2"]').count(), 0, 'HR02 technicians are not offered');
    await screenshot(page, 'dispatcher-03-bulk-assign');
    await tech1.click();
    await page.getByTestId('assign-confirm').click();
    for (const order of orders) {
      const row = page.locator(`[data-testid="board-row"][data-number="${order.number}"]`);
      await row.getByTestId('board-technician').filter({ hasText: /\S{2,}/ }).waitFor();
      const stored = await dispatcher.get(`/api/work-orders/${order.id}`);
      assert.equal(stored.status, 'Assigned');
      assert.equal(stored.assignedTechnicianName, (await row.getByTestId('board-technician').innerText()).trim());
    }
    await screenshot(page, 'dispatcher-04-assigned');
    assert.deepEqual(problems.filter((p) => !p.includes('status of 401')), []);
  });
});
