/**
 * A chapter prints like the document: its text, without navigation chrome. Rendered to PDF by
 * Chromium and read back with pdftotext (Debian's poppler-utils, installed by .ci/run).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, withPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('prints chapter 5 with its text and tables and without navigation', async () => {
  if (!existsSync('/usr/bin/pdftotext'))
    throw new Error('pdftotext was not found: install it with `apt-get install -y poppler-utils` (.ci/run does this).');
  const pdf = await withPage(browser, '/plans/kitakami-2026/chapters/c5/', {}, (page) => page.pdf({ format: 'A4', printBackground: true }));
  const file = join(mkdtempSync(join(tmpdir(), 'dx-print-')), 'c5.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('第5章成果指標');
  expect(text).toContain('子育てLINEの登録者数');
  expect(text).toContain('3,096人');
  expect(text).toContain('第4章で掲げた4つの基本目標ごとに');
  // The marker of a transcription note prints beside the wording it is about.
  // (pdftotext may move the bracket of the small raised text.)
  expect(text).toMatch(/DXによるスマート子育て・学びの環境の実現\[?原文ママ\[?14\]/);
  for (const chrome of ['本文へ移動', 'サイト内の主なページ', '前計画の達成状況', 'このサイトについて', 'この章の内容', '次の章']) {
    expect(text).not.toContain(chrome);
  }
}, 60_000);

it('print styles keep table rows whole and show external link addresses', async () => {
  const rules = await withPage(browser, '/plans/kitakami-2026/chapters/c3/', {}, async (page) => {
    await page.emulateMedia({ media: 'print' });
    return page.evaluate(() => ({
      row: getComputedStyle(document.querySelector('main tr')!).breakInside,
      header: getComputedStyle(document.querySelector('body > header')!).display,
      footer: getComputedStyle(document.querySelector('body > footer')!).display,
      externalAfter: [...document.styleSheets]
        .flatMap((s) => [...s.cssRules])
        .some((r) => r.cssText.includes('a[href^="http"]::after') && r.cssText.includes('attr(href)')),
    }));
  });
  expect(rules).toEqual({ row: 'avoid', header: 'none', footer: 'none', externalAfter: true });
});
