/**
 * The search quality set (search-queries.ts), typed into the search page of the built site in
 * the real browser: each query finds its page in the top 3, and that result's excerpt shows the
 * query (folded: width, case, kana, spaces) or the reading it was typed as.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openRecordingPage, siteUrl } from './browser.ts';
import { SEARCH_CASES } from './search-queries.ts';
import { foldKey, SEARCH_FOLDING } from '../../src/lib/text/fold-text.ts';
import { queryWords, scriptWords } from '../../src/lib/search/rank-results.ts';

let browser: Browser;
let page: Page;
let closeContext: () => Promise<void>;
beforeAll(async () => {
  browser = await launchBrowser();
  const opened = await openRecordingPage(browser, {});
  page = opened.page;
  closeContext = () => opened.context.close();
  await page.goto(siteUrl('/search/'));
});
afterAll(async () => {
  await closeContext?.();
  await browser?.close();
});

/** Searches through the page's own form (plan select, box, Enter) and returns each result's path and excerpt. */
async function search(query: string, plan = ''): Promise<{ link: string; excerpt: string }[]> {
  await page.selectOption('#search-plan', plan);
  await page.fill('#search-q', query);
  await page.evaluate(() => (document.querySelector('.dx-search__status')!.textContent = ''));
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    () => /件です|見つかりませんでした/.test(document.querySelector('.dx-search__status')?.textContent ?? ''),
    null,
    { timeout: 20_000 },
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('.dx-search__result')].map((item) => {
      const url = new URL(item.querySelector('a')!.href);
      return {
        link: decodeURIComponent(url.pathname + url.hash.replace(/:~:text=.*$/, '')).replace(/#$/, ''),
        excerpt: item.querySelectorAll('p')[1]?.textContent ?? '',
      };
    }),
  );
}

describe('the search quality set', () => {
  it('has at least 40 queries over all five plans and every kind', () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SEARCH_CASES.map((c) => c.expected.split('/')[2]).filter((p) => p?.includes('-')))).toEqual(
      new Set(['kitakami-2026', 'kitakami-2023', 'morioka-2021', 'yokote-2023', 'oshu-2021']),
    );
    expect(new Set(SEARCH_CASES.map((c) => c.kind))).toEqual(
      new Set(['term', 'indicator', 'initiative', 'reading', 'width', 'spelling', 'space', 'text']),
    );
  });

  it.each(SEARCH_CASES.map((c) => [c.query, c.expected, c] as const))(
    '「%s」 finds %s in the top 3, with the query in its excerpt',
    async (query, expected, c) => {
      const hits = await search(query, c.plan);
      const found = hits.slice(0, 3).find((hit) => hit.link === expected || (!expected.includes('#') && hit.link.startsWith(expected)));
      expect(
        found,
        hits
          .slice(0, 5)
          .map((h) => h.link)
          .join('\n'),
      ).toBeDefined();
      const excerpt = foldKey(found!.excerpt, SEARCH_FOLDING);
      const shown =
        queryWords(query).every((word) => excerpt.includes(word)) ||
        // A one-word query found only with its words apart shows all of them (issue 23).
        scriptWords(query).every((word) => excerpt.includes(word)) ||
        (c.reading !== undefined && excerpt.includes(foldKey(c.reading, SEARCH_FOLDING)));
      expect(shown, found!.excerpt).toBe(true);
    },
  );
});
