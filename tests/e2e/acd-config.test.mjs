// The ACD's configuration in a real browser (issue 16): an administrator creates a queue (技能组) on its page, then
// makes a user an agent on the users page — extension, a skill — and resets the phone password, which is shown once
// (a warning, a copy button) and never again: not after reopening, not in any API answer.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseUrl, chooseOption, openBrowser, screenshot, signIn, waitForServer } from './browser.mjs';
import { apiSession, password } from './technician-api.mjs';

// The 401 of the session check before sign-in is expected; anything else on the console is a defect.
const relevant = (problems) => problems.filter((p) => !p.includes('status of 401'));
const suffix = String(Date.now()).slice(-5);

let admin;

before(async () => {
  await waitForServer();
  admin = await apiSession('admin');
});

describe('queues and agents', { timeout: 240_000 }, () => {
  let browser;
  before(async () => {
    browser = await openBrowser({ viewport: { width: 1440, height: 900 } });
    await signIn(browser.page, { userName: 'admin', password });
  });
  after(async () => {
    await browser?.close();
  });

  test('creates a queue with a strategy on the 技能组 page', async () => {
    const { page, problems } = browser;
    await page.locator('.ant-menu-item', { hasText: '技能组' }).first().click();
    await page.waitForURL(/\/acd\/queues$/);
    await page.getByTestId('acd-queues-title').waitFor();
    const table = page.getByTestId('acd-queue-table');
    await table.locator('tr', { hasText: '报修组' }).waitFor();
    assert.match(await table.innerText(), /最长空闲/, 'the seeded 报修组 shows its strategy in Chinese');
    await screenshot(page, 'acd-01-queues');

    const name = `夜班组${suffix}`;
    await page.getByTestId('acd-queue-add').click();
    await page.getByTestId('acd-queue-name').fill(name);
    await page.getByTestId('acd-queue-skill').fill('夜班');
    await chooseOption(page, 'acd-queue-strategy', '最少通话时长');
    await chooseOption(page, 'acd-queue-overflow-kind', '转其他技能组');
    await chooseOption(page, 'acd-queue-overflow-queue', '综合组');
    await page.getByTestId('acd-queue-maxWaitSeconds').locator('xpath=descendant-or-self::input').first().fill('120');
    await screenshot(page, 'acd-02-queue-form');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();

    const row = table.locator('tr', { hasText: name });
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /最少通话时长/);
    assert.match(text, /转其他技能组：综合组/);
    assert.doesNotMatch(text, /LeastTalkTime|Queue\b|[0-9a-f]{8}-[0-9a-f]{4}/, 'no enum names or ids where people read');
    const stored = (await admin.get('/api/acd/queues')).find((q) => q.name === name);
    assert.equal(stored.strategy, 'LeastTalkTime');
    assert.equal(stored.maxWaitSeconds, 120);
    assert.deepEqual(relevant(problems), []);
  });

  test("sets an agent's extension and skill and shows a reset phone password once", async () => {
    const { page, problems } = browser;
    const extension = `86${suffix.slice(-3)}`;
    await page.goto(`${baseUrl}/users`);
    const search = page.getByTestId('user-search').locator('xpath=descendant-or-self::input').first();
    await search.fill('editor');
    await search.press('Enter');
    const row = page.getByTestId('user-table').locator('tr.ant-table-row', { hasText: '王编辑' });
    await row.waitFor();
    await row.getByTestId('user-agent').click();

    const form = page.getByTestId('agent-form');
    await form.waitFor();
    await page.getByTestId('agent-extension').locator('xpath=descendant-or-self::input').first().fill(extension);
    if ((await form.getByPlaceholder('如：报修').count()) === 0) await page.getByTestId('agent-add-skill').click();
    await form.getByPlaceholder('如：报修').first().fill('知识');
    await page.getByTestId('agent-save').click();
    await page.locator('.ant-message-notice', { hasText: '已保存' }).waitFor();

    await page.getByTestId('agent-reset-sip-password').click();
    await page.locator('.ant-popover .ant-btn-primary', { hasText: '重置话机密码' }).click();
    const shown = page.getByTestId('sip-password');
    await shown.waitFor();
    const secret = (await shown.innerText()).trim();
    assert.match(secret, /^[A-Za-z0-9]{16}$/, 'a generated password of 16 letters and digits');
    assert.match(await page.getByTestId('sip-password-alert').innerText(), /只显示这一次/);
    assert.equal(await page.getByTestId('sip-password-alert').locator('.ant-typography-copy').count(), 1, 'a copy button');
    await screenshot(page, 'acd-03-sip-password-once');

    const userId = (await admin.get('/api/users?filter=editor')).items.find((u) => u.userName === 'editor').id;
    const profile = await admin.get(`/api/acd/agents/${userId}`);
    assert.equal(profile.extension, extension);
    assert.deepEqual(profile.skills, [{ skill: '知识', level: 5 }]);
    assert.equal(profile.hasSipPassword, true);
    assert.ok(!JSON.stringify(profile).includes(secret), 'the profile never carries the password');

    // Closed and opened again: the password is gone for good, only "已设置" remains.
    await page.getByTestId('agent-close').click();
    await row.getByTestId('user-agent').click();
    await page.getByTestId('agent-form').waitFor();
    await page.locator('.ant-descriptions', { hasText: '已设置' }).waitFor();
    assert.equal(await page.getByTestId('sip-password').count(), 0);
    assert.ok(!(await page.getByRole('dialog', { name: /坐席设置/ }).innerText()).includes(secret));
    assert.deepEqual(relevant(problems), []);
  });
});
