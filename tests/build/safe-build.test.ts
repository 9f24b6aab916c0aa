/**
 * `npm run build` (scripts/build.ts) never leaves a half-written or out-of-date site behind, and a
 * large dataset is published whole as downloads but previewed on its page in bounded size.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfFixtureContent, runNpmBuild, textOf } from './build-site.ts';
import { PREVIEW_ROWS } from '../../src/lib/open-data/preview-rows.ts';

const projectRoot = join(import.meta.dirname, '../..');

/** Runs `npm run build`'s script into `outDir` with the given content folder. */
const npmBuild = (outDir: string, contentDir: string) => runNpmBuild(outDir, { DX_CONTENT_DIR: contentDir });

/** A stale site from an earlier build, in a fresh parent folder. */
function staleSite(): { parent: string; outDir: string } {
  const parent = mkdtempSync(join(tmpdir(), 'dx-dist-'));
  const outDir = join(parent, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), '<p>stale</p>');
  return { parent, outDir };
}

const ROWS = 2_000;

/** The base fixture with a large dataset shown in chapter 1. */
function contentWithLargeDataset(): string {
  const content = copyOfFixtureContent();
  const plan = join(content, 'plans/sample-2026');
  mkdirSync(join(plan, 'datasets'));
  writeFileSync(join(plan, 'datasets.csv'), 'id,title,caption,source\nbig,大きな表,,\n');
  writeFileSync(
    join(plan, 'datasets/big.columns.csv'),
    'name,label,type,required,unit,description\nno,番号,integer,true,,行の番号。\nname,名前,text,true,,名前。\n',
  );
  writeFileSync(join(plan, 'datasets/big.csv'), `no,name\n${Array.from({ length: ROWS }, (_, i) => `${i + 1},行${i + 1}`).join('\n')}\n`);
  const chapter = join(plan, 'chapters/c1.md');
  writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n::dataset id=big\n`);
  return content;
}

describe('npm run build', () => {
  let good: ReturnType<typeof staleSite>;
  let goodRun: ReturnType<typeof npmBuild>;
  beforeAll(() => {
    good = staleSite();
    goodRun = npmBuild(good.outDir, contentWithLargeDataset());
  });

  it('replaces the previous site only when the build succeeded, leaving no temporary folder', () => {
    expect(goodRun.status, goodRun.stderr).toBe(0);
    expect(readFileSync(join(good.outDir, 'index.html'), 'utf8')).not.toContain('stale');
    expect(readdirSync(good.parent)).toEqual(['dist']);
  });

  it('writes the search index after Astro has exited, and says so (DEFER_SEARCH_INDEX)', () => {
    expect(goodRun.stdout).toContain('written after the build');
    expect(goodRun.stdout).toMatch(/search index: \d+ of \d+ HTML files, \d+ glossary records\n/);
    expect(existsSync(join(good.outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(good.outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('previews a large dataset on its page and publishes every row as a download', () => {
    const html = readFileSync(join(good.outDir, 'plans/sample-2026/chapters/c1/index.html'), 'utf8');
    expect(html.match(/<td class="dx-num"[^>]*>\d+<\/td>/g)).toHaveLength(PREVIEW_ROWS);
    expect(textOf(html)).toContain(`全 ${ROWS.toLocaleString('ja-JP')} 行のうち、最初の ${PREVIEW_ROWS} 行を表示しています。`);
    const csv = readFileSync(join(good.outDir, 'data/plans/sample-2026/dataset-big.csv'), 'utf8');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(ROWS + 1);
  });

  it('on bad content, removes the previous site and leaves nothing half-written', () => {
    const broken = copyOfFixtureContent();
    writeFileSync(join(broken, 'plans/sample-2026/goals.csv'), Buffer.from([0x69, 0x64, 0x0a, 0x96, 0xda, 0x95, 0x57, 0x0a]));
    const { parent, outDir } = staleSite();
    const run = npmBuild(outDir, broken);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('content/plans/sample-2026/goals.csv このファイルは Shift_JIS で保存されています');
    expect(run.stderr).toContain('古い内容を公開しないように、以前の dist/ も削除しました。');
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('removes the folders a killed build left, and says so', () => {
    const broken = copyOfFixtureContent();
    writeFileSync(join(broken, 'plans/sample-2026/goals.csv'), 'id\n');
    const { parent, outDir } = staleSite();
    // A pid that is not running: the build that made these was killed (SIGKILL) before it could clean up.
    mkdirSync(join(parent, '.dist.building-999999-1700000000000'));
    mkdirSync(join(parent, '.dist.previous-999999-1700000000000'));
    const run = npmBuild(outDir, broken);
    expect(run.stderr).toContain(
      '前回のサイトの作成は途中で止まっていました。残っていたフォルダ（.dist.building-999999-1700000000000、.dist.previous-999999-1700000000000）を削除し、作り直します。',
    );
    expect(readdirSync(parent)).toEqual([]);
  });

  it('interrupted (SIGTERM, as a CI timeout sends), stops Astro and leaves neither the old site nor a temporary folder', async () => {
    const { parent, outDir } = staleSite();
    const child = spawn(process.execPath, [join(projectRoot, 'scripts/build.ts'), outDir], {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', DX_CONTENT_DIR: copyOfFixtureContent() },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    await new Promise((done) => setTimeout(done, 2500));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(code).not.toBe(0);
    expect(stderr).toContain('作成が中断されました（SIGTERM）');
    expect(readdirSync(parent)).toEqual([]);
  }, 60_000);
});
