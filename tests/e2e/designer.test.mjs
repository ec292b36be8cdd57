// The analyst's road through the workflow designer in a real browser: build a 5-node flow by dragging activities
// from the palette (pointer events, not the API), connect ports, set a literal and a JavaScript input, see the
// server's validation mark an unconnected node on the canvas, fix it, publish, test-run, and read the executed path
// in the instance viewer. Then undo/redo, copy/paste between two workflows, export → import round trip, and who may
// open what (agent: nothing; supervisor: instances, also on a 375-px phone, in English).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { baseUrl, openBrowser, screenshot, signIn, waitForServer } from './browser.mjs';

const password = 'CallCenter#2026';
const stamp = Date.now().toString(36);
const flowId = `e2e-flow-${stamp}`;
const secondId = `e2e-second-${stamp}`;
const correlationId = `E2E-${stamp}`;

before(async () => {
  await waitForServer();
});

/** Presses on a palette item, moves the pointer over the canvas in steps, releases at (x, y) of the canvas. */
async function dragFromPalette(page, type, x, y) {
  const item = page.getByTestId(`palette-${type}`);
  await item.scrollIntoViewIfNeeded();
  const from = await item.boundingBox();
  const canvas = await page.getByTestId('canvas').boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(canvas.x + x, canvas.y + y, { steps: 12 });
  await page.mouse.up();
}

/** Drags from one port handle to another, as a person connects two nodes. */
async function connect(page, fromPort, toPort) {
  const a = await page.getByTestId(fromPort).boundingBox();
  const b = await page.getByTestId(toPort).boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
  await page.mouse.up();
}

async function selectNode(page, id) {
  await page.getByTestId(`node-${id}`).locator('.wf-node-type').click();
  await page.waitForFunction((want) => document.querySelector('[data-testid="node-id"]')?.value === want, id);
}

async function waitValidation(page, state) {
  await page.locator(`[data-testid="validation-status"][data-state="${state}"]`).waitFor({ timeout: 15_000 });
}

async function createWorkflow(page, id, name) {
  await page.goto(`${baseUrl}/workflows`);
  await page.getByTestId('create-workflow').click();
  await page.getByTestId('create-id').fill(id);
  await page.getByTestId('create-name').fill(name);
  await page.getByTestId('create-ok').click();
  await page.waitForURL(`**/workflows/${id}`);
  await page.getByTestId('canvas').waitFor();
  await waitValidation(page, 'invalid'); // an empty flowchart has no start
}

const relevant = (problems) => problems.filter((p) => !p.includes('status of 401') && !p.includes('status of 400'));

