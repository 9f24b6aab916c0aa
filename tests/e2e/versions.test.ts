/**
 * Versions of a plan in the browser, on the fixture plan 見本版計画2026 (tests/fixtures/versions)
 * built over the base fixture and served: the comparison marks its changes with words (also
 * without JavaScript, at 390 px without sideways scrolling), an answer and the passages it changed
 * link to each other, and a draft citation still shows the draft text. Saves screenshots of the
 * comparison at 390 px and 1280 px to test-results/screenshots/ for people to look at.
 */
import type { Server } from 'node:http';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyOfFixtureContent } from '../build/build-site.ts';
import { serveStatic } from '../../scripts/serve.ts';
import { launchBrowser } from './browser.ts';
import { axeSource, runAxe } from './axe.ts';

const VERSIONS = join(import.meta.dirname, '../fixtures/versions/content');
const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const CHANGES_C1 = '/plans/ver-2026/versions/adopted/changes/c1/';

let browser: Browser;
let server: Server;
let root: string;
beforeAll(async () => {
  const content = copyOfFixtureContent();
  cpSync(VERSIONS, content, { recursive: true });
  const build = buildSite(content);
  if (build.status !== 0) throw new Error(build.output);
  ({ server, url: root } = await serveStatic(build.outDir));
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the comparison of the draft and the adopted version', () => {
  it('marks added and removed words inside the passage, with words, readable without JavaScript at 390 px', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${root}${CHANGES_C1}`);
      const change = page.locator('#change-goals-p1');
      const added = change.locator('ins');
      expect(await added.isVisible()).toBe(true);
      expect(await added.textContent()).toBe('追加：誰もが（追加ここまで）');
      expect(await added.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
      const removed = page.locator('#change-purpose-p2 del').first();
      expect(await removed.textContent()).toBe('削除：11（削除ここまで）');
      expect(await removed.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
      expect(await page.getByRole('complementary', { name: '印の見方' }).isVisible()).toBe(true);
      expect(await page.locator('#change-purpose-p2').getByText('意見によらない修正').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('links a changed passage to the answer that changed it, and the answer back to the passage', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${root}${CHANGES_C1}`);
      await page.locator('#change-goals-p1').getByRole('link', { name: '意見1' }).click();
      await page.waitForURL(/\/changes\/#response-1$/);
      const row = page.locator('#response-1');
      expect(await row.textContent()).toContain('デジタルに不慣れな人も取り残さないことを目標に明記してほしい。');
      await row.getByRole('link', { name: '第1章(2) 第1段落' }).click();
      await page.waitForURL(/\/changes\/c1\/#change-goals-p1$/);
      expect(await page.locator('#change-goals-p1:target').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('keeps a draft citation showing the draft text, and the current chapter the adopted text', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${root}/plans/ver-2026/versions/draft/chapters/c1/#purpose-p2`);
      expect(await page.locator('#purpose-p2:target').textContent()).toContain('計画の期間は令和8年度から令和11年度までの4年間とします。');
      await page.goto(`${root}/plans/ver-2026/chapters/c1/#purpose-p2`);
      expect(await page.locator('#purpose-p2').textContent()).toContain('令和12年度までの5年間');
    } finally {
      await page.close();
    }
  });

  it('passes axe (WCAG 2.2 A/AA) on every version page, at 390 px and 1280 px', async () => {
    const paths = [
      '/plans/ver-2026/versions/',
      '/plans/ver-2026/versions/draft/',
      '/plans/ver-2026/versions/draft/chapters/c1/',
      '/plans/ver-2026/versions/adopted/changes/',
      CHANGES_C1,
      '/plans/ver-2026/versions/adopted/changes/c2/',
    ];
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.addInitScript(axeSource);
      const page = await context.newPage();
      try {
        for (const path of paths) {
          await page.goto(`${root}${path}`);
          expect((await runAxe(page)).violations, `${path} at ${width} px`).toEqual([]);
        }
      } finally {
        await context.close();
      }
    }
  }, 120_000);

  it('saves screenshots of the comparison at 390 px and 1280 px', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(`${root}${CHANGES_C1}`, { waitUntil: 'load' });
        await page.screenshot({ path: join(SCREENSHOTS, `version-changes-${width}.png`), fullPage: true });
        await page.goto(`${root}/plans/ver-2026/versions/adopted/changes/`, { waitUntil: 'load' });
        await page.screenshot({ path: join(SCREENSHOTS, `version-summary-${width}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    }
  });
});
