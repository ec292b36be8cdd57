// The dispatch board at a desktop's and a phone's width, and the supervision list (督办) it feeds (issue #15):
// at 1440 px nothing scrolls sideways (station, technician and creation time in view), at 375 px each order is a
// card with its whole countdown, and a demo order past its deadline — no flow behind it — is on 督办.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseUrl, openBrowser, screenshot, signIn, waitForServer } from './browser.mjs';
import { apiSession, password } from './technician-api.mjs';

let dispatcher;

before(async () => {
  await waitForServer();
  dispatcher = await apiSession('dispatcher');
});

/** How far the page and the board's table scroll sideways (0 when everything fits). */
const sidewaysOverflow = (page) =>
  page.evaluate(() => {
    const content = document.querySelector('[data-testid="board-table"] .ant-table-content, [data-testid="board-table"] .ant-table-body');
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      table: content ? content.scrollWidth - content.clientWidth : 0,
    };
  });

describe('dispatch board', { timeout: 240_000 }, () => {
  test('at 1440 px the board fits without sideways scrolling and shows station, technician and creation time', async () => {
    const browser = await openBrowser({ viewport: { width: 1440, height: 900 } });
    try {
      const { page } = browser;
      await signIn(page, { userName: 'dispatcher', password });
      await page.goto(`${baseUrl}/dispatch`);
      const row = page.locator('[data-testid="board-row"]').first();
      await row.waitFor();
      const overflow = await sidewaysOverflow(page);
      assert.ok(overflow.page <= 1 && overflow.table <= 1, `no sideways scroll (page ${overflow.page}px, table ${overflow.table}px)`);
      const headers = await page.locator('[data-testid="board-table"] thead th').allInnerTexts();
      for (const header of ['换热站', '维修工', '创建时间']) {
        const cell = page.locator('[data-testid="board-table"] thead th', { hasText: header }).first();
        const box = await cell.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 1440, `${header} is in view (${headers.join(' | ')})`);
      }
      await screenshot(page, 'board-01-1440');
    } finally {
      await browser.close();
    }
  });

  test('at 375 px each order is a card with its whole countdown, and nothing scrolls sideways', async () => {
    const browser = await openBrowser({ viewport: { width: 375, height: 812 }, isMobile: true });
    try {
      const { page } = browser;
      await signIn(page, { userName: 'dispatcher', password });
      await page.goto(`${baseUrl}/dispatch`);
      await page.getByTestId('board-cards').waitFor();
      const cards = page.locator('[data-testid="board-cards"] [data-testid="board-row"]');
      await cards.first().waitFor();
      assert.equal(await page.getByTestId('board-table').count(), 0, 'no table on a phone');
      const countdown = cards.first().getByTestId('sla');
      if ((await countdown.count()) > 0) {
        const fits = await countdown.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().right <= window.innerWidth);
        assert.ok(fits, `the countdown is shown whole: ${await countdown.innerText()}`);
      }
      assert.ok((await cards.first().getByTestId('board-technician').count()) === 1, 'the card names the technician');
      const overflow = await sidewaysOverflow(page);
      assert.ok(overflow.page <= 1, `no sideways scroll on a phone (${overflow.page}px)`);
      await screenshot(page, 'board-02-375');
    } finally {
      await browser.close();
    }
  });

  test('a breached demo order with no flow behind it is on 督办', async () => {
    const breached = await dispatcher.get('/api/work-orders?breached=true&open=true&pageSize=100');
    const demo = [];
    for (const o of breached.items.filter((x) => x.number.startsWith('WO-DEMO'))) {
      if (!(await dispatcher.get(`/api/work-orders/${o.id}`)).workflowInstanceId) demo.push(o);
    }
    assert.ok(demo.length > 0, `the demo seed has breached orders (${breached.items.map((o) => o.number).join(', ')})`);
    const browser = await openBrowser({ viewport: { width: 1440, height: 900 } });
    try {
      const { page } = browser;
      await signIn(page, { userName: 'dispatcher', password });
      // The host's sweep runs at start and every minute: give it one interval.
      const deadline = Date.now() + 75_000;
      let listed = [];
      for (;;) {
        await page.goto(`${baseUrl}/dispatch?tab=supervision`);
        await page.getByTestId('supervision-table').waitFor();
        await page.waitForFunction(() => !document.querySelector('[data-testid="supervision-table"] .ant-spin-spinning'));
        const text = await page.getByTestId('supervision-table').innerText();
        listed = demo.filter((o) => text.includes(o.number));
        if (listed.length > 0 || Date.now() > deadline) break;
        await page.waitForTimeout(5000);
      }
      assert.ok(listed.length > 0, `one of ${demo.map((o) => o.number).join(', ')} is on 督办`);
      const row = page.locator('[data-testid="supervision-table"] tr', { hasText: listed[0].number }).first();
      assert.match(await row.innerText(), /超时/, 'filed as overdue');
      await screenshot(page, 'board-03-supervision');
    } finally {
      await browser.close();
    }
  });
});
