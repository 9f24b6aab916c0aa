/**
 * `npm run build`: builds the site with Astro into a temporary folder beside the output folder
 * (`dist/`, or the folder given as the first argument) and swaps it in only when the build
 * succeeded. A failed or crashed build leaves no half-written site, and removes the previous one
 * too, so that `npm run serve` cannot present an out-of-date site as if it were current.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const outDir = resolve(root, process.argv[2] ?? 'dist');
const stamp = `${process.pid}-${Date.now()}`;
const building = join(dirname(outDir), `.${basename(outDir)}.building-${stamp}`);
const previous = join(dirname(outDir), `.${basename(outDir)}.previous-${stamp}`);

const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', building], {
  cwd: root,
  stdio: 'inherit',
});

if (astro.status !== 0) {
  rmSync(building, { recursive: true, force: true });
  const removed = existsSync(outDir);
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    `\nサイトは作成されませんでした（上の表示を見てください）。${removed ? `古い内容を公開しないように、以前の ${basename(outDir)}/ も削除しました。` : ''}`,
  );
  process.exit(astro.status ?? 1);
}
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(building, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`サイトを ${outDir} に作成しました。`);
