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

/**
 * Opens a page and waits until its Vite client is connected to the dev server, as a clerk's open
 * tab is long before they save: an edit saved in the instant between the page's load and that
 * connection would send its reload to nobody.
 */
const openConnected = async (path: string) => {
  const page = await browser.newPage();
  const connected = new Promise<void>((done) =>
    page.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => {
        if (String(payload).includes('"connected"')) done();
      }),
    ),
  );
  await page.goto(`${base}${path}`);
  await connected;
  return page;
};

/** Waits up to 10 s for `text` in the page's `selector`; on time-out, fails with the dev server's last output. */
const waitForText = async (page: Page, selector: string, text: string) => {
  try {
    await page.waitForFunction(
      ({ s, t }) => document.querySelector(s)?.textContent?.includes(t),
      { s: selector, t: text },
      { timeout: 10_000 },
    );
  } catch (error) {
    throw new Error(`${selector} never showed 「${text}」. The dev server's last output:\n${log.slice(-3000)}`, { cause: error });
  }
};

/** Text of the dev server's error overlay, or '' when there is none. */
const overlayText = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('div') as HTMLElement | null)?.innerText ?? '',
  );

let dev: ChildProcess;
/** What the dev server printed, shown when a page does not update (the reason is usually there). */
let log = '';
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
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  dev.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((done) => setTimeout(done, 500));
  }
  // The loader starts watching the content folder once the first page has been served; until the
  // watcher has read the folder, a save is not seen. Re-save an unchanged file until the loader
  // reports that it validated the folder again (its 「content OK」 line, without the start-up counts).
  const site = file('plans.csv');
  for (let i = 0; i < 120 && !/content OK\s*$/m.test(log); i++) {
    writeFileSync(site, readFileSync(site));
    await new Promise((done) => setTimeout(done, 500));
  }
  expect(log).toMatch(/content OK\s*$/m);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
});

describe('npm run dev', () => {
  it('shows a saved CSV edit in the open page within seconds, without a manual reload', async () => {
    const page = await openConnected('/plans/sample-2026/goals/g1/');
    await expect(page.locator('h1').textContent()).resolves.toContain('子育ての目標');
    writeFileSync(
      file('plans/sample-2026/goals.csv'),
      readFileSync(file('plans/sample-2026/goals.csv'), 'utf8').replace('子育ての目標', '子育て支援の目標'),
    );
    await waitForText(page, 'h1', '子育て支援の目標');
    await page.close();
  });

  it('shows a saved chapter edit', async () => {
    const page = await openConnected('/plans/sample-2026/chapters/c1/');
    writeFileSync(
      file('plans/sample-2026/chapters/c1.md'),
      readFileSync(file('plans/sample-2026/chapters/c1.md'), 'utf8').replace('本計画は見本です', '本計画は書き直した見本です'),
    );
    await waitForText(page, 'main', '本計画は書き直した見本です');
    await page.close();
  });

  it('shows a validation problem in the error overlay with file:line:column, and clears it once fixed', async () => {
    const observations = file('plans/sample-2026/observations.csv');
    const original = readFileSync(observations, 'utf8');
    const page = await openConnected('/plans/sample-2026/goals/g1/');
    appendFileSync(observations, 'line-users,2026,actual,"3,600",\n');
    await expect
      .poll(() => overlayText(page), { timeout: 10_000 })
      .toContain(
        'コンテンツに 1 件の問題があります。ページを表示できません。\n  content/plans/sample-2026/observations.csv:6:4 列 value: 「3,600」に桁区切りのカンマが含まれています — カンマを取って 3600 と書いてください [thousands-separator]',
      );
    writeFileSync(observations, original);
    await expect.poll(() => overlayText(page), { timeout: 10_000 }).toBe('');
    await waitForText(page, 'h1', '子育て支援の目標');
    await page.close();
  });
});
