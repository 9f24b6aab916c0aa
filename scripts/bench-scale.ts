/**
 * `npm run bench -- scale N`: builds a site of the five real plans plus synthetic plans up to N in
 * all (bench-synthetic.ts; a temporary content folder read through DX_CONTENT_DIR) and prints one
 * line whose format stays stable:
 *
 *   scale: N plans, P pages, B s build, M ms/page, R MB peak RSS, I MB search index, Q ms first query, L KB largest page
 *
 * B is the wall time of `astro build` (Node and Astro start-up included); R the peak resident memory
 * of the largest process of the build (GNU time's maximum RSS: the Node build or Pagefind); I the
 * bytes of the Pagefind output (`/pagefind/`); Q the median over three fresh pages of the time from
 * Enter to results for a first query on the search page, in Chromium; L the largest HTML file
 * (named on the line after, with the build's CPU time, the data a first query downloads and the
 * load average).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.ts';
import { timeQuery } from './bench-search.ts';
import { syntheticPlans } from './bench-synthetic.ts';

const root = join(import.meta.dirname, '..');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Every file under `dir` with its size. */
function files(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path, bytes: statSync(path).size };
    });
}

/** Builds the site of `total` plans, measures it and prints the scale line. */
export async function benchScale(total: number): Promise<void> {
  const content = syntheticPlans(root, total);
  const out = mkdtempSync(join(tmpdir(), 'dx-bench-scale-out-'));
  const load = loadavg()[0]!;
  const started = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', 'peak-rss-kb=%M cpu-s=%U+%S', process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1024 ** 3,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', DX_CONTENT_DIR: content, SITE_PLANS: '' },
    },
  );
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-5000)}\n${result.stderr.slice(-5000)}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  const rssMb = Number(/peak-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  // CPU time (user + system) of the build's main process and the children it waited for: on a shared
  // machine the wall time follows the load, the CPU time much less.
  const cpu = /cpu-s=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
  const built = files(out);
  const indexMb = built.filter((f) => relative(out, f.path).startsWith('pagefind/')).reduce((n, f) => n + f.bytes, 0) / 1024 ** 2;
  const largest = built.filter((f) => f.path.endsWith('.html')).reduce((a, b) => (b.bytes > a.bytes ? b : a));

  const { server, url } = await serveStatic(out);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const firsts: number[] = [];
  const fetched: number[] = [];
  for (const query of ['校務', 'マイナンバーカード', '生成AI']) {
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
    bytes = 0;
    firsts.push((await timeQuery(page, query)).ms);
    await page.waitForLoadState('networkidle');
    fetched.push(bytes);
    await context.close();
  }
  await browser.close();
  server.close();

  console.log(
    `scale: ${total} plans, ${pages} pages, ${(ms / 1000).toFixed(1)} s build, ${(ms / pages).toFixed(1)} ms/page, ${rssMb.toFixed(0)} MB peak RSS, ${indexMb.toFixed(1)} MB search index, ${median(firsts).toFixed(0)} ms first query, ${(largest.bytes / 1024).toFixed(0)} KB largest page`,
  );
  console.log(
    `  largest page: /${relative(out, largest.path)}; build CPU ${cpuSeconds.toFixed(1)} s (${((cpuSeconds * 1000) / pages).toFixed(1)} ms/page); first query downloads ${(median(fetched) / 1024).toFixed(0)} KB; load average ${load.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end (${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'} cores)`,
  );
  rmSync(out, { recursive: true });
  rmSync(content, { recursive: true });
}
