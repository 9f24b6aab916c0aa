/**
 * The clerk's live preview: `astro dev` on a copy of the content, an open page in the browser, and
 * the edits a clerk makes — a CSV cell, a chapter sentence, a mistake and its fix.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, copyOfFixtureContent } from '../build/build-site.ts';
import { launchBrowser } from './browser.ts';

const projectRoot = join(import.meta.dirname, '../..');

/** A free TCP port on 127.0.0.1. */
const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** Text of the dev server's error overlay, or '' when there is none. */
const overlayText = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('div') as HTMLElement | null)?.innerText ?? '',
  );

let dev: ChildProcess;
let browser: Browser;
let base = '';
const content = copyOfFixtureContent();
const file = (path: string) => join(content, path);

beforeAll(async () => {
  const port = await freePort();
  dev = spawn(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: projectRoot,
      env: astroEnv({ DX_CONTENT_DIR: content }),
      stdio: 'ignore',
    },
  );
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((done) => setTimeout(done, 500));
  }
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
});

describe('npm run dev', () => {
  it('shows a saved CSV edit in the open page within seconds, without a manual reload', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/plans/sample-2026/goals/g1/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('子育ての目標');
    writeFileSync(
      file('plans/sample-2026/goals.csv'),
      readFileSync(file('plans/sample-2026/goals.csv'), 'utf8').replace('子育ての目標', '子育て支援の目標'),
    );
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('子育て支援の目標'), undefined, {
      timeout: 10_000,
    });
    await page.close();
  });

  it('shows a saved chapter edit', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/plans/sample-2026/chapters/c1/`);
    writeFileSync(
      file('plans/sample-2026/chapters/c1.md'),
      readFileSync(file('plans/sample-2026/chapters/c1.md'), 'utf8').replace('本計画は見本です', '本計画は書き直した見本です'),
    );
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('本計画は書き直した見本です'), undefined, {
      timeout: 10_000,
    });
    await page.close();
  });

  it('shows a validation problem in the error overlay with file:line:column, and clears it once fixed', async () => {
    const observations = file('plans/sample-2026/observations.csv');
    const original = readFileSync(observations, 'utf8');
    const page = await browser.newPage();
    await page.goto(`${base}/plans/sample-2026/goals/g1/`);
    appendFileSync(observations, 'line-users,2026,actual,"3,600",\n');
    await expect
      .poll(() => overlayText(page), { timeout: 10_000 })
      .toContain(
        'コンテンツに 1 件の問題があります。ページを表示できません。\n  content/plans/sample-2026/observations.csv:6:4 列 value: 「3,600」に桁区切りのカンマが含まれています — カンマを取って 3600 と書いてください [thousands-separator]',
      );
    writeFileSync(observations, original);
    await expect.poll(() => overlayText(page), { timeout: 10_000 }).toBe('');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('子育て支援の目標'), undefined, {
      timeout: 10_000,
    });
    await page.close();
  });
});
