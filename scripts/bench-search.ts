/**
 * Search figures for `npm run bench`: the search page's JavaScript before the first query, and
 * the time from pressing Enter to the results being shown — for a reader's first query (which
 * fetches the search code, Pagefind and its index) and for later ones on the same page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';

/** Queries of the search quality set: a term, a reading, an indicator, a query with a space, Latin letters. */
export const BENCH_QUERIES = ['校務', 'ぜろとらすと', 'マイナンバーカード', '避難所 Wi-Fi', '生成AI', 'スマートメーター', 'ＲＰＡ'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Types the query into the search page's box, presses Enter and waits for the count or the "nothing found" message. */
export async function timeQuery(page: Page, query: string): Promise<{ ms: number; results: number }> {
  await page.fill('#search-q', query);
  const started = performance.now();
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('.dx-search__status')?.textContent ?? '';
      return status.includes(`「${q}」`) && /件です|見つかりませんでした/.test(status);
    },
    query.normalize('NFKC'),
    { timeout: 30_000 },
  );
  const ms = performance.now() - started;
  return { ms, results: await page.locator('.dx-search__result').count() };
}

/** Headless Chromium as every benchmark launches it (scripts/chromium.ts, as the browser tests do). */
export const launchBenchBrowser = launchChromium;

/** A reader's first query and the next ones, timed on one fresh search page. */
export interface TimedSession {
  /** Enter → results of the first query (search code, Pagefind and its index fetched). */
  first: number;
  /** Bytes the page downloaded from Enter of the first query until the network was idle. */
  firstBytes: number;
  /** Enter → results of each later query, the index warm. */
  warm: number[];
}

/**
 * Opens a fresh search page (`search` adds parameters, e.g. `pref=岩手県`), runs `first`, waits for
 * the network to be idle, then runs each of `warm` on the same page.
 */
export async function timeSession(
  browser: Browser,
  url: string,
  first: string,
  warm: readonly string[],
  search = '',
): Promise<TimedSession> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  page.on(
    'response',
    (response) =>
      void response.body().then(
        (body) => (bytes += body.length),
        () => undefined,
      ),
  );
  await page.goto(`${url}/search/${search ? `?${search}` : ''}`, { waitUntil: 'networkidle' });
  bytes = 0;
  const firstMs = (await timeQuery(page, first)).ms;
  await page.waitForLoadState('networkidle');
  const firstBytes = bytes;
  const warmMs: number[] = [];
  for (const query of warm) warmMs.push((await timeQuery(page, query)).ms);
  await context.close();
  return { first: firstMs, firstBytes, warm: warmMs };
}

/** Gzip bytes of the scripts a page has loaded (files from the built site). */
async function scriptBytes(page: Page, outDir: string): Promise<{ bytes: number; files: string[] }> {
  const files = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script')
      .map((r) => new URL(r.name).pathname),
  );
  return { bytes: files.reduce((n, file) => n + gzipSync(readFileSync(join(outDir, file))).length, 0), files };
}

/** Prints the search figures for the site served at `url` from `outDir`. */
export async function benchSearch(browser: Browser, url: string, outDir: string, runs = 5): Promise<void> {
  const firsts: number[] = [];

  const fetched: number[] = [];
  const context = await browser.newContext();
  const opened = await context.newPage();
  await opened.goto(`${url}/search/`, { waitUntil: 'networkidle' });
  const before = await scriptBytes(opened, outDir);
  await context.close();
  for (let i = 0; i < runs; i++) {
    const session = await timeSession(browser, url, BENCH_QUERIES[i % BENCH_QUERIES.length]!, []);
    firsts.push(session.first);
    fetched.push(session.firstBytes);
  }
  console.log('\n## Search (search page, Chromium, local server)');
  console.log(`JavaScript before the first query: ${before.bytes} bytes gzip (${before.files.join(', ')})`);
  console.log(
    `first query, Enter → results (fresh page, median of ${runs}: ${BENCH_QUERIES.slice(0, runs).join(', ')}): ${median(firsts).toFixed(0)} ms, fetching ${(median(fetched) / 1024).toFixed(0)} KB (median; search code, Pagefind, its index and the pages read)`,
  );
  // Later queries: on a page that has already run one query, each query of the set once, in
  // three fresh pages (median per query).
  const later = new Map<string, { times: number[]; results: number }>();
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/search/`);
    await timeQuery(page, '計画');
    for (const query of BENCH_QUERIES) {
      const timed = await timeQuery(page, query);
      const entry = later.get(query) ?? { times: [], results: timed.results };
      entry.times.push(timed.ms);
      later.set(query, entry);
    }
    await context.close();
  }
  console.log('| later query | results | Enter → results (median of 3 pages) |');
  console.log('| --- | ---: | ---: |');
  for (const [query, { times, results }] of later) console.log(`| ${query} | ${results} | ${median(times).toFixed(0)} ms |`);
}
