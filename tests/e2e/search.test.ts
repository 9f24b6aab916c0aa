/**
 * Site search in the real browser against the built Pagefind index: realistic queries from the
 * plan's own vocabulary each return their page in the top 3; full-width input finds the same
 * pages; filters work; the results are announced and keyboard-usable; the page explains itself
 * without JavaScript; no CSP violation while searching.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openRecordingPage, siteUrl } from './browser.ts';

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

/** Runs a search through the search page's own UI and returns the result links (path + anchor). */
async function search(query: string, params = ''): Promise<{ status: string; links: string[] }> {
  await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}${params}`));
  await page.waitForFunction(() => /件です|見つかりませんでした/.test(document.querySelector('.dx-search__status')?.textContent ?? ''), null, { timeout: 20_000 });
  return page.evaluate(() => ({
    status: document.querySelector('.dx-search__status')!.textContent ?? '',
    links: [...document.querySelectorAll<HTMLAnchorElement>('.dx-search__result a')].map((a) => decodeURIComponent(new URL(a.href).pathname + new URL(a.href).hash.replace(/:~:text=.*$/, '')).replace(/#$/, '')),
  }));
}

// [query, a page it must return in the top 3 (path, and anchor where the query names a term), and the
// plan filter a reader of that plan would set where other plans define the same term]
const QUERIES: [string, string, string?][] = [
  ['校務', '/plans/kitakami-2026/indicators/school-system-parent-features/'],
  ['校務支援システム', '/plans/kitakami-2026/indicators/school-system-parent-features/'],
  ['避難所', '/plans/kitakami-2023/indicators/shelter-wifi-rate/'],
  ['指定緊急避難所', '/plans/kitakami-2023/indicators/shelter-wifi-rate/'],
  ['Wi-Fi', '/plans/kitakami-2023/indicators/shelter-wifi-rate/'],
  ['eMAFF', '/plans/kitakami-2026/glossary/#term-emaff'],
  ['子育てLINE', '/plans/kitakami-2026/indicators/parenting-line-subscribers/'],
  ['生成AI', '/plans/kitakami-2026/glossary/#term-generative-ai', '北上市情報基本計画2026（案）'],
  ['マイナンバーカード', '/plans/kitakami-2026/glossary/#term-my-number-card', '北上市情報基本計画2026（案）'],
  ['デジタルデバイド', '/plans/kitakami-2026/glossary/#term-digital-divide'],
  ['DXマイスター', '/plans/kitakami-2023/indicators/dx-meister-certified/'],
  ['かんたん窓口', '/plans/kitakami-2023/indicators/easy-counter-departments/'],
  ['スマート農業', '/plans/kitakami-2026/indicators/smart-agri-seminars/', '北上市情報基本計画2026（案）'],
  ['ゼロトラスト', '/plans/kitakami-2026/glossary/#term-zero-trust'],
  ['鳥獣被害', '/plans/kitakami-2026/chapters/c4/'],
  ['博物館', '/plans/kitakami-2023/indicators/museum-collection-records/'],
  ['ノー残業デー', '/plans/kitakami-2023/indicators/no-overtime-day-rate/'],
  ['セキュリティ研修', '/plans/kitakami-2023/indicators/security-training-rate/'],
  ['RPA', '/plans/kitakami-2026/glossary/#term-rpa', '北上市情報基本計画2026（案）'],
  ['プッシュ型通知', '/plans/kitakami-2026/glossary/#term-push-support'],
  ['三方良し', '/plans/kitakami-2026/chapters/c4/'],
  ['キャッシュレス', '/plans/kitakami-2026/glossary/#term-cashless-payment', '北上市情報基本計画2026（案）'],
  ['オープンデータ', '/data/'],
];

describe('queries a citizen or reviewer would type', () => {
  it.each(QUERIES)('「%s」 returns %s in the top 3', async (query, expected, plan) => {
    const { links } = await search(query, plan ? `&plan=${encodeURIComponent(plan)}` : '');
    expect(links.slice(0, 3).some((link) => link === expected || (!expected.includes('#') && link.startsWith(expected))), links.slice(0, 5).join('\n')).toBe(true);
  });
});

describe('Japanese and mixed input', () => {
  it('finds the same pages for full-width and half-width letters', async () => {
    const half = await search('Wi-Fi');
    const full = await search('Ｗｉ－Ｆｉ');
    expect(full.links).toEqual(half.links);
    expect((await search('ｅＭＡＦＦ')).links[0]).toBe('/plans/kitakami-2026/glossary/#term-emaff');
  });
});

describe('the search page', () => {
  it('announces the count in a live region and says when nothing matches', async () => {
    const found = await search('校務');
    expect(found.status).toMatch(/^「校務」の検索結果は \d+ 件です。$/);
    expect(await page.getAttribute('.dx-search__status', 'aria-live')).toBe('polite');
    expect((await search('qqqzzz')).status).toBe('「qqqzzz」に一致するページは見つかりませんでした。言葉を短くするか、別の言い方で試してください。');
  });

  it('filters by content type and by plan', async () => {
    const onlyTerms = await search('DX', '&type=%E7%94%A8%E8%AA%9E');
    expect(onlyTerms.links.length).toBeGreaterThan(0);
    expect(onlyTerms.links.every((l) => /^\/plans\/[a-z0-9-]+\/glossary\/#term-/.test(l))).toBe(true);
    expect(new Set(onlyTerms.links.map((l) => l.split('/')[2])).size).toBeGreaterThan(1);
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
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await Promise.all([fresh.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js')), fresh.locator('#search-q').focus()]);
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
