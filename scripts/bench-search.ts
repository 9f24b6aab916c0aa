/**
 * Search figures for `npm run bench`: the search page's JavaScript before the first query, and
 * the time from pressing Enter to the results being shown — for a reader's first query (which
 * fetches the search code, Pagefind and its index) and for later ones on the same page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

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
  let before = { bytes: 0, files: [] as string[] };
  const fetched: number[] = [];
  for (let i = 0; i < runs; i++) {
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
    await page.goto(`${url}/search/`, { waitUntil: 'networkidle' });
    before = await scriptBytes(page, outDir);
    bytes = 0;
    firsts.push((await timeQuery(page, BENCH_QUERIES[i % BENCH_QUERIES.length]!)).ms);
    await page.waitForLoadState('networkidle');
    fetched.push(bytes);
    await context.close();
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
