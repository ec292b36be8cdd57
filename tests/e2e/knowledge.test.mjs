// The agent's knowledge road in a real browser: search the way a caller says it (暖气不热), see highlighted
// results with category facets, open one and read its standard answer; then the same on a 375-px phone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseUrl, openBrowser, screenshot, signIn, waitForServer } from './browser.mjs';

before(async () => {
  await waitForServer();
});

for (const device of [
  { name: 'desktop', options: {} },
  { name: 'phone (375 x 812)', options: { viewport: { width: 375, height: 812 }, isMobile: true } },
]) {
  describe(`knowledge search on ${device.name}`, { timeout: 180_000 }, () => {
    let browser;
    before(async () => {
      browser = await openBrowser(device.options);
    });
    after(async () => {
      await browser?.close();
    });

    test('an agent searches 暖气不热 and opens a highlighted result', async () => {
      const { page, problems } = browser;
      await signIn(page);
      await page.goto(`${baseUrl}/knowledge`);
      await page.getByTestId('knowledge-search').waitFor();
      await page.getByTestId('knowledge-search').fill('暖气不热');
      await page.getByTestId('knowledge-search').press('Enter');

      const first = page.getByTestId('knowledge-hit-title').first();
      await first.waitFor();
      const highlighted = await page.locator('[data-testid="knowledge-results"] em').allInnerTexts();
      assert.ok(highlighted.some((text) => /暖气|不热/.test(text)), `matches are highlighted: ${highlighted.join(' | ')}`);
      assert.ok((await page.getByTestId('knowledge-facet').count()) > 0, 'category facets are shown');
      const suffix = device.name === 'desktop' ? 'desktop' : 'phone';
      await screenshot(page, `knowledge-01-results-${suffix}`);

      const title = (await first.innerText()).trim();
      await page.getByTestId('knowledge-hit-link').first().click();
      await page.getByTestId('knowledge-article-title').waitFor();
      assert.equal((await page.getByTestId('knowledge-article-title').innerText()).trim(), title);
      assert.ok((await page.getByTestId('knowledge-standard-answer').innerText()).trim().length > 10, 'the standard answer is shown');
      assert.ok((await page.getByTestId('knowledge-article-body').innerText()).includes('处理步骤'), 'the body is rendered');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the article fits the screen (overflow ${overflow}px)`);
      await screenshot(page, `knowledge-02-article-${suffix}`);
      // The 401 is the session probe before signing in; anything else is a defect.
      assert.deepEqual(problems.filter((p) => !p.includes('status of 401')), []);
    });
  });
}

describe('knowledge editor', { timeout: 180_000 }, () => {
  let browser;
  before(async () => {
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('an editor inserts an image into an article and sees it in the preview', async () => {
    const { page, problems } = browser;
    await signIn(page, { userName: 'editor', password: 'CallCenter#2026' });
    const id = await page.evaluate(async () => {
      const list = await (await fetch('/api/knowledge/articles?filter=KB-0011', { headers: { Accept: 'application/json' } })).json();
      return list.items.find((a) => a.code === 'KB-0011').id;
    });
    await page.goto(`${baseUrl}/knowledge/${id}/edit`);
    await page.getByTestId('knowledge-body-input').waitFor();
    // A real 1 x 1 PNG; the server decides by the bytes what it is.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.getByTestId('knowledge-image-file').setInputFiles({ name: '排气阀.png', mimeType: 'image/png', buffer: png });
    await page.waitForFunction(() => document.querySelector('[data-testid="knowledge-body-input"]')?.value.includes('](/api/knowledge/images/'));
    assert.match(await page.getByTestId('knowledge-body-input').inputValue(), /!\[排气阀\]\(\/api\/knowledge\/images\/[0-9a-f-]{36}\)/);

    await page.getByRole('tab', { name: '预览' }).click();
    const image = page.locator('[data-testid="knowledge-preview"] img');
    await image.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="knowledge-preview"] img')?.naturalWidth === 1);
    await screenshot(page, 'knowledge-03-editor-image');
    assert.deepEqual(problems.filter((p) => !p.includes('status of 401')), []);
  });
});

describe('knowledge editor: question phrasings', { timeout: 180_000 }, () => {
  let browser;
  before(async () => {
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('an editor sees the seeded question phrasings one per line, adds one, and an agent finds the article by it', async () => {
    const { page, problems } = browser;
    await signIn(page, { userName: 'editor', password: 'CallCenter#2026' });
    const id = await page.evaluate(async () => {
      const list = await (await fetch('/api/knowledge/articles?filter=KB-0033', { headers: { Accept: 'application/json' } })).json();
      return list.items.find((a) => a.code === 'KB-0033').id;
    });
    await page.goto(`${baseUrl}/knowledge/${id}/edit`);
    const questions = page.getByTestId('knowledge-questions-input');
    await questions.waitFor();
    await page.waitForFunction(() => (document.querySelector('[data-testid="knowledge-questions-input"]')?.value ?? '').includes('\n'));
    const seeded = (await questions.inputValue()).split('\n');
    assert.ok(seeded.length >= 3 && seeded.every((line) => line.trim().length > 0), `one phrasing per line: ${seeded.join(' | ')}`);
    assert.ok(await page.getByText('常见问法').first().isVisible(), 'the field is labelled in Chinese');

    const added = `青蛙牌阀门把手${Date.now() % 100000}掰不动`;
    await questions.fill([...seeded, added].join('\n'));
    await page.getByTestId('knowledge-save').click();
    await page.getByText('已保存').first().waitFor();
    await page.reload();
    await page.waitForFunction((text) => (document.querySelector('[data-testid="knowledge-questions-input"]')?.value ?? '').includes(text), added);
    await screenshot(page, 'knowledge-04-editor-questions');

    // Searched like the article's own words: a word only the new phrasing holds finds the article.
    const hits = await page.evaluate(async (q) => {
      const result = await (await fetch(`/api/knowledge/search?q=${encodeURIComponent(q)}`, { headers: { Accept: 'application/json' } })).json();
      return result.items.map((h) => h.code);
    }, '青蛙牌');
    assert.equal(hits[0], 'KB-0033');
    assert.deepEqual(problems.filter((p) => !p.includes('status of 401')), []);
  });
});
