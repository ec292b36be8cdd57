// The dispatcher's board in a real browser: orders of the station with SLA countdowns, a bulk assignment with each
// technician's workload shown, and the station dispatcher's view limited to their station.
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

  test('the HR01 station dispatcher bulk-assigns two new orders to tech1, seeing the workload', async () => {
    const { page, problems } = browser;
    const { orders, dispatcher, household } = setup;
    await signIn(page, { userName: 'station1', password });
    await page.goto(`${baseUrl}/dispatch`);
    await page.getByTestId('board-search').locator('input').fill(household.accountNumber);
    await page.getByTestId('board-search').locator('input').press('Enter');
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
