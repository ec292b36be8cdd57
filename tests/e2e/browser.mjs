// Shared set-up: Debian's Chromium driven by playwright-core (no downloaded browser), a fresh profile per run.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const baseUrl = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const screenshotDir = resolve(process.env.E2E_SCREENSHOTS ?? join(here, '..', '..', 'test-results', 'e2e'));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const demoLogin = { userName: 'agent', password: 'CallCenter#2026' };

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A persistent context is how Playwright takes a --user-data-dir (it refuses the flag in launch args);
 * the directory is new for every run and removed afterwards.
 */
export async function openBrowser({ viewport, isMobile = false } = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'callcenter-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: chromiumArgs,
    viewport: viewport ?? { width: 1366, height: 860 },
    isMobile,
    hasTouch: isMobile,
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'America/New_York', // not the company's: dates must still show in the company's zone
  });
  context.setDefaultTimeout(30_000); // generous: CI shares 2 cores with the host and the database
  const page = context.pages()[0] ?? (await context.newPage());
  openPages.add(page);
  page.on('close', () => openPages.delete(page));
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Pages of browsers still open, for the failure report below. */
const openPages = new Set();

/**
 * When a test fails, every page still open is photographed (FAILED-….png) and its address and the messages it shows
 * (toasts, alerts, form errors) are added to the error — a CI log alone then says where the road stopped.
 */
afterEach(async (t) => {
  if (t.passed || openPages.size === 0) return;
  const seen = [];
  let index = 0;
  for (const page of openPages) {
    try {
      const slug = t.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
      await screenshot(page, `FAILED-${slug}-${index++}`);
      const shown = await page.locator('.ant-message-notice, .ant-alert, .ant-form-item-explain-error, .ant-result-title').allInnerTexts();
      seen.push(`${page.url()} shows: ${shown.map((x) => x.trim()).filter(Boolean).join(' | ') || '(no message)'}`);
    } catch (error) {
      seen.push(`(page not readable: ${error.message.split('\n')[0]})`);
    }
  }
  const error = t.error?.cause ?? t.error;
  if (error?.stack && error.message) error.stack = String(error.stack).replace(error.message, `${error.message}\n  [${seen.join('; ')}]`);
});

export async function screenshot(page, name) {
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** The test script starts the app just before us; give it a minute to answer. */
export async function waitForServer(timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/`, { redirect: 'manual' });
      if (response.status < 500) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error.message;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${baseUrl} did not answer within ${timeoutMs / 1000} s (${last})`);
}

export async function signIn(page, { userName, password } = demoLogin) {
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('login-username').waitFor();
  await page.getByTestId('login-username').fill(userName);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A phone as comparable digits: "+86 451 8888 1234", "0451-88881234" and "045188881234" all give "45188881234". */
export function phoneDigits(text) {
  let d = String(text).replace(/\D/g, '');
  if (d.startsWith('86') && d.length > 11) d = d.slice(2);
  return d.replace(/^0+/, '');
}

/**
 * Picks an option of an antd Select by its text and waits until the select shows it. The option is looked for only in
 * the open dropdown (closed ones stay in the DOM), and a click that landed while the list was still loading or
 * animating is retried — a plain click on `.ant-select-item-option` once left an overflow queue unset in CI.
 * (No Escape between tries: it would close the modal the select is in.)
 */
export async function chooseOption(page, testId, text) {
  const select = page.getByTestId(testId);
  const combobox = select.locator('[role="combobox"]').first();
  for (let attempt = 1; ; attempt++) {
    if ((await combobox.getAttribute('aria-expanded')) !== 'true') await select.click();
    // Only options that are visible: the dropdowns of other selects may still be closing.
    await page.locator('.ant-select-dropdown .ant-select-item-option:visible', { hasText: text }).first().click();
    try {
      // The dropdown is portalled to <body>, so the select's own text is the chosen value only.
      await select.filter({ hasText: text }).waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
