/**
 * Charts as a reader meets them: none of Chart.js is fetched until the figure nears the screen;
 * then every indicator's chart draws, is an image with a text alternative, passes axe, breaks no
 * CSP rule, stays within the 80 KB JavaScript budget, honours reduced motion and forced colours,
 * and saves as a PNG.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inPool, launchBrowser, openRecordingPage, sitePaths, siteUrl } from './browser.ts';
import { scriptsLoaded } from './page-checks.ts';
import { axeSource, runAxe } from './axe.ts';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { observationsOf } from '../../src/lib/content/queries.ts';
import { buildChartSpec } from '../../src/lib/charts/chart-spec.ts';
import { urls } from '../../src/lib/urls.ts';

const CHART_PAGE_BUDGET_BYTES = 80 * 1024;
/** Indicator pages (their embeddable views, which show the same figure, are tested in embed.test.ts). */
const allIndicatorPages = sitePaths().filter((p) => /\/indicators\/[^/]+\/$/.test(p) && !p.startsWith(urls.embeds()));
/** Indicator pages that draw a chart: every value has a fiscal year (undated values show a table only). */
const { site } = validateContent(readContentFiles(join(import.meta.dirname, '../../content')));
const charted = site!.plans.flatMap((p) =>
  p.indicators
    .filter((i) => buildChartSpec(i, observationsOf(p, i.id)).years.length > 0)
    .map((i) => `/plans/${p.plan.id}/indicators/${i.id}/`),
);
const indicatorPages = allIndicatorPages.filter((p) => charted.includes(p));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function drawn(page: Page) {
  await page.locator('dx-chart').scrollIntoViewIfNeeded();
  await page.waitForSelector('dx-chart[data-drawn="true"] canvas', { timeout: 20_000 });
}

it('covers every indicator with dated values (all 25 of Kitakami), and draws none for undated ones', async () => {
  expect(indicatorPages.filter((p) => p.includes('/kitakami-'))).toHaveLength(25);
  expect([...indicatorPages].sort()).toEqual(charted.filter((p) => allIndicatorPages.includes(p)).sort());
  expect(indicatorPages.length).toBe(charted.length);
  const undated = allIndicatorPages.find((p) => !charted.includes(p))!;
  const { context, page } = await openRecordingPage(browser, {});
  await page.goto(siteUrl(undated));
  expect(await page.locator('dx-chart').count()).toBe(0);
  await expect(page.locator('main').innerText()).resolves.toContain(
    '原本に年度の記載がない値があるため、グラフは描かず、表だけを示します。',
  );
  await context.close();
});

it('fetches no charting code until the chart nears the screen', async () => {
  const { context, page } = await openRecordingPage(browser, { viewport: { width: 320, height: 480 } });
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(siteUrl('/plans/kitakami-2026/indicators/parenting-line-subscribers/'), { waitUntil: 'networkidle' });
  expect(fetched.filter((p) => p.includes('draw-chart'))).toEqual([]);
  await drawn(page);
  expect(fetched.filter((p) => p.includes('draw-chart'))).toHaveLength(1);
  await context.close();
});

describe('every indicator page, with its chart drawn', () => {
  const results = new Map<
    string,
    { label: string | null; role: string | null; violations: string[]; csp: string[]; jsBytes: number; foreign: string[] }
  >();
  beforeAll(async () => {
    const outDir = inject('outDir');
    await inPool(indicatorPages, 2, async (path) => {
      const { context, page, foreign } = await openRecordingPage(browser, { viewport: { width: 1280, height: 900 } }, [axeSource]);
      await page.goto(siteUrl(path), { waitUntil: 'load' });
      await drawn(page);
      const canvas = page.locator('dx-chart canvas');
      const violations = (await runAxe(page)).violations.map((v) => v.id);
      const scripts = await page.evaluate(scriptsLoaded);
      results.set(path, {
        label: await canvas.getAttribute('aria-label'),
        role: await canvas.getAttribute('role'),
        violations,
        csp: await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
        jsBytes: scripts.external.reduce((n, file) => n + gzipSync(readFileSync(join(outDir, file))).length, 0),
        foreign: [...foreign],
      });
      await context.close();
    });
  }, 300_000);

  it('draws a chart that is an image with the summary as its text alternative', () => {
    for (const path of indicatorPages) {
      const result = results.get(path)!;
      expect(result.role, path).toBe('img');
      expect(result.label, path).toMatch(/^グラフ：.+。.+(目指しています|です)。/);
    }
  });
  it('has no axe violation with the chart drawn', () => {
    expect(indicatorPages.flatMap((p) => results.get(p)!.violations.map((v) => `${p}: ${v}`))).toEqual([]);
  });
  it('breaks no CSP rule and asks no other origin', () => {
    expect(indicatorPages.flatMap((p) => [...results.get(p)!.csp, ...results.get(p)!.foreign].map((v) => `${p}: ${v}`))).toEqual([]);
  });
  it(`loads at most ${CHART_PAGE_BUDGET_BYTES} bytes of JavaScript (gzip), Chart.js included`, () => {
    for (const path of indicatorPages) {
      expect(results.get(path)!.jsBytes, path).toBeGreaterThan(10_000);
      expect(results.get(path)!.jsBytes, path).toBeLessThanOrEqual(CHART_PAGE_BUDGET_BYTES);
    }
  });
});

describe('reader settings', () => {
  it('turns animation off under prefers-reduced-motion, and on otherwise', async () => {
    for (const [reducedMotion, expected] of [
      ['reduce', 'off'],
      ['no-preference', 'on'],
    ] as const) {
      const { context, page } = await openRecordingPage(browser, { reducedMotion });
      await page.goto(siteUrl('/plans/kitakami-2026/indicators/parenting-confidence/'));
      await drawn(page);
      expect(await page.getAttribute('dx-chart', 'data-animation')).toBe(expected);
      await context.close();
    }
  });

  it('draws in the system colours under forced colours', async () => {
    const { context, page } = await openRecordingPage(browser, { forcedColors: 'active' });
    await page.goto(siteUrl('/plans/kitakami-2023/indicators/shelter-wifi-rate/'));
    await drawn(page);
    expect(await page.getAttribute('dx-chart', 'data-colours')).toBe('system');
    await context.close();
  });

  it('saves the chart as a PNG image, by keyboard', async () => {
    const { context, page } = await openRecordingPage(browser, { acceptDownloads: true });
    await page.goto(siteUrl('/plans/kitakami-2026/indicators/school-system-parent-features/'));
    await drawn(page);
    const button = page.getByRole('button', { name: 'グラフを画像（PNG）で保存' });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('kitakami-2026-school-system-parent-features.png');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await context.close();
  });
});
