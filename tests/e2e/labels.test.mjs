// The Chinese UI speaks Chinese (issue #15): the audit log, the designer's outcome ports, a call's IVR path, an
// instance's journal and an order's history show labels and people's names — no C# field or enum names, GUIDs,
// node ids or user names — and a phone number reads the same on the household, the order and the technician's page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseUrl, openBrowser, screenshot, signIn, waitForServer } from './browser.mjs';
import { assertNoIdentifiers, userNamePattern } from './identifiers.mjs';
import { apiSession, createOrderForTech1, password } from './technician-api.mjs';

let setup;

before(async () => {
  await waitForServer();
  setup = await createOrderForTech1(`e2e labels ${new Date().toISOString()}：暖气片不热`);
});

describe('labels and names instead of identifiers', { timeout: 300_000 }, () => {
  let browser;
  before(async () => {
    browser = await openBrowser({ viewport: { width: 1440, height: 900 } });
    await signIn(browser.page, { userName: 'admin', password });
  });
  after(async () => {
    await browser?.close();
  });

  test('the audit log names fields, values, things and people in Chinese', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/audit-logs`);
    const rows = page.locator('[data-testid="audit-table"] tbody tr.ant-table-row');
    await rows.first().waitFor();
    // The newest rows are the test's own order (created and assigned just now): a work order with references.
    const order = page
      .locator('[data-testid="audit-table"] tbody tr.ant-table-row', { hasText: setup.order.number })
      .filter({ hasText: '新增' })
      .first();
    await order.waitFor();
    const text = await page.getByTestId('audit-table').innerText();
    assertNoIdentifiers(text, 'the audit log');
    assert.match(await order.innerText(), /工单/);
    assert.match(await order.innerText(), /住户: \S+/, 'the household by its name');
    await screenshot(page, 'labels-01-audit-log');
    // Later pages hold the seed's contacts, households, stations and users.
    await page.locator('.ant-pagination-next').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="audit-table"] .ant-spin-spinning'));
    assertNoIdentifiers(await page.getByTestId('audit-table').innerText(), 'the audit log, page 2');
  });

  test('the order history names people, and the phone reads the same on the order and the household', async () => {
    const { page } = browser;
    const { order, household } = setup;
    await page.goto(`${baseUrl}/work-orders/${order.id}`);
    await page.getByTestId('wo-transition-user').first().waitFor();
    const users = await page.getByTestId('wo-transition-user').allInnerTexts();
    assert.ok(users.length >= 2, 'created, dispatched and assigned are in the history');
    for (const user of users) assert.doesNotMatch(user, userNamePattern, `a person's name, not a user name (${user})`);
    assert.ok(users.some((u) => /[\u4e00-\u9fff]/.test(u)), `people's names in Chinese (${users.join(', ')})`);
    const orderPhone = (await page.getByTestId('wo-phone').innerText()).trim();
    assertNoIdentifiers(orderPhone, 'the order phone');
    assert.match(orderPhone, /^(1\d{2} \d{4} \d{4}|0\d{2,3} \d{3,4} \d{4})$/);
    await screenshot(page, 'labels-02-order-history');

    await page.goto(`${baseUrl}/households/${household.id}`);
    await page.getByTestId('household-phone').first().waitFor();
    const phones = (await page.getByTestId('household-phone').allInnerTexts()).map((p) => p.trim());
    assert.ok(
      phones.some((p) => p.startsWith(orderPhone)),
      `the household page shows ${orderPhone} the same way (${phones.join(' | ')})`,
    );
  });

  test('the designer labels ivr-main’s outcome ports in Chinese and fits it at a readable zoom', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/workflows/ivr-main`);
    await page.locator('.wf-node-port-label').first().waitFor();
    await page.waitForTimeout(500); // the fit runs once the nodes are measured
    const labels = await page.locator('.wf-node-port-label').allInnerTexts();
    assert.ok(labels.length >= 8, `ports are drawn (${labels.length})`);
    assertNoIdentifiers(labels.join(' '), 'the designer’s ports');
    assert.ok(labels.includes('非工作时间') && labels.includes('已识别'), labels.join(' '));
    const zoom = await page.evaluate(() => {
      const transform = getComputedStyle(document.querySelector('.react-flow__viewport')).transform;
      return new DOMMatrix(transform).a;
    });
    assert.ok(zoom >= 0.6, `nodes are readable after fitting (zoom ${zoom.toFixed(2)})`);
    const start = await page.locator('.react-flow__node').first().boundingBox();
    assert.ok(start && start.x >= 0 && start.y >= 0 && start.x < 1440 && start.y < 900, 'the start of the flow is in view');
    await screenshot(page, 'labels-03-designer-ivr-main');
  });

  test('a call’s IVR path reads as words, not outcome names or node ids', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/calls`);
    const rows = page.locator('[data-testid="calls-table"] tr[data-row-key]');
    await rows.first().waitFor();
    const count = Math.min(await rows.count(), 6);
    let paths = '';
    for (let i = 0; i < count; i++) {
      await rows.nth(i).click();
      const path = page.getByTestId('call-path');
      await path.waitFor();
      paths += `${await page.getByTestId('call-detail').innerText()}\n`;
      if (i === 0) await screenshot(page, 'labels-04-call-path');
      await page.locator('.ant-drawer-close').click();
      await path.waitFor({ state: 'detached' });
    }
    assertNoIdentifiers(paths, 'the call drawer');
    assert.match(paths, /工作时间内|非工作时间/, 'the business-hours step says which');
    assert.doesNotMatch(paths, /\b(hours|lookup|menu|greeting|outage)\b/, 'no node ids or prompt keys');
  });

  test('an instance’s journal names what it waits for, and the minimap shows the flow', async () => {
    const { page } = browser;
    const stored = await setup.dispatcher.get(`/api/work-orders/${setup.order.id}`);
    assert.ok(stored.workflowInstanceId, 'the order runs repair-dispatch');
    await page.goto(`${baseUrl}/workflow-instances/${stored.workflowInstanceId}`);
    await page.getByTestId('journal').waitFor();
    const journal = await page.getByTestId('journal').innerText();
    assertNoIdentifiers(journal, 'the journal');
    assert.match(journal, /等待工单状态变化/);
    const minimapNodes = await page.locator('.react-flow__minimap-node').evaluateAll((nodes) =>
      nodes.filter((n) => {
        const fill = getComputedStyle(n).fill;
        return fill !== 'none' && fill !== 'rgb(255, 255, 255)' && fill !== 'rgb(226, 226, 226)';
      }).length,
    );
    assert.ok(minimapNodes >= 3, `the minimap draws the nodes in colour (${minimapNodes})`);
    await screenshot(page, 'labels-05-instance');
  });

  test('the technician sees the phone formatted like everyone else', async () => {
    const tech = await openBrowser({ viewport: { width: 375, height: 812 }, isMobile: true });
    try {
      await signIn(tech.page, { userName: 'tech1', password });
      await tech.page.goto(`${baseUrl}/tech/jobs/${setup.order.id}`);
      const phone = (await tech.page.getByTestId('tech-job-phone').innerText()).trim();
      const admin = await apiSession('admin');
      const household = await admin.get(`/api/households/${setup.household.id}`);
      const primary = household.phones.find((p) => p.isPrimary) ?? household.phones[0];
      assert.equal(phone, primary.display, 'the same grouping as the household page');
      assertNoIdentifiers(phone, 'the technician’s phone');
    } finally {
      await tech.close();
    }
  });
});
