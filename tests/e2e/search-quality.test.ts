/**
 * The search quality set (search-queries.ts), typed into the search page of the built site in
 * the real browser: each query finds its page in the top 3, and that result's excerpt shows the
 * query (folded: width, case, kana, spaces) or the reading it was typed as.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openRecordingPage, siteUrl } from './browser.ts';
import { K26, SEARCH_CASES, YOKOTE } from './search-queries.ts';
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
      new Set(['term', 'indicator', 'initiative', 'reading', 'width', 'spelling', 'space', 'text', 'synonym']),
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
        (c.reading !== undefined && excerpt.includes(foldKey(c.reading, SEARCH_FOLDING))) ||
        (c.synonym !== undefined && excerpt.includes(foldKey(c.synonym, SEARCH_FOLDING)));
      expect(shown, found!.excerpt).toBe(true);
    },
  );
});

describe('search that uses what the site knows (issue 23)', () => {
  const status = () => page.evaluate(() => document.querySelector('.dx-search__status')!.textContent);

  it("says which glossary synonyms it searched, only when they found something; a reader's own results come first", async () => {
    const hits = await search('Wi-Fi', YOKOTE);
    expect(hits[0]?.link).toBe('/plans/yokote-2023/chapters/c4/#community-digital');
    expect(await status()).toBe('横手市デジタル推進計画の中で「Wi-Fi」を検索した結果は 1 件です。「無線 LAN」も含めて検索しました。');
    expect(await page.textContent('.dx-search__result .dx-meta')).toContain('「無線 LAN」で一致');
    const all = await search('Wi-Fi');
    expect(await status()).toMatch(/^「Wi-Fi」の検索結果は \d+ 件です。「無線 LAN」も含めて検索しました。$/);
    const yokote = all.findIndex((hit) => hit.link.startsWith('/plans/yokote-2023/'));
    const lastWithWiFi = all.findLastIndex((hit) => foldKey(hit.excerpt, SEARCH_FOLDING).includes('wifi'));
    expect(yokote).toBeGreaterThan(lastWithWiFi);
    await search('マイナンバーカード', K26);
    expect(await status()).not.toContain('も含めて検索しました');
  });

  it("puts the front plan's text before the glossaries' entries for a term its glossary defines", async () => {
    const hits = await search('マイナンバーカード');
    const text = hits.findIndex((hit) => hit.link.startsWith('/plans/kitakami-2026/chapters/'));
    const glossary = hits.findIndex((hit) => hit.link.includes('/glossary/'));
    expect(text).toBeGreaterThanOrEqual(0);
    expect(text).toBeLessThan(glossary);
  });

  it('keeps table cells and rows apart in excerpts', async () => {
    const hits = await search('7,041件');
    const hit = hits.find((h) => h.link.startsWith('/plans/yokote-2023/chapters/c2/'))!;
    expect(hit.excerpt).toContain('お知らせする。 ｜ 登録数 ｜ 7,041件 ｜ 令和4年3月時点 ／ 図書貸出予約システム ｜ 市のホームページ');
  });
});
