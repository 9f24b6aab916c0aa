import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(root, script), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

it('lints every .ts, .mjs, .js and .astro file (ESLint: the recommended JavaScript, TypeScript and Astro rules, eslint.config.js)', () => {
  const result = run('node_modules/eslint/bin/eslint.js', ['--max-warnings', '0', '.']);
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
});

it("is formatted (Prettier with prettier-plugin-astro, .prettierrc.yaml; the city's content/ is not reflowed, see .prettierignore)", () => {
  const result = run('node_modules/prettier/bin/prettier.cjs', ['--check', '.']);
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
});
