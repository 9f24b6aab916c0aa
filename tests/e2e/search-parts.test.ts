/**
 * The search index in parts (search-shards.ts), in the real browser: the five real plans built by
 * `npm run build` with SEARCH_PLANS_PER_SHARD=1, so that 岩手県's plans (and the site's own pages) are `pagefind/` and
 * 秋田県's (横手市) are `pagefind-2/`. A search of every plan finds pages of both parts; a search
 * scoped to a prefecture finds its plans' pages and fetches nothing of the other part.
 */
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNpmBuild } from '../build/build-site.ts';
import { serveStatic } from '../../scripts/serve.ts';
import { launchBrowser } from './browser.ts';

let browser: Browser;
let server: Server;
let root = '';
let outDir = '';

beforeAll(async () => {
  // Built as `npm run build` builds: the two parts written at once, each by its own Pagefind.
  outDir = mkdtempSync(join(tmpdir(), 'dx-build-'));
  const build = runNpmBuild(outDir, { SEARCH_PLANS_PER_SHARD: '1' });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  expect(build.stdout).toContain('in 2 parts');
  ({ server, url: root } = await serveStatic(outDir));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Searches on a fresh page and returns the result links and the parts of the index it fetched. */
async function search(query: string, params = '') {
  const page = await browser.newPage();
  const parts = new Set<string>();
  page.on('request', (request) => {
    const part = /\/(pagefind(?:-\d+)?)\//.exec(new URL(request.url()).pathname)?.[1];
    if (part) parts.add(part);
  });
  await page.goto(`${root}/search/?q=${encodeURIComponent(query)}${params}`);
  await page.waitForFunction(
    () => /件です|見つかりませんでした/.test(document.querySelector('.dx-search__status')?.textContent ?? ''),
    null,
    {
      timeout: 20_000,
    },
  );
  const links = await page.$$eval('.dx-search__result a', (anchors) =>
    anchors.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)),
  );
  await page.close();
  return { links, parts: [...parts].sort() };
}

describe('a search index in two parts', () => {
  it('writes one Pagefind bundle per part, each with its own entry', () => {
    for (const part of ['pagefind', 'pagefind-2'])
      expect(JSON.parse(readFileSync(join(outDir, part, 'pagefind-entry.json'), 'utf8'))).toHaveProperty('languages');
  });

  it('finds pages of both parts in a search of every plan', async () => {
    const { links, parts } = await search('デジタル');
    expect(parts).toEqual(['pagefind', 'pagefind-2']);
    expect(links.some((link) => link.startsWith('/plans/yokote-2023/'))).toBe(true);
    expect(links.some((link) => link.startsWith('/plans/kitakami-2026/'))).toBe(true);
  });

  it("reads only 秋田県's part for a search scoped to 秋田県, and only 岩手県's for 岩手県", async () => {
    const akita = await search('デジタル', `&pref=${encodeURIComponent('秋田県')}`);
    expect(akita.parts).toEqual(['pagefind-2']);
    expect(akita.links.length).toBeGreaterThan(0);
    expect(akita.links.every((link) => link.startsWith('/plans/yokote-2023/'))).toBe(true);
    const iwate = await search('デジタル', `&pref=${encodeURIComponent('岩手県')}`);
    expect(iwate.parts).toEqual(['pagefind']);
    expect(iwate.links.length).toBeGreaterThan(0);
    expect(iwate.links.some((link) => link.startsWith('/plans/yokote-2023/'))).toBe(false);
  });

  it("sends a plan page's header search to its prefecture and plan, and the search reads that part only", async () => {
    const page = await browser.newPage();
    await page.goto(`${root}/plans/yokote-2023/`);
    const fields = await page.$$eval('.dx-header-search input[type="hidden"]', (inputs) =>
      inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]),
    );
    expect(fields).toEqual([
      ['pref', '秋田県'],
      ['plan', '横手市デジタル推進計画'],
    ]);
    await page.close();
    const scoped = await search('デジタル', `&pref=${encodeURIComponent('秋田県')}&plan=${encodeURIComponent('横手市デジタル推進計画')}`);
    expect(scoped.parts).toEqual(['pagefind-2']);
    expect(scoped.links.length).toBeGreaterThan(0);
  });
});
