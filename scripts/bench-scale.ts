/**
 * `npm run bench -- scale N`: builds a site of the five real plans plus synthetic plans up to N in
 * all (bench-synthetic.ts; a temporary content folder read through DX_CONTENT_DIR) and prints one
 * line whose format stays stable:
 *
 *   scale: N plans, P pages, B s build, M ms/page, R MB peak RSS, I MB search index, Q ms first query, L KB largest page
 *
 * B is the wall time of `npm run build` (scripts/build.ts: Astro, then the search index; Node start-up
 * included); R the peak resident memory of the build: the larger of GNU time's maximum RSS of one
 * process and the peak of the whole process tree's summed RSS (Node, Astro and Pagefind, sampled every
 * 0.5 s); I the bytes of the Pagefind output (`/pagefind/`, and `/pagefind-2/` … when the index is in
 * parts); Q the median over three fresh pages of the time from Enter to results for a first query on the search page, in Chromium; L the largest HTML file
 * (named on the line after, with the build's CPU time, the data a first query downloads, the time of
 * a warm query (the median of later queries on the same pages), the same figures scoped to 岩手県
 * (`?pref=`), and the load average).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { serveStatic } from './serve.ts';
import { launchBenchBrowser, timeSession, type TimedSession } from './bench-search.ts';
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

/**
 * The search figures of a built site, in Chromium: three fresh search pages, each a first query then
 * the two other queries warm; the same again scoped to 岩手県 (the prefecture of four of the five real
 * plans), as a reader of one prefecture searches.
 */
export async function searchFigures(out: string) {
  const { server, url } = await serveStatic(out);
  const browser = await launchBenchBrowser();
  const queries = ['校務', 'マイナンバーカード', '生成AI'];
  const warmOf = (q: string) => queries.filter((other) => other !== q);
  const sessions: TimedSession[] = [];
  for (const query of queries) sessions.push(await timeSession(browser, url, query, warmOf(query)));
  const scope = `pref=${encodeURIComponent('岩手県')}`;
  const scoped: TimedSession[] = [];
  for (const query of queries) scoped.push(await timeSession(browser, url, query, warmOf(query), scope));
  await browser.close();
  server.close();
  return { firsts: sessions.map((s) => s.first), fetched: sessions.map((s) => s.firstBytes), sessions, scoped };
}

/** Prints the search figures of a site already built (`npm run bench -- scale-search DIR`, e.g. one kept with BENCH_KEEP=1). */
export async function benchScaleSearch(out: string): Promise<void> {
  const { firsts, fetched, sessions, scoped } = await searchFigures(out);
  console.log(
    `search: ${median(firsts).toFixed(0)} ms first query, ${(median(fetched) / 1024).toFixed(0)} KB downloaded; warm query ${median(sessions.flatMap((x) => x.warm)).toFixed(0)} ms; in 岩手県: first query ${median(scoped.map((x) => x.first)).toFixed(0)} ms, ${(median(scoped.map((x) => x.firstBytes)) / 1024).toFixed(0)} KB, warm ${median(scoped.flatMap((x) => x.warm)).toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
  );
}

/** Builds the site of `total` plans, measures it and prints the scale line. */
export async function benchScale(total: number): Promise<void> {
  const content = syntheticPlans(root, total);
  const out = mkdtempSync(join(tmpdir(), 'dx-bench-scale-out-'));
  const load = loadavg()[0]!;
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'peak-rss-kb=%M cpu-s=%U+%S', process.execPath, join(root, 'scripts/build.ts'), out], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', DX_CONTENT_DIR: content, SITE_PLANS: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // GNU time sees the Node process only; Pagefind runs as its child and can hold more memory than the
  // build itself, so the tree's resident memory is also summed twice a second and its peak kept.
  let treePeakKb = 0;
  const sampler = setInterval(() => {
    const table = spawnSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' }).stdout;
    const rows = table
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
    const inTree = new Set([child.pid!]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, ppid] of rows)
        if (inTree.has(ppid) && !inTree.has(pid)) {
          inTree.add(pid);
          grew = true;
        }
    }
    treePeakKb = Math.max(
      treePeakKb,
      rows.filter(([pid]) => inTree.has(pid)).reduce((n, [, , rss]) => n + rss, 0),
    );
  }, 500);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const ms = performance.now() - started;
  const result = { status, stdout, stderr };
  if (status !== 0) {
    // The build's own words, and the figures it reached (a long run should say how far it got and why it stopped).
    console.error(`${stdout.split('\n').slice(-40).join('\n')}\n${stderr.split('\n').slice(-40).join('\n')}`);
    throw new Error(
      `build of ${total} plans failed (exit ${status}) after ${(ms / 1000).toFixed(1)} s, peak RSS ${(treePeakKb / 1024).toFixed(0)} MB (tree); content kept in ${content}`,
    );
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  const rssMb = Math.max(Number(/peak-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? 0), treePeakKb) / 1024;
  // CPU time (user + system) of the build's Node processes (scripts/build.ts and Astro; Pagefind's own
  // is not counted): on a shared machine the wall time follows the load, the CPU time much less.
  const cpu = /cpu-s=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
  const built = files(out);
  // Every part of the index (`pagefind/`, `pagefind-2/` …, search-shards.ts).
  const indexFiles = built.filter((f) => /^pagefind(-\d+)?\//.test(relative(out, f.path)));
  const indexMb = indexFiles.reduce((n, f) => n + f.bytes, 0) / 1024 ** 2;
  const parts = new Set(indexFiles.map((f) => relative(out, f.path).split('/')[0])).size;
  const largest = built.filter((f) => f.path.endsWith('.html')).reduce((a, b) => (b.bytes > a.bytes ? b : a));
  // The build's figures first, so a long run keeps them even if the browser part fails.
  console.log(
    `  build: ${pages} pages, ${(ms / 1000).toFixed(1)} s, ${rssMb.toFixed(0)} MB peak RSS, CPU ${cpuSeconds.toFixed(1)} s, ${indexMb.toFixed(1)} MB index in ${parts} part(s), largest /${relative(out, largest.path)} ${(largest.bytes / 1024).toFixed(0)} KB, output ${out}`,
  );

  const { firsts, fetched, sessions, scoped } = await searchFigures(out);

  console.log(
    `scale: ${total} plans, ${pages} pages, ${(ms / 1000).toFixed(1)} s build, ${(ms / pages).toFixed(1)} ms/page, ${rssMb.toFixed(0)} MB peak RSS, ${indexMb.toFixed(1)} MB search index, ${median(firsts).toFixed(0)} ms first query, ${(largest.bytes / 1024).toFixed(0)} KB largest page`,
  );
  console.log(
    `  largest page: /${relative(out, largest.path)}; build CPU ${cpuSeconds.toFixed(1)} s (${((cpuSeconds * 1000) / pages).toFixed(1)} ms/page); first query downloads ${(median(fetched) / 1024).toFixed(0)} KB; warm query ${median(sessions.flatMap((x) => x.warm)).toFixed(0)} ms; in 岩手県: first query ${median(scoped.map((x) => x.first)).toFixed(0)} ms, ${(median(scoped.map((x) => x.firstBytes)) / 1024).toFixed(0)} KB, warm ${median(scoped.flatMap((x) => x.warm)).toFixed(0)} ms; load average ${load.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end (${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'} cores)`,
  );
  // BENCH_KEEP=1 keeps the built site and the content (to measure them again without a rebuild).
  if (process.env.BENCH_KEEP === '1') console.log(`  kept: ${out} (site), ${content} (content)`);
  else {
    rmSync(out, { recursive: true });
    rmSync(content, { recursive: true });
  }
}
