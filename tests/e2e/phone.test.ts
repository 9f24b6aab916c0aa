/**
 * Phone first: every page read as a new reader reads it on a 390 px phone — not only free of axe
 * violations (site-audit.test.ts checks those, and runs the same phone checks at 320 px (= 400 %
 * zoom) and 1280 px in its own visits of every page, so no page is loaded twice for them):
 * - no text squeezed into a column narrower than 4 characters (tables, lists, paragraphs…), nor
 *   at 1280 px;
 * - controls at least 44×44 CSS px, links spaced per WCAG 2.2 2.5.8 (also at 1280 px);
 * - goal and results pages a length a person scrolls; a compact header whose menu and status
 *   detail open without JavaScript.
 * Saves a full-page screenshot at 390 px (and 1280 px) of one page of each type into
 * test-results/screenshots/ (git-ignored) for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, sitePaths, siteUrl, sweepPages, withPage } from './browser.ts';
import { MAX_HEADER_HEIGHT, phoneFindings, type PhoneFindings } from './phone-findings.ts';

const WIDTHS = [390] as const;
/** Goal pages and the results of a plan: long lists of initiatives and indicators, scrolled by a person. */
const LONG_LIST_PAGES = /^\/plans\/[^/]+\/(goals\/[^/]+|results)\/$/;
const MAX_LONG_LIST_HEIGHT = 12_000;

/** One page of each type, for the screenshots. */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  plans: '/plans/',
  'plan-home': '/plans/oshu-2021/',
  chapters: '/plans/kitakami-2026/chapters/',
  chapter: '/plans/kitakami-2026/chapters/c5/',
  'chapter-datasets': '/plans/yokote-2023/chapters/c2/',
  'goal-roadmap': '/plans/oshu-2021/goals/g2/',
  'goal-measures': '/plans/morioka-2021/goals/g1/',
  'goal-indicators': '/plans/kitakami-2026/goals/g1/',
  indicators: '/plans/kitakami-2026/indicators/',
  indicator: '/plans/kitakami-2026/indicators/parenting-line-subscribers/',
  results: '/plans/kitakami-2023/results/',
  compare: '/plans/kitakami-2026/compare/',
  glossary: '/plans/kitakami-2026/glossary/',
  'shared-glossary': '/glossary/',
  comments: '/plans/kitakami-2026/comments/',
  responses: '/plans/kitakami-2026/responses/',
  search: '/search/',
  data: '/data/',
  columns: '/data/columns/',
  'transcription-notes': '/transcription-notes/',
  regional: '/regional/',
  about: '/about/',
  accessibility: '/accessibility/',
  methodology: '/methodology/',
  history: '/history/',
  embed: '/embed/plans/kitakami-2026/indicators/parenting-line-subscribers/',
};
const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

const paths = sitePaths();
let browser: Browser;
const found: Record<number, Map<string, PhoneFindings>> = {};

/** Visits every page at one width in one reused tab. */
const sweep = (width: number) => sweepPages(browser, paths, { viewport: { width, height: 800 } }, (page) => phoneFindings(page));

beforeAll(async () => {
  browser = await launchBrowser();
  const results = await Promise.all(WIDTHS.map(sweep));
  WIDTHS.forEach((width, i) => {
    found[width] = results[i]!;
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

const everyPage = (width: number, pick: (f: PhoneFindings) => string[]) =>
  [...found[width]!].flatMap(([path, f]) => pick(f).map((p) => `${path}: ${p}`));

it('measured every built page', () => {
  for (const width of WIDTHS) expect([...found[width]!.keys()]).toEqual(paths);
});

describe.each(WIDTHS)('at %i px', (width) => {
  it('no page squeezes text below 4 characters a line (table cells, list items, paragraphs, captions…)', () => {
    expect(everyPage(width, (f) => f.squeezed)).toEqual([]);
  });
  it('controls are at least 44×44 px and links are spaced per WCAG 2.5.8', () => {
    expect(everyPage(width, (f) => f.targets)).toEqual([]);
  });
});

describe.each(WIDTHS)('on a %i px phone', (width) => {
  it(`the header takes at most ${MAX_HEADER_HEIGHT} px of the screen`, () => {
    expect(everyPage(width, (f) => (f.header > MAX_HEADER_HEIGHT ? [`header ${Math.round(f.header)} px`] : []))).toEqual([]);
  });
});

it(`goal pages and results are at most ${MAX_LONG_LIST_HEIGHT} px tall at 390 px`, () => {
  const long = paths.filter((p) => LONG_LIST_PAGES.test(p));
  expect(long.length).toBeGreaterThan(10);
  expect(long.map((p) => [p, found[390]!.get(p)!.height] as const).filter(([, h]) => h > MAX_LONG_LIST_HEIGHT)).toEqual([]);
});

describe('without JavaScript, on a phone', () => {
  const options = { viewport: { width: 390, height: 800 }, javaScriptEnabled: false };
  const linkShown = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'サイト内の主なページ' }).getByRole('link', { name }).isVisible();

  it('the header menu opens and closes, and its links go where they say', async () => {
    await withPage(browser, '/plans/oshu-2021/goals/g2/', options, async (page) => {
      // Oshu calls its glossary 用語解説, and the menu follows the plan in view.
      expect(await linkShown(page, '用語解説')).toBe(false);
      await page.getByText('メニュー', { exact: true }).click();
      expect(await linkShown(page, '用語解説')).toBe(true);
      await page.getByRole('navigation', { name: 'サイト内の主なページ' }).getByRole('link', { name: '計画一覧' }).click();
      await page.waitForURL(/\/plans\/$/);
    });
  });

  it('the status banner shows its headline, and its detail one tap away', async () => {
    await withPage(browser, '/', options, async (page) => {
      const banner = page.getByRole('note', { name: '計画の状態' });
      expect(await banner.getByText('市の最終決定ではありません。').isVisible()).toBe(false);
      await banner.getByText('詳しく').click();
      expect(await banner.getByText('市の最終決定ではありません。').isVisible()).toBe(true);
      expect(await banner.getByRole('link', { name: '意見の出し方と意見書の作成' }).isVisible()).toBe(true);
    });
  });
});

it('on a wide screen the menu links and the status detail show without a tap', async () => {
  await withPage(browser, '/', { viewport: { width: 1280, height: 900 } }, async (page) => {
    expect(await page.getByRole('navigation', { name: 'サイト内の主なページ' }).getByRole('link', { name: '用語集' }).isVisible()).toBe(
      true,
    );
    expect(await page.getByText('メニュー', { exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('note', { name: '計画の状態' }).getByText('市の最終決定ではありません。').isVisible()).toBe(true);
  });
});

it('saves a full-page screenshot of one page of each type at 390 px and 1280 px, for people to look at', async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [type, path] of Object.entries(PAGE_TYPES)) expect(paths, `${type}: ${path} is not a built page`).toContain(path);
  // One tab per width, reused from page to page (opening a context per shot costs more than the shot).
  await Promise.all(
    [390, 1280].map(async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      try {
        for (const [type, path] of Object.entries(PAGE_TYPES)) {
          await page.goto(siteUrl(path), { waitUntil: 'load' });
          await page.screenshot({ path: join(SCREENSHOTS, `${type}-${width}.png`), fullPage: true });
        }
      } finally {
        await context.close();
      }
    }),
  );
}, 300_000);
