import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { beforeAll } from 'vitest';
import Papa from 'papaparse';

const projectRoot = join(import.meta.dirname, '../..');

/** The outcome of an `astro build` run from a test. */
export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * The environment for a child Astro process: the variables Vitest sets (NODE_ENV=test, BASE_URL=/,
 * VITEST…) removed, since Astro and Vite read them too (the base path would be ignored, and the dev
 * server would route nothing).
 */
const VITEST_VARIABLES = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);

export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const own = Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.has(name) && !name.startsWith('VITEST'));
  return { ...Object.fromEntries(own), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}

/**
 * Runs `astro build` into a fresh temporary folder, optionally from another content folder
 * (DX_CONTENT_DIR) and with deployment variables (SITE_URL, BASE_PATH, SITE_PLANS), and returns its
 * exit status and everything it printed.
 */
export function buildSite(contentDir?: string, env: Record<string, string> = {}): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), 'dx-build-'));
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: astroEnv({ ...(contentDir ? { DX_CONTENT_DIR: contentDir } : {}), ...env }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/**
 * Runs `npm run build`'s script (scripts/build.ts: Astro, then the search index written two parts at a
 * time) into `outDir`, with the given variables (DX_CONTENT_DIR, SEARCH_PLANS_PER_SHARD …).
 */
export function runNpmBuild(outDir: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(projectRoot, 'scripts/build.ts'), outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: astroEnv(env),
  });
}

/** A writable copy of the base fixture's content folder, to break on purpose. */
export function copyOfFixtureContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dx-content-'));
  cpSync(join(projectRoot, 'tests/fixtures/base/content'), dir, { recursive: true });
  return dir;
}

/** Every file under a folder, as paths relative to it with `/` between folders. */
export function filesUnder(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files;
}

/** Every built HTML page, as path (relative to the output folder) → HTML. */
export function builtPages(outDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.set(relative(outDir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(outDir);
  return pages;
}

/** The visible text of an HTML string (tags removed, entities decoded), for content checks. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** A site built from prepared fixture content, filled in by `beforeAll`. */
export interface FixtureSite {
  build: BuildResult;
  pages: Map<string, string>;
  /** Visible text of a built page (path relative to the output folder). */
  text: (path: string) => string;
}

/**
 * Builds a copy of the base fixture, changed by `prepare`, in the enclosing `describe`'s
 * `beforeAll` — never while Vitest collects the tests, so a filtered run builds nothing.
 */
export function fixtureSite(prepare: (contentDir: string) => void): FixtureSite {
  const site = {} as FixtureSite;
  beforeAll(() => {
    const content = copyOfFixtureContent();
    prepare(content);
    site.build = buildSite(content);
    site.pages = builtPages(site.build.outDir);
    site.text = (path) => textOf(site.pages.get(path)!);
  });
  return site;
}

/**
 * Every cell of every published CSV (`<outDir>/data/**.csv`) that a spreadsheet would run as a
 * formula: one starting with = + - @ (also after spaces or their full-width forms) or a control
 * character, other than a plain number. Written independently of src/lib/csv/formula-safe.ts.
 */
export function formulaCells(outDir: string): string[] {
  const dataDir = join(outDir, 'data');
  const found: string[] = [];
  for (const path of readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.csv'))) {
    const rows = Papa.parse<string[]>(new TextDecoder().decode(readFileSync(join(dataDir, path))), { skipEmptyLines: true }).data;
    for (const cell of rows.flat())
      if (/^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r\n\0]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))
        found.push(`${path}: ${JSON.stringify(cell)}`);
  }
  return found;
}
