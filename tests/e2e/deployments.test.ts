/**
 * The same code deployed as each municipality's own site, and as the multi-plan site, under a sub-path
 * (BASE_PATH=/dx/) at a public address (SITE_URL): built, served under /dx/ and crawled over HTTP.
 * Every page is reached from the home page, every link and asset answers, nothing links outside the
 * published plans, no page's chrome names another city, search and charts work under /dx/, and the
 * sitemap, robots.txt, canonical links and page descriptions follow the configuration.
 */
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, builtPages } from '../build/build-site.ts';
import { serveStatic } from '../../scripts/serve.ts';
import { launchBrowser } from './browser.ts';
import { runAxe, axeSource } from './axe.ts';

const SITE_URL = 'https://www.city.example.lg.jp';
const BASE = '/dx/';
const CITIES: Record<string, string> = {
  'kitakami-2026': '北上市',
  'kitakami-2023': '北上市',
  'morioka-2021': '盛岡市',
  'yokote-2023': '横手市',
  'oshu-2021': '奥州市',
};

const DEPLOYMENTS: { name: string; plans: string[] }[] = [
  { name: 'Kitakami', plans: ['kitakami-2026', 'kitakami-2023'] },
  { name: 'Morioka', plans: ['morioka-2021'] },
  { name: 'Yokote', plans: ['yokote-2023'] },
  { name: 'Oshu', plans: ['oshu-2021'] },
  { name: 'all five plans', plans: Object.keys(CITIES) },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Every same-origin href and src of an HTML page, resolved against the page's URL. */
function references(html: string, pageUrl: string): URL[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter((ref) => !/^(mailto:|tel:|data:|#)/.test(ref))
    .map((ref) => new URL(ref, pageUrl));
}

/** The page without its <main>: header, navigation, banners and footer. */
const chromeOf = (html: string) =>
  html
    .replace(/<main[\s\S]*<\/main>/, '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ');

describe.each(DEPLOYMENTS)('$name under /dx/', ({ plans }) => {
  let server: Server;
  let root = '';
  let outDir = '';
  let status: number | null = null;
  let output = '';
  const crawled = new Map<string, string>();
  const problems: string[] = [];
  const otherCities = [
    ...new Set(
      Object.entries(CITIES)
        .filter(([id]) => !plans.includes(id))
        .map(([, city]) => city),
    ),
  ].filter((city) => !plans.some((id) => CITIES[id] === city));

  beforeAll(async () => {
    const build = buildSite(undefined, { SITE_URL, BASE_PATH: BASE, SITE_PLANS: plans.join(',') });
    ({ status, output, outDir } = build);
    if (status !== 0) return;
    ({ server, url: root } = await serveStatic(outDir, 0, BASE));
    const origin = new URL(root).origin;
    const checked = new Map<string, number>();
    const queue = [`${root}/`];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (crawled.has(url)) continue;
      const response = await fetch(url);
      const html = await response.text();
      crawled.set(url, html);
      if (!response.ok) problems.push(`${url} → ${response.status}`);
      for (const ref of references(html, url)) {
        if (ref.origin !== origin) continue;
        const path = ref.pathname;
        if (!path.startsWith(BASE)) problems.push(`${url} links outside ${BASE}: ${path}`);
        const plan = /\/plans\/([^/]+)\//.exec(path)?.[1];
        if (plan && !plans.includes(plan)) problems.push(`${url} links to another plan: ${path}`);
        const target = `${ref.origin}${path}`;
        if (path.endsWith('/')) {
          if (!crawled.has(target) && !queue.includes(target)) queue.push(target);
        } else if (!checked.has(target)) {
          const asset = await fetch(target, { method: 'HEAD' });
          checked.set(target, asset.status);
          if (!asset.ok) problems.push(`${url} → ${path} ${asset.status}`);
        }
      }
    }
  }, 300_000);

  afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it('builds', () => expect(status, output).toBe(0));

  it('reaches every built page from the home page, and every link and asset answers under /dx/', () => {
    const built = [...builtPages(outDir).keys()].filter((f) => f !== '404.html').map((f) => `${root}/${f.replace(/index\.html$/, '')}`);
    expect(
      built.filter((url) => !crawled.has(url)),
      [...crawled.keys()].slice(0, 5).join(' '),
    ).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('names no other city in any page’s title, header, navigation or footer', () => {
    const found = [...crawled].flatMap(([url, html]) =>
      otherCities.filter((city) => chromeOf(html).includes(city)).map((city) => `${url}: ${city}`),
    );
    expect(found).toEqual([]);
  });

  it('publishes the sitemap, robots.txt, canonical links and a description on every page', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    // Every page but the embeddable views, which are parts of indicator pages.
    const pages = [...crawled.keys()].filter((url) => !new URL(url).pathname.startsWith(`${BASE}embed/`));
    expect(locs.length).toBe(pages.length);
    expect(locs.every((loc) => loc.startsWith(`${SITE_URL}${BASE}`))).toBe(true);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap.xml`);
    const catalog = readFileSync(join(outDir, 'data/catalog.jsonld'), 'utf8');
    const iris = [...catalog.matchAll(/"@id": "([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((iri) => !iri.startsWith('http://purl.org') && !iri.includes('creativecommons'));
    expect(iris.filter((iri) => !iri.startsWith(`${SITE_URL}${BASE}data/`))).toEqual([]);
    const dataPackage = JSON.parse(readFileSync(join(outDir, 'data/datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    expect(dataPackage.resources.filter((r) => !r.path.startsWith(`${SITE_URL}${BASE}data/`))).toEqual([]);
    for (const [url, html] of crawled) {
      const path = new URL(url).pathname.replace(`${BASE}embed/`, BASE);
      expect(html, url).toContain(`<link rel="canonical" href="${SITE_URL}${path}">`);
      expect(html, url).toMatch(/<meta name="description" content="[^"]{20,}">/);
      if (!url.includes('/embed/')) expect(html, url).toContain('<meta property="og:locale" content="ja_JP">');
    }
  });

  it('searches and draws charts under /dx/, and the home page passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(axeSource);
    const page = await context.newPage();
    await page.goto(`${root}/`);
    expect((await runAxe(page)).violations).toEqual([]);
    const content = crawled.get(`${root}/`)!;
    const term =
      /<a class="dx-term"[^>]*>([^<]+)<\/a>/.exec([...crawled.values()].find((html) => html.includes('class="dx-term"')) ?? content)?.[1] ??
      'DX';
    await page.goto(`${root}/search/?q=${encodeURIComponent(term)}`);
    await page.waitForFunction(
      () => /件です|見つかりませんでした/.test(document.querySelector('.dx-search__status')?.textContent ?? ''),
      null,
      { timeout: 20_000 },
    );
    const links = await page.$$eval('.dx-search__results a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length, `no result for ${term}`).toBeGreaterThan(0);
    expect(links.filter((l) => !l.startsWith(BASE))).toEqual([]);
    const chartPage = [...crawled.keys()].find((url) => crawled.get(url)!.includes('<dx-chart'));
    if (chartPage) {
      await page.goto(chartPage);
      await page.locator('dx-chart').scrollIntoViewIfNeeded();
      await page.waitForSelector('dx-chart canvas', { timeout: 20_000 });
    }
    await context.close();
  }, 120_000);
});