describe('workflow designer (analyst, 1600 x 1000)', { timeout: 300_000 }, () => {
  let browser;
  let instanceUrl;
  before(async () => {
    browser = await openBrowser({ viewport: { width: 1600, height: 1000 } });
    await signIn(browser.page, { userName: 'analyst', password });
  });
  after(async () => {
    await browser?.close();
  });

  test('builds a 5-node flow by drag and drop, fixes a validation error, publishes and test-runs it', async () => {
    const { page, problems } = browser;
    await createWorkflow(page, flowId, `端到端流程 ${stamp}`);

    await page.getByTestId('tab-variables').click();
    await page.getByTestId('variable-add').click();
    await page.getByTestId('variable-name-0').fill('result');

    await dragFromPalette(page, 'Start', 120, 110);
    await dragFromPalette(page, 'SetVariable', 400, 110);
    await dragFromPalette(page, 'If', 680, 110);
    await dragFromPalette(page, 'Log', 400, 330);
    await dragFromPalette(page, 'End', 680, 330);
    for (const id of ['start1', 'setVariable1', 'if1', 'log1', 'end1']) await page.getByTestId(`node-${id}`).waitFor();
    assert.equal(await page.locator('.react-flow__node').count(), 5);

    await connect(page, 'port-start1-Done', 'port-setVariable1-In');
    await connect(page, 'port-setVariable1-Done', 'port-if1-In');
    await connect(page, 'port-log1-Done', 'port-end1-In');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 3);

    // A literal input …
    await selectNode(page, 'setVariable1');
    await page.getByTestId('input-variable').fill('result');
    await page.getByTestId('input-value').fill('已受理');
    // … and JavaScript ones, with the syntax check on a broken script first.
    await selectNode(page, 'if1');
    await page.getByTestId('input-condition').fill("variables.result ===");
    await page.getByText('脚本语法错误', { exact: false }).waitFor();
    await page.getByTestId('input-condition').fill("variables.result === '已受理'");
    await selectNode(page, 'log1');
    await page.getByTestId('syntax-message').getByText('JavaScript').click();
    await page.getByTestId('input-message').fill("'结果：' + variables.result");

    // log1's In port is not connected: the server's validator marks it (and end1 behind it) on the canvas.
    await waitValidation(page, 'invalid');
    await page.getByTestId('problems-log1').waitFor();
    assert.match(await page.getByTestId('problems-log1').innerText(), /未连接/);
    assert.equal(await page.getByTestId('node-log1').getAttribute('data-invalid'), 'true');
    assert.ok(await page.getByTestId('publish').isDisabled(), 'publish is disabled while invalid');
    await screenshot(page, 'designer-01-validation-error');

    await connect(page, 'port-if1-True', 'port-log1-In');
    await waitValidation(page, 'valid');
    assert.equal(await page.getByTestId('problems-log1').count(), 0);
    assert.equal(await page.locator('.react-flow__edge').count(), 4);

    await page.getByTestId('auto-layout').click();
    await page.getByTestId('publish').click();
    await page.getByText('已发布 v1').first().waitFor();
    await screenshot(page, 'designer-02-published');

    await page.getByTestId('test-run').click();
    await page.getByTestId('test-correlation').fill(correlationId);
    await page.getByTestId('test-run-start').click();
    await page.waitForURL('**/workflow-instances/**');
    instanceUrl = page.url();
    await page.locator('[data-testid="instance-status"][data-status="Finished"]').waitFor();
    for (const id of ['start1', 'setVariable1', 'if1', 'log1', 'end1'])
      assert.equal(await page.getByTestId(`node-${id}`).getAttribute('data-run'), 'completed', `${id} ran`);
    assert.equal(await page.locator('.wf-edge-taken').count(), 4, 'the four connections taken are highlighted');

    // A journal entry lights its node up.
    await page.locator('[data-testid^="journal-"][data-activity="log1"]').first().click();
    assert.match(await page.getByTestId('node-log1').getAttribute('class'), /wf-node-spotlight/);
    assert.match(await page.getByTestId('journal').innerText(), /结果：已受理/);
    await page.getByTestId('tab-instance-variables').click();
    assert.match(await page.getByTestId('instance-variables').innerText(), /已受理/);
    await screenshot(page, 'designer-03-instance-viewer');
    assert.deepEqual(relevant(problems), []);
  });

  test('undo/redo, copy/paste between two workflows, and export → import gives the same definition', async () => {
    const { page, problems } = browser;
    await page.goto(`${baseUrl}/workflows/${flowId}`);
    await page.getByTestId('node-log1').waitFor();
    await selectNode(page, 'log1');
    await page.keyboard.press('Control+c');
    await page.getByText('已复制 1 个节点', { exact: false }).first().waitFor();

    await createWorkflow(page, secondId, `第二个流程 ${stamp}`);
    await dragFromPalette(page, 'Start', 150, 150);
    await page.getByTestId('node-start1').waitFor();
    await page.waitForTimeout(400); // the history records a step once the canvas settles
    await page.getByTestId('undo').click();
    await page.getByTestId('node-start1').waitFor({ state: 'detached' });
    await page.getByTestId('redo').click();
    await page.getByTestId('node-start1').waitFor();

    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+v');
    await page.getByTestId('node-log1').waitFor();
    await selectNode(page, 'log1');
    assert.equal(await page.getByTestId('input-message').inputValue(), "'结果：' + variables.result", 'the pasted node keeps its inputs');
    await page.keyboard.press('Control+z');
    await page.getByTestId('node-log1').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+y');
    await page.getByTestId('node-log1').waitFor();
    await page.getByTestId('save').click();
    await page.getByTestId('unsaved').waitFor({ state: 'detached' });
    await screenshot(page, 'designer-04-pasted-into-second');

    // Export from the designer, import the file on the list, export again: the same definition.
    await page.goto(`${baseUrl}/workflows/${flowId}`);
    await page.getByTestId('node-log1').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const exported = readFileSync(await download.path(), 'utf8');
    await page.goto(`${baseUrl}/workflows`);
    await page.getByTestId('import-file').setInputFiles({ name: `${flowId}.json`, mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByText(`已导入 ${flowId}`, { exact: false }).first().waitFor();
    const again = await (await page.request.get(`${baseUrl}/api/workflows/definitions/${flowId}/export`)).text();
    const comparable = (text) => {
      const { id, version, isLatest, isPublished, ...rest } = JSON.parse(text);
      return rest;
    };
    assert.deepEqual(comparable(again), comparable(exported));
    assert.equal(JSON.parse(again).version, 2, 'the import is a new version');
    assert.deepEqual(relevant(problems), []);
  });

  test('supervisor reads the instance (English, and a 375-px phone); an agent cannot open the designer', async () => {
    const supervisor = await openBrowser({ viewport: { width: 1366, height: 860 } });
    try {
      const { page } = supervisor;
      await signIn(page, { userName: 'supervisor', password });
      await page.evaluate(() => localStorage.setItem('callcenter.language', 'en'));
      await page.goto(`${baseUrl}/workflow-instances?correlationId=${correlationId}`);
      await page.locator('a[data-testid^="instance-"]').first().waitFor();
      assert.match(await page.getByTestId('instance-table').innerText(), /Finished/);
      await page.goto(instanceUrl);
      await page.locator('[data-testid="instance-status"][data-status="Finished"]').waitFor();
      assert.match(await page.getByTestId('journal').innerText(), /Workflow finished/);
      await screenshot(page, 'designer-05-viewer-supervisor-en');
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${baseUrl}/workflow-instances?correlationId=${correlationId}`);
      await page.locator('a[data-testid^="instance-"]').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the instance list fits a phone (overflow ${overflow}px)`);
      await screenshot(page, 'designer-06-instances-phone');

      // The timers' Hangfire dashboard, signed in by the web app's cookie.
      await page.setViewportSize({ width: 1366, height: 860 });
      await page.getByTestId('jobs-dashboard').click();
      await page.waitForURL('**/hangfire**');
      await page.getByText('CallCenter · Hangfire').first().waitFor();
      await screenshot(page, 'designer-07-jobs-dashboard');
    } finally {
      await supervisor.close();
    }

    const agent = await openBrowser();
    try {
      const { page } = agent;
      await signIn(page, { userName: 'agent', password });
      await page.goto(`${baseUrl}/workflows/${flowId}`);
      await page.getByTestId('forbidden').waitFor();
      assert.equal(await page.getByTestId('designer').count(), 0);
      assert.equal(await page.locator('a[href="/workflows"]').count(), 0, 'no workflow menu for an agent');
      const jobs = await page.request.get(`${baseUrl}/hangfire`);
      assert.equal(jobs.status(), 403, 'the jobs dashboard is not for agents');
    } finally {
      await agent.close();
    }
  });
});
