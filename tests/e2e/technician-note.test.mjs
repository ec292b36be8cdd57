// The technician's progress note and measured temperature on a 375-px phone (issue #15): a note is written on the
// job page, goes through the offline queue (taken offline, sent once on reconnecting) and reaches the order; the
// measured-temperature box starts empty with the customer's figure only as a hint.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseUrl, openBrowser, screenshot, signIn, waitForServer } from './browser.mjs';
import { createOrderForTech1, password } from './technician-api.mjs';

let setup;

before(async () => {
  await waitForServer();
  setup = await createOrderForTech1(`e2e note ${new Date().toISOString()}：客厅暖气片不热`);
});

describe('technician notes', { timeout: 240_000 }, () => {
  let browser;
  before(async () => {
    browser = await openBrowser({ viewport: { width: 375, height: 812 }, isMobile: true });
  });
  after(async () => {
    await browser?.close();
  });

  test('a technician adds a progress note, also offline, and it reaches the order once', async () => {
    const { context, page, problems } = browser;
    const { order, dispatcher } = setup;
    await signIn(page, { userName: 'tech1', password });
    await page.goto(`${baseUrl}/tech/jobs/${order.id}`);
    await page.getByTestId('tech-accept').click();
    await page.getByTestId('tech-note-input').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="tech-sync-bar"]'));

    const first = `e2e 已到楼下，等待物业开门 ${Date.now()}`;
    await page.getByTestId('tech-note-input').fill(first);
    await page.getByTestId('tech-note-add').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="tech-sync-bar"]'));
    await expectNotes(dispatcher, order.id, [first]);

    await context.setOffline(true);
    const second = `e2e 入户阀门已更换，等待回水升温 ${Date.now()}`;
    await page.getByTestId('tech-note-input').fill(second);
    await page.getByTestId('tech-note-add').click();
    await page.getByTestId('tech-note-pending').filter({ hasText: second }).waitFor();
    assert.equal(await page.getByTestId('tech-pending').getAttribute('data-count'), '1');
    await screenshot(page, 'technician-note-01-offline');
    assert.doesNotMatch((await dispatcher.get(`/api/work-orders/${order.id}`)).resolutionNotes ?? '', new RegExp(second), 'nothing sent offline');

    await context.setOffline(false);
    await page.getByTestId('tech-sync-bar').waitFor({ state: 'detached', timeout: 30_000 });
    const notes = await expectNotes(dispatcher, order.id, [first, second]);
    assert.equal(notes.split(second).length - 1, 1, 'the queued note was applied exactly once');
    assert.deepEqual(problems.filter((p) => !p.includes('status of 401') && !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  });

  test('the measured temperature starts empty, the customer’s figure is a hint, and the notes carry into completion', async () => {
    const { page } = browser;
    const { order } = setup;
    await page.getByTestId('tech-en-route').click();
    await page.getByTestId('tech-arrive').click();
    const box = page.getByTestId('tech-temp-input');
    await box.waitFor();
    assert.equal(await box.inputValue(), '', 'nothing measured yet');
    assert.match((await box.getAttribute('placeholder')) ?? '', new RegExp(String(Number(order.reportedIndoorTempC ?? 15))), 'the reported value is the hint');
    assert.match(await page.getByTestId('tech-notes').inputValue(), /入户阀门已更换/, 'the progress notes start the resolution text');
    await screenshot(page, 'technician-note-02-on-site');
  });
});

async function expectNotes(dispatcher, id, expected) {
  const deadline = Date.now() + 15_000;
  let notes = '';
  while (Date.now() < deadline) {
    notes = (await dispatcher.get(`/api/work-orders/${id}`)).resolutionNotes ?? '';
    if (expected.every((n) => notes.includes(n))) return notes;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.fail(`the order's notes lack ${expected.filter((n) => !notes.includes(n)).join(', ')}: ${notes}`);
}
