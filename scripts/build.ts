/**
 * `npm run build`: builds the site with Astro into a temporary folder beside the output folder
 * (`dist/`, or the folder given as the first argument) and swaps it in only when the build
 * succeeded. A failed, crashed or interrupted build (Ctrl+C, a CI timeout, `kill`) leaves no
 * half-written site, and removes the previous one too, so that `npm run serve` cannot present an
 * out-of-date site as if it were current. A build killed too hard to clean up (SIGKILL, a power cut)
 * leaves its `.dist.building-*` folder: `npm run serve` refuses to start beside it, and the next
 * build removes it and says so.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFER_SEARCH_INDEX, writeSearchIndex } from '../src/io/search-index-writer.ts';

const root = join(import.meta.dirname, '..');
const outDir = resolve(root, process.argv[2] ?? 'dist');
const stamp = `${process.pid}-${Date.now()}`;
const building = join(dirname(outDir), `.${basename(outDir)}.building-${stamp}`);
const previous = join(dirname(outDir), `.${basename(outDir)}.previous-${stamp}`);

/** Whether a process id is alive (a build still running beside this one). */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

// Folders an earlier build left when it was killed: its output may be missing, and dist/ is older than the content.
const leftovers = existsSync(dirname(outDir))
  ? readdirSync(dirname(outDir)).filter((name) =>
      new RegExp(`^\\.${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|previous)-\\d+-\\d+$`).test(name),
    )
  : [];
const running = leftovers.filter((name) => alive(Number(/-(\d+)-\d+$/.exec(name)![1])) && name.includes('.building-'));
if (running.length > 0) {
  console.error(`別のサイトの作成が実行中です（${running.join('、')}）。終わってから、もう一度実行してください。`);
  process.exit(1);
}
if (leftovers.length > 0) {
  for (const name of leftovers) rmSync(join(dirname(outDir), name), { recursive: true, force: true });
  console.warn(`前回のサイトの作成は途中で止まっていました。残っていたフォルダ（${leftovers.join('、')}）を削除し、作り直します。`);
}

// The search index is written after Astro has exited, with Astro's memory free for Pagefind: Astro's
// integration leaves its spec here (src/integrations/search-index.ts).
const specDir = mkdtempSync(join(tmpdir(), 'dx-search-spec-'));
const specFile = join(specDir, 'spec.json');
const astro = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', building], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, [DEFER_SEARCH_INDEX]: specFile },
});

/** Removes the half-built site and the previous one (never presented as current), says why, and exits. */
function fail(reason: string, status: number): never {
  rmSync(specDir, { recursive: true, force: true });
  rmSync(building, { recursive: true, force: true });
  const removed = existsSync(outDir);
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    `\nサイトは作成されませんでした（${reason}）。${removed ? `古い内容を公開しないように、以前の ${basename(outDir)}/ も削除しました。` : ''}`,
  );
  process.exit(status);
}

// Ctrl+C, a CI timeout or `kill`: stop Astro (or the indexing), then clean up as for any failed build.
let interrupted: NodeJS.Signals | null = null;
let indexing = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    interrupted = signal;
    if (indexing) fail(`作成が中断されました（${signal}）`, 1);
    astro.kill(signal);
  });
const status = await new Promise<number>((done) => astro.on('exit', (code) => done(code ?? 1)));

if (status !== 0 || interrupted !== null)
  fail(interrupted !== null ? `作成が中断されました（${interrupted}）` : '上の表示を見てください', status === 0 ? 1 : status);

indexing = true;
try {
  const spec = JSON.parse(readFileSync(specFile, 'utf8'));
  console.log(await writeSearchIndex(building, spec));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  fail('検索の索引を作れませんでした。上の表示を見てください', 1);
}
rmSync(specDir, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(building, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`サイトを ${outDir} に作成しました。`);
