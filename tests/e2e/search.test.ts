/**
 * Site search in the real browser against the built Pagefind index: full-width input finds the
 * same pages; filters work; the results are announced and keyboard-usable; the page explains
 * itself without JavaScript; no CSP violation while searching; what a Japanese reader needs to
 * trust the results (issue 16): no site furniture in excerpts, the exact phrase first, readings
 * and kana folded with no near misses, the plan the reader is in, titles that are headings.
 * The quality set of realistic queries is search-quality.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openRecordingPage, siteUrl } from './browser.ts';
import { scriptsLoaded } from './page-checks.ts';

let browser: Browser;
let page: Page;
let closeContext: () => Promise<void>;
beforeAll(async () => {
  browser = await launchBrowser();
  const opened = await openRecordingPage(browser, {});
  page = opened.page;
  closeContext = () => opened.context.close();
});
afterAll(async () => {
  await closeContext?.();
  await browser?.close();
});

/** The results shown: link (path + anchor), title, type/plan line and excerpt of each. */
function shownResults() {
  return [...document.querySelectorAll('.dx-search__result')].map((item) => {
    const link = item.querySelector('a')!;
    const url = new URL(link.href);
    return {
      link: decodeURIComponent(url.pathname + url.hash.replace(/:~:text=.*$/, '')).replace(/#$/, ''),
      title: link.textContent ?? '',
      meta: item.querySelector('.dx-meta')?.textContent ?? '',
      excerpt: item.querySelectorAll('p')[1]?.textContent ?? '',
    };
  });
}

/** Runs a search through the search page's own UI and returns the status and the results. */
async function search(query: string, params = '') {
  await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}${params}`));
  await page.waitForFunction(
    () => /件です|見つかりませんでした/.test(document.querySelector('.dx-search__status')?.textContent ?? ''),
    null,
    { timeout: 20_000 },
  );
  const results = await page.evaluate(shownResults);
  return { status: (await page.textContent('.dx-search__status')) ?? '', links: results.map((r) => r.link), results };
}

describe('Japanese and mixed input', () => {
  it('finds the same pages for full-width and half-width letters', async () => {
    const half = await search('Wi-Fi');
    const full = await search('Ｗｉ－Ｆｉ');
    expect(full.links).toEqual(half.links);
    // The front plan's own text first, then its glossary entry (issue 23).
    expect((await search('ｅＭＡＦＦ')).links.slice(0, 2)).toContain('/plans/kitakami-2026/glossary/#term-emaff');
  });
});

describe('the search page', () => {
  it('announces the count in a live region and says when nothing matches', async () => {
    const found = await search('校務');
    expect(found.status).toMatch(/^「校務」の検索結果は \d+ 件です。$/);
    expect(await page.getAttribute('.dx-search__status', 'aria-live')).toBe('polite');
    expect((await search('qqqzzz')).status).toBe(
      '「qqqzzz」に一致するページは見つかりませんでした。言葉を短くするか、別の言い方で試してください。',
    );
  });

  it('says when more pages matched than the list shows, and how to narrow the search (issue 25)', async () => {
    // 計画: Pagefind finds over 100 pages of the five plans; the best 20 are read (a page may give a result per section).
    const many = await search('計画');
    expect(many.status).toMatch(
      /^「計画」の検索結果は (\d+) 件です。ほかにも見つかったページがあります（関連の高いものから表示しています）。言葉を足すか、絞り込みで範囲を狭めてください。$/,
    );
    const shown = Number(/(\d+) 件/.exec(many.status)![1]);
    expect(many.links).toHaveLength(shown);
    expect(shown).toBeGreaterThan(10);
    // 校務: 11 pages, all read and listed.
    expect((await search('校務')).status).not.toContain('ほかにも');
  });

  it('filters by content type and by plan', async () => {
    const onlyTerms = await search('DX', '&type=%E7%94%A8%E8%AA%9E');
    expect(onlyTerms.links.length).toBeGreaterThan(0);
    expect(
      onlyTerms.links.every((l) => /^\/plans\/[a-z0-9-]+\/glossary\/#term-|^\/glossary\/#shared-/.test(l)),
      onlyTerms.links.join('\n'),
    ).toBe(true);
    expect(new Set(onlyTerms.links.filter((l) => l.startsWith('/plans/')).map((l) => l.split('/')[2])).size).toBeGreaterThan(1);
    const onlyPrevious = await search('Wi-Fi', `&plan=${encodeURIComponent('北上市情報基本計画2023')}`);
    expect(onlyPrevious.links.length).toBeGreaterThan(0);
    expect(onlyPrevious.links.every((l) => l.startsWith('/plans/kitakami-2023/'))).toBe(true);
    const onlyYokote = await search('アクセスポイント', `&plan=${encodeURIComponent('横手市デジタル推進計画')}`);
    expect(onlyYokote.links.length).toBeGreaterThan(0);
    expect(onlyYokote.links.every((l) => l.startsWith('/plans/yokote-2023/'))).toBe(true);
  });

  it('shows each result with its type, plan and a highlighted excerpt, and links to the section with the words highlighted', async () => {
    await search('校務');
    const first = page.locator('.dx-search__result').first();
    expect(await first.locator('.dx-meta').textContent()).toMatch(/^(指標|章|施策|用語|計画|データ)・/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await first.locator('a').getAttribute('href')).toMatch(/#.*:~:text=%E6%A0%A1%E5%8B%99$/);
  });

  it('works by keyboard: type, Enter, Tab to the first result; Escape clears', async () => {
    await page.goto(siteUrl('/search/'));
    await page.locator('#search-q').focus();
    await page.keyboard.type('ゼロトラスト');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /件です/.test(document.querySelector('.dx-search__status')?.textContent ?? ''));
    expect(new URL(page.url()).searchParams.get('q')).toBe('ゼロトラスト');
    await page.locator('.dx-search__result a').first().focus();
    expect(await page.evaluate(() => document.activeElement?.closest('.dx-search__result') !== null)).toBe(true);
    await page.locator('#search-q').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('.dx-search__result').count()).toBe(0);
    expect(await page.inputValue('#search-q')).toBe('');
  });

  it('loads no search code until the reader focuses the box or arrives with a query', async () => {
    const { context, page: fresh } = await openRecordingPage(browser, {});
    const fetched: string[] = [];
    fresh.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await fresh.goto(siteUrl('/search/'), { waitUntil: 'networkidle' });
    expect(fetched.filter((p) => p.startsWith('/pagefind/') || p.includes('dx-search-run'))).toEqual([]);
    await Promise.all([
      fresh.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js')),
      fresh.waitForRequest((r) => r.url().includes('dx-search-run')),
      fresh.locator('#search-q').focus(),
    ]);
    await context.close();
  });

  it('breaks no CSP rule while searching', async () => {
    await search('スマート農業');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });

  it('says plainly without JavaScript that search needs it, and offers the chapters and glossary', async () => {
    const { context, page: noJs } = await openRecordingPage(browser, { javaScriptEnabled: false });
    await noJs.goto(siteUrl('/search/?q=校務'));
    expect(await noJs.locator('main').innerText()).toContain('検索には JavaScript が必要です。');
    expect(await noJs.locator('main a[href="/plans/kitakami-2026/glossary/"]').count()).toBe(1);
    expect(await noJs.locator('main a[href="/plans/kitakami-2026/chapters/c1/"]').count()).toBe(1);
    await context.close();
  });

  it('is reachable from the search box in every page header, without JavaScript', async () => {
    const { context, page: noJs } = await openRecordingPage(browser, { javaScriptEnabled: false });
    await noJs.goto(siteUrl('/plans/kitakami-2026/chapters/c1/'));
    await noJs.fill('#header-search-q', '避難所');
    await noJs.press('#header-search-q', 'Enter');
    await noJs.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(noJs.url())).toContain('/search/?q=避難所');
    await context.close();
  });
});

describe('issue 16: search a Japanese reader trusts', () => {
  it('quotes only what pages say: no tooltip, citation line or "used in" list in excerpts, and no page found by its tooltips alone', async () => {
    const wifi = await search('Wi-Fi 整備率');
    expect(wifi.results.length).toBeGreaterThan(0);
    expect(wifi.results.map((r) => r.excerpt).join('\n')).not.toMatch(/Wi-Fi Alliance|（ワイファイ）：|引用をコピー|この箇所に意見を書く/);
    // Only the glossary says 「Wi-Fi Alliance」; chapters used to match through their tooltips.
    expect((await search('Wi-Fi Alliance')).links).toEqual(['/plans/kitakami-2026/glossary/#term-wi-fi']);
    for (const furniture of ['引用をコピー', 'この箇所に意見を書く', '本文で使われている箇所'])
      expect((await search(furniture)).links, furniture).toEqual([]);
  });

  it('lists the exact phrase first: スマートメーター finds its own entry, not スマート農業, and each page at the section that says it', async () => {
    const { links, results } = await search('スマートメーター');
    expect(links[0]).toBe('/plans/oshu-2021/glossary/#term-smart-meter');
    expect(links).not.toContain('/plans/oshu-2021/glossary/#term-smart-agriculture');
    expect(
      results.every((r) => r.excerpt.includes('スマートメーター')),
      results.map((r) => r.excerpt).join('\n'),
    ).toBe(true);
    expect(links).toContain('/plans/oshu-2021/chapters/s5/#list-community');
  });

  it('folds hiragana and katakana, finds terms by their readings, and shows nothing rather than a near miss', async () => {
    const zeroTrust = await search('ぜろとらすと');
    expect(zeroTrust.links[0]).toMatch(/^\/plans\/kitakami-2026\/chapters\//);
    expect(zeroTrust.links[1]).toBe('/plans/kitakami-2026/glossary/#term-zero-trust');
    expect((await search('しーさーと')).links[0]).toBe('/plans/kitakami-2026/glossary/#term-csirt');
    const generative = await search('せいせいえーあい');
    expect([...generative.links].sort()).toEqual([
      '/plans/kitakami-2026/glossary/#term-generative-ai',
      '/plans/oshu-2021/glossary/#term-generative-ai',
    ]);
    expect(generative.results[0]!.excerpt).toContain('せいせいえーあい');
    expect((await search('こうむ')).status).toBe(
      '「こうむ」に一致するページは見つかりませんでした。言葉を短くするか、別の言い方で試してください。',
    );
  });

  it('searches the plan the reader is in, says so, and searches all plans with one button', async () => {
    await page.goto(siteUrl('/plans/yokote-2023/chapters/c1/'));
    await page.fill('#header-search-q', 'RPA');
    await page.press('#header-search-q', 'Enter');
    await page.waitForFunction(() => /件です/.test(document.querySelector('.dx-search__status')?.textContent ?? ''), null, {
      timeout: 20_000,
    });
    expect(new URL(page.url()).searchParams.get('plan')).toBe('横手市デジタル推進計画');
    expect(await page.textContent('.dx-search__status')).toMatch(/^横手市デジタル推進計画の中で「RPA」を検索した結果は \d+ 件です。$/);
    expect(await page.locator('.dx-search__scope').innerText()).toBe('検索の範囲：横手市デジタル推進計画 すべての計画で探す');
    const inPlan = await page.evaluate(shownResults);
    expect(inPlan.length).toBeGreaterThan(0);
    expect(inPlan.every((r) => r.link.startsWith('/plans/yokote-2023/'))).toBe(true);

    await page.getByRole('button', { name: 'すべての計画で探す' }).click();
    await page.waitForFunction(
      () => (document.querySelector('.dx-search__status')?.textContent ?? '').startsWith('「RPA」の検索結果は'),
      null,
      { timeout: 20_000 },
    );
    expect(new URL(page.url()).searchParams.get('plan') ?? '').toBe('');
    expect(await page.locator('.dx-search__scope').innerText()).toBe('検索の範囲：すべての計画');
    const everywhere = await page.evaluate(shownResults);
    expect(new Set(everywhere.map((r) => r.link.split('/')[2])).size).toBeGreaterThan(2);
  });

  it('scopes the search to a prefecture, then offers its plans by municipality (issue 25)', async () => {
    await search('RPA');
    const statusIs = (pattern: RegExp) =>
      page.waitForFunction(
        (source) => new RegExp(source).test(document.querySelector('.dx-search__status')?.textContent ?? ''),
        pattern.source,
        {
          timeout: 20_000,
        },
      );
    const planChoices = () =>
      page.locator('#search-plan').evaluate((select: HTMLSelectElement) => ({
        groups: [...select.querySelectorAll('optgroup')].map((g) => g.label),
        plans: [...select.options].map((o) => o.value),
      }));
    const prefecture = page.getByLabel('都道府県', { exact: true });
    expect(await prefecture.locator('option').allTextContents()).toEqual(['すべての都道府県', '岩手県（4計画）', '秋田県（1計画）']);

    await prefecture.selectOption('秋田県');
    await statusIs(/^秋田県の中で「RPA」を検索した結果は \d+ 件です。$/);
    expect(new URL(page.url()).searchParams.get('pref')).toBe('秋田県');
    expect(await page.locator('.dx-search__scope').innerText()).toBe('検索の範囲：秋田県 すべての計画で探す');
    expect(await planChoices()).toEqual({ groups: ['横手市'], plans: ['', '横手市デジタル推進計画'] });
    const akita = await page.evaluate(shownResults);
    expect(akita.length).toBeGreaterThan(0);
    expect(akita.every((r) => r.link.startsWith('/plans/yokote-2023/'))).toBe(true);

    await prefecture.selectOption('岩手県');
    // Four plans: more pages than are read, so the count may be followed by the sentence saying so.
    await statusIs(/^岩手県の中で「RPA」を検索した結果は \d+ 件です。/);
    expect((await planChoices()).groups).toEqual(['盛岡市', '北上市', '奥州市']);
    const iwate = await page.evaluate(shownResults);
    expect(new Set(iwate.map((r) => r.link.split('/')[2])).size).toBeGreaterThan(1);
    expect(iwate.every((r) => /^\/plans\/(kitakami-2026|kitakami-2023|morioka-2021|oshu-2021)\//.test(r.link))).toBe(true);

    // Reached again through its address: the prefecture, its plans and the chosen plan come back.
    const oshu = await search('RPA', `&pref=${encodeURIComponent('岩手県')}&plan=${encodeURIComponent('奥州市DX全体方針 第3版')}`);
    expect(oshu.status).toMatch(/^奥州市DX全体方針 第3版の中で「RPA」/);
    expect(await prefecture.inputValue()).toBe('岩手県');
    expect(await page.locator('#search-plan').inputValue()).toBe('奥州市DX全体方針 第3版');
    expect(oshu.links.every((l) => l.startsWith('/plans/oshu-2021/'))).toBe(true);

    await page.getByRole('button', { name: 'すべての計画で探す' }).click();
    await statusIs(/^「RPA」の検索結果は/);
    expect(await prefecture.inputValue()).toBe('');
    expect((await planChoices()).plans).toHaveLength(6);
    expect(new URL(page.url()).searchParams.get('pref') ?? '').toBe('');
  });

  it('searches again when the plan filter changes: the scope line and the results agree (issue 23)', async () => {
    await search('RPA');
    const status = () => page.textContent('.dx-search__status');
    await page.selectOption('#search-plan', '横手市デジタル推進計画');
    await page.waitForFunction(() => /の中で「RPA」/.test(document.querySelector('.dx-search__status')?.textContent ?? ''), null, {
      timeout: 20_000,
    });
    expect(await status()).toMatch(/^横手市デジタル推進計画の中で「RPA」を検索した結果は \d+ 件です。$/);
    expect(new URL(page.url()).searchParams.get('plan')).toBe('横手市デジタル推進計画');
    const inPlan = await page.evaluate(shownResults);
    expect(inPlan.length).toBeGreaterThan(0);
    expect(inPlan.every((r) => r.link.startsWith('/plans/yokote-2023/'))).toBe(true);
    await page.selectOption('#search-plan', '');
    await page.waitForFunction(
      () => (document.querySelector('.dx-search__status')?.textContent ?? '').startsWith('「RPA」の検索結果は'),
      null,
      {
        timeout: 20_000,
      },
    );
    expect(new Set((await page.evaluate(shownResults)).map((r) => r.link.split('/')[2])).size).toBeGreaterThan(2);
  });

  it("titles each result with its heading alone, never with the original's page", async () => {
    const { results } = await search('社会動向');
    expect(results.map((r) => r.title)).toContain('第2章 情報化を取り巻く社会動向等');
    expect(results.filter((r) => /原本|p\.\d/.test(r.title)).map((r) => r.title)).toEqual([]);
    const oshu = await search('スマート農業', `&plan=${encodeURIComponent('奥州市DX全体方針 第3版')}`);
    expect(oshu.results.find((r) => r.link === '/plans/oshu-2021/glossary/#term-smart-agriculture')?.title).toBe('スマート農業');
  });

  it('ships no more JavaScript before the first query than before issue 16 (2,372 bytes gzip)', async () => {
    const { context, page: fresh } = await openRecordingPage(browser, {});
    await fresh.goto(siteUrl('/search/'), { waitUntil: 'networkidle' });
    const scripts = await fresh.evaluate(scriptsLoaded);
    const bytes =
      scripts.external.reduce((n, file) => n + gzipSync(readFileSync(join(inject('outDir'), file))).length, 0) +
      scripts.inline.reduce((n, code) => n + gzipSync(code).length, 0);
    expect(bytes).toBeLessThanOrEqual(2372);
    await context.close();
  });
});
