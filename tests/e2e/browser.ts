import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { builtPages } from '../build/build-site.ts';
import { launchChromium } from '../../scripts/chromium.ts';

/** Debian's Chromium, headless (scripts/chromium.ts: the same launch as the benchmarks'). */
export const launchBrowser = launchChromium;

/** URL paths of every built page (`/`, `/plans/…/`), excluding the 404 page's own file. */
export function sitePaths(): string[] {
  return [...builtPages(inject('outDir')).keys()]
    .filter((file) => file !== '404.html')
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}

/** Full URL of a site path on the test server. */
export const siteUrl = (path: string) => `${inject('siteUrl')}${path}`;

/**
 * Opens a context and a page that record, from the first byte, every CSP violation (in
 * `window.__csp`) and every request to another origin (in `foreign`). `initScripts` run first.
 */
export async function openRecordingPage(
  browser: Browser,
  options: BrowserContextOptions,
  initScripts: string[] = [],
): Promise<{ context: BrowserContext; page: Page; foreign: string[] }> {
  const context = await browser.newContext(options);
  for (const script of initScripts) await context.addInitScript(script);
  await context.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = log;
    document.addEventListener('securitypolicyviolation', (e) => log.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  const page = await context.newPage();
  const foreign: string[] = [];
  const origin = new URL(inject('siteUrl')).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
  });
  return { context, page, foreign };
}

/** Opens one site path in a fresh recording context and runs `visit` on it. */
export async function withPage<T>(
  browser: Browser,
  path: string,
  options: BrowserContextOptions,
  visit: (page: Page, foreignRequests: string[]) => Promise<T>,
): Promise<T> {
  const { context, page, foreign: foreignRequests } = await openRecordingPage(browser, options);
  try {
    await page.goto(siteUrl(path), { waitUntil: 'load' });
    return await visit(page, foreignRequests);
  } finally {
    await context.close();
  }
}

/**
 * Visits every path in one mode, in one reused tab (loading a page costs more than checking it),
 * and returns what `visit` found per path. `foreign` holds the requests to other origins of the
 * current page; `initScripts` run first in every page.
 */
export async function sweepPages<T>(
  browser: Browser,
  paths: readonly string[],
  options: BrowserContextOptions,
  visit: (page: Page, path: string, foreign: string[]) => Promise<T>,
  initScripts: string[] = [],
): Promise<Map<string, T>> {
  const { context, page, foreign } = await openRecordingPage(browser, options, initScripts);
  const found = new Map<string, T>();
  try {
    for (const path of paths) {
      foreign.length = 0;
      await page.goto(siteUrl(path), { waitUntil: 'load' });
      found.set(path, await visit(page, path, foreign));
    }
  } finally {
    await context.close();
  }
  return found;
}

/** Runs `task` over `items` with at most `limit` at a time (the machine has two cores). */
export async function inPool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
