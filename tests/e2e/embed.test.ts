/**
 * Embeddable views in Chromium, framed by a page on another origin (a second local server): the
 * view shows in the frame with its chart and its link opens in the top window, while an ordinary
 * page is refused by its frame-ancestors policy. Every view fits the height its <iframe> code
 * suggests in a 640 px column; the copy button copies the code with the full address.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.ts';
import { getSite } from '../../src/io/site.ts';
import { urls } from '../../src/lib/urls.ts';
import { builtPages } from '../build/build-site.ts';
import { launchBrowser, openRecordingPage, siteUrl } from './browser.ts';

const site = getSite();
const plan = 'kitakami-2026';
const indicator = site.plans.find((p) => p.plan.id === plan)!.indicators.find((i) => i.id === 'parenting-line-subscribers')!;
let browser: Browser;
let other: { server: Server; url: string };

beforeAll(async () => {
  browser = await launchBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'dx-other-site-'));
  writeFileSync(
    join(dir, 'index.html'),
    [
      '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>別のサイトの記事</title></head><body>',
      `<iframe id="embed" src="${siteUrl(urls.indicatorEmbed(plan, indicator.id))}" title="埋め込み" width="640" height="1200"></iframe>`,
      `<iframe id="page" src="${siteUrl(urls.indicator(plan, indicator.id))}" title="ふつうのページ" width="640" height="400"></iframe>`,
      '</body></html>',
    ].join('\n'),
  );
  other = await serveStatic(dir);
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (other ? other.server.close(() => done()) : done()));
});

describe('framed by another site', () => {
  let page: Page;
  const console: string[] = [];
  beforeAll(async () => {
    expect(new URL(other.url).origin).not.toBe(new URL(inject('siteUrl')).origin);
    page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
    page.on('console', (message) => console.push(message.text()));
    await page.goto(`${other.url}/`, { waitUntil: 'load' });
  });

  it('shows the embeddable view, its table and its drawn chart', async () => {
    const frame = page.frameLocator('#embed');
    await expect.poll(() => frame.locator('h1').textContent()).toBe(indicator.name);
    expect(await frame.locator('table tbody tr').count()).toBeGreaterThan(0);
    await expect.poll(() => frame.locator('dx-chart canvas').count(), { timeout: 10_000 }).toBe(1);
  });

  it("refuses an ordinary page (frame-ancestors 'none')", async () => {
    const refusals = () =>
      console.filter(
        (line) => line.includes(`Framing '${new URL(inject('siteUrl')).origin}/'`) && line.includes(`"frame-ancestors 'none'"`),
      );
    await expect.poll(() => refusals().length).toBe(1);
    // Chromium shows its own error page in that frame: none of the page's text.
    const frames = page
      .frames()
      .filter((f) => f !== page.mainFrame())
      .map((f) => f.url());
    expect(frames.sort()).toEqual(['chrome-error://chromewebdata/', siteUrl(urls.indicatorEmbed(plan, indicator.id))]);
    expect(await page.frameLocator('#page').getByText(indicator.name).count()).toBe(0);
  });

  it('opens the link to the full page in the top window, out of the frame', async () => {
    await page.frameLocator('#embed').getByRole('link', { name: 'この指標のページで、目標・進捗・更新履歴を見る' }).click();
    await page.waitForURL(siteUrl(urls.indicator(plan, indicator.id)));
    expect(await page.locator('h1').textContent()).toBe(indicator.name);
  });
});

it('shows whole at 390 px on another site: the frame takes the height its view reports (the <iframe> code’s listener)', async () => {
  const code = builtPages(inject('outDir'))
    .get(`${urls.indicator(plan, indicator.id).slice(1)}index.html`)!
    .match(/<textarea id="embed-code"[^>]*>([^<]*)<\/textarea>/)![1]!
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('src="/', `src="${new URL(inject('siteUrl')).origin}/`);
  expect(code).toContain('<script src=');
  const dir = mkdtempSync(join(tmpdir(), 'dx-phone-site-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>記事</title></head><body style="margin:8px"><p>本文</p>${code}<p>後の本文</p></body></html>`,
  );
  const phoneSite = await serveStatic(dir);
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  try {
    await page.goto(`${phoneSite.url}/`, { waitUntil: 'load' });
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('dx-chart canvas').count(), { timeout: 10_000 }).toBe(1);
    const fallback = Number(code.match(/height="(\d+)"/)![1]);
    const fit = async () => {
      const content = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
      const height = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      return { whole: height >= content, snug: height - content <= 2 };
    };
    await expect.poll(fit, { timeout: 10_000 }).toEqual({ whole: true, snug: true });
    // The frame followed its content: it no longer has the fallback height of the <iframe> code.
    expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).not.toBe(fallback);
  } finally {
    await page.close();
    await new Promise<void>((done) => phoneSite.server.close(() => done()));
  }
});

it('every embeddable view fits the height its <iframe> code gives, in a 640 px column', async () => {
  const pages = builtPages(inject('outDir'));
  const { context, page } = await openRecordingPage(browser, { viewport: { width: 640, height: 200 } });
  const problems: string[] = [];
  try {
    for (const { plan: p, indicators } of site.plans) {
      for (const i of indicators) {
        const height = Number(pages.get(`${urls.indicator(p.id, i.id).slice(1)}index.html`)!.match(/ height=&quot;(\d+)&quot;/)![1]);
        await page.goto(siteUrl(urls.indicatorEmbed(p.id, i.id)), { waitUntil: 'load' });
        await page.waitForFunction(() => !document.querySelector('dx-chart') || document.querySelector('dx-chart canvas'));
        const content = await page.evaluate(() => document.documentElement.scrollHeight);
        if (content > height || height - content > 250) problems.push(`${p.id}/${i.id}: content ${content} px, frame ${height} px`);
      }
    }
  } finally {
    await context.close();
  }
  expect(problems).toEqual([]);
});

it('copies the <iframe> code, with the page’s full address, by keyboard', async () => {
  const { context, page } = await openRecordingPage(browser, {
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  try {
    await page.goto(siteUrl(urls.indicator(plan, indicator.id)), { waitUntil: 'load' });
    const code = await page.locator('#embed-code').inputValue();
    expect(code.startsWith(`<iframe src="${siteUrl(urls.indicatorEmbed(plan, indicator.id))}"`)).toBe(true);
    await page.getByRole('button', { name: 'コードをコピー' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(await page.locator('#embed-code-status').textContent()).toBe('埋め込み用のコードをコピーしました。');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  } finally {
    await context.close();
  }
});
