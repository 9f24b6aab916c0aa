/**
 * `npm run bench`: prints how fast the site builds and how heavy its pages are. Figures only —
 * no test asserts a timing. Measures:
 *  1. validation and build time of the real content (median of 3 builds);
 *  2. build time for synthetic content scaled from the real primary plan (1, 10, 50 plans), to
 *     show how cost grows with the number of plans and pages;
 *  3. bytes per page type (HTML, CSS, JS; raw and gzip) and load time, measured in Chromium;
 *  4. search: the search page's JavaScript before the first query, and the time from Enter to
 *     results for a first query and later ones (bench-search.ts).
 * `npm run bench -- search` builds once and measures search only; `npm run bench -- scale N` builds
 * the real plans plus synthetic ones up to N and prints one line (bench-scale.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { serveStatic } from './serve.ts';
import { benchSearch, launchBenchBrowser } from './bench-search.ts';
import { readContentFiles } from '../src/io/read-content-files.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';

const root = join(import.meta.dirname, '..');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function build(outDir: string, contentDir?: string): { ms: number; pages: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...(contentDir ? { DX_CONTENT_DIR: contentDir } : {}) },
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return { ms, pages: Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0) };
}

/** Real content plus `copies - 1` copies of the primary plan under new ids. */
function syntheticContent(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'dx-bench-content-'));
  cpSync(join(root, 'content'), dir, { recursive: true });
  const plansFile = join(dir, 'plans.csv');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(plansFile, 'utf8'), { header: true, skipEmptyLines: true });
  const primary = parsed.data.find((p) => p.is_primary === 'true')!;
  const rows = [...parsed.data];
  for (let i = 2; i <= copies; i++) {
    const id = `synthetic-${String(i).padStart(3, '0')}`;
    rows.push({ ...primary, id, title: `${primary.title}（合成 ${i}）`, is_primary: 'false' });
    cpSync(join(dir, 'plans', primary.id!), join(dir, 'plans', id), { recursive: true });
    // Indicators are "printed in" their own plan.
    const indicators = join(dir, 'plans', id, 'indicators.csv');
    writeFileSync(indicators, readFileSync(indicators, 'utf8').replaceAll(`,${primary.id},`, `,${id},`));
    // Notes about another plan's files are marked there, not in this copy.
    const corrections = join(dir, 'plans', id, 'corrections.csv');
    if (existsSync(corrections))
      writeFileSync(
        corrections,
        readFileSync(corrections, 'utf8')
          .split('\n')
          .filter((line) => !line.includes(',../'))
          .join('\n'),
      );
  }
  writeFileSync(plansFile, Papa.unparse(rows));
  return dir;
}

const args = process.argv.slice(2);
if (args[0] === 'scale-search') {
  if (!args[1]) throw new Error('usage: npm run bench -- scale-search DIR (a built site, e.g. kept by BENCH_KEEP=1)');
  const { benchScaleSearch } = await import('./bench-scale.ts');
  await benchScaleSearch(args[1]);
  process.exit(0);
}
if (args[0] === 'scale') {
  const total = Number(args[1]);
  if (!Number.isInteger(total) || total < 5) throw new Error('usage: npm run bench -- scale N (N ≥ 5, the real plans included)');
  const { benchScale } = await import('./bench-scale.ts');
  await benchScale(total);
  process.exit(0);
}
console.log(`# Benchmark — ${new Date().toISOString()}`);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);

/** 1. and 2.: validation and build times of the real content, then of scaled synthetic content. */
function benchBuilds(): void {
  // 1. Real content
  const files = readContentFiles(join(root, 'content'));
  const validations = Array.from({ length: 5 }, () => {
    const t = performance.now();
    validateContent(files);
    return performance.now() - t;
  });
  const realBuilds = Array.from({ length: 3 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'dx-bench-'));
    const r = build(out);
    rmSync(out, { recursive: true });
    return r;
  });
  console.log('## Real content');
  console.log(`validation of content/: ${median(validations).toFixed(1)} ms (median of 5)`);
  console.log(
    `astro build: ${(median(realBuilds.map((b) => b.ms)) / 1000).toFixed(2)} s for ${realBuilds[0]!.pages} pages (median of 3, includes starting Node and Astro)\n`,
  );

  // 2. Scaling
  console.log('## Scaling (copies of the primary plan)');
  console.log('| plans in the site | indicators | pages | build | per page |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const copies of [1, 10, 50]) {
    const content = syntheticContent(copies);
    const site = validateContent(readContentFiles(content)).site!;
    const out = mkdtempSync(join(tmpdir(), 'dx-bench-'));
    const result = build(out, content);
    console.log(
      `| ${site.plans.length} | ${site.plans.reduce((n, p) => n + p.indicators.length, 0)} | ${result.pages} | ${(result.ms / 1000).toFixed(2)} s | ${(result.ms / result.pages).toFixed(1)} ms |`,
    );
    rmSync(out, { recursive: true });
    rmSync(content, { recursive: true });
  }
}

/** 3.: bytes per page type and load time, in the browser. */
async function benchPages(browser: Browser, url: string, out: string): Promise<void> {
  const pageTypes: [string, string][] = [
    ['home', '/'],
    ['chapter (第3章)', '/plans/kitakami-2026/chapters/c3/'],
    ['goal', '/plans/kitakami-2026/goals/g3/'],
    ['indicator list', '/plans/kitakami-2026/indicators/'],
    ['indicator', '/plans/kitakami-2026/indicators/parenting-line-subscribers/'],
    ['previous results', '/plans/kitakami-2023/results/'],
    ['glossary', '/plans/kitakami-2026/glossary/'],
    ['column dictionary', '/data/columns/'],
  ];
  console.log('\n## Page weight and load time (Chromium, local server, cold cache per page)');
  console.log('| page type | HTML | HTML gzip | CSS gzip | JS gzip | requests | load (median of 5) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, path] of pageTypes) {
    const loads: number[] = [];
    let resources: { name: string; type: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url + path, { waitUntil: 'load' });
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          load: nav.loadEventEnd - nav.startTime,
          resources: performance
            .getEntriesByType('resource')
            .map((r) => ({ name: new URL(r.name).pathname, type: (r as PerformanceResourceTiming).initiatorType })),
        };
      });
      loads.push(timing.load);
      resources = timing.resources;
      await context.close();
    }
    const fileOf = (p: string) => readFileSync(join(out, p.endsWith('/') ? `${p}index.html` : p));
    const html = fileOf(path);
    const gz = (type: RegExp) => resources.filter((r) => type.test(r.name)).reduce((n, r) => n + gzipSync(fileOf(r.name)).length, 0);
    console.log(
      `| ${name} | ${kb(html.length)} | ${kb(gzipSync(html).length)} | ${kb(gz(/\.css$/))} | ${kb(gz(/\.m?js$/))} | ${resources.length + 1} | ${median(loads).toFixed(0)} ms |`,
    );
  }
}

const searchOnly = args.includes('search');
if (!searchOnly) benchBuilds();
const out = mkdtempSync(join(tmpdir(), 'dx-bench-'));
build(out);
const { server, url } = await serveStatic(out);
const browser = await launchBenchBrowser();
if (!searchOnly) await benchPages(browser, url, out);
// 4. Search
await benchSearch(browser, url, out);
await browser.close();
server.close();
rmSync(out, { recursive: true });
