/**
 * Glossary terms in chapter text: the link's tooltip (reading and short definition) appears on
 * hover and on keyboard focus, is announced as its description, and Escape dismisses it
 * (WCAG 1.4.13). Without JavaScript or CSS the term is still a plain link to its entry.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openRecordingPage, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('shows the tip on focus and hover, ties it by aria-describedby, and hides it on Escape', async () => {
  const { context, page } = await openRecordingPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(siteUrl('/plans/kitakami-2026/chapters/c1/'));
  const term = page.locator('#purpose-p2 a.dx-term').first();
  expect(await term.textContent()).toBe('生成AI');
  const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  expect(await tip.isVisible()).toBe(false);
  await page.keyboard.press('Tab');
  await term.focus();
  expect(await tip.isVisible()).toBe(true);
  expect(await tip.textContent()).toBe(
    '生成 AI：学習した膨大なデータを基に、利用者の指示に応じて文章、画像、プログラムコードなどの新しいコンテンツを自律的に生成できる人工知能。',
  );
  await page.keyboard.press('Escape');
  expect(await tip.isVisible()).toBe(false);
  await page.locator('h1').hover();
  await term.hover();
  expect(await tip.isVisible()).toBe(true);
  expect(await term.getAttribute('href')).toBe('/plans/kitakami-2026/glossary/#term-generative-ai');
  await context.close();
});

it('links a term only once per section, and never in headings or data tables', async () => {
  const { context, page } = await openRecordingPage(browser, {});
  await page.goto(siteUrl('/plans/kitakami-2026/chapters/c7/'));
  const counts = await page.evaluate(() => {
    const perSection = new Map<string, string[]>();
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a.dx-term')) {
      const section = link.closest('[id]')!.id.replace(/-(p|list)\d+.*$/, '');
      perSection.set(section, [...(perSection.get(section) ?? []), link.getAttribute('href')!]);
    }
    return {
      duplicates: [...perSection.values()].filter((hrefs) => new Set(hrefs).size !== hrefs.length).length,
      inHeadings: document.querySelectorAll('h1 a.dx-term, h2 a.dx-term, h3 a.dx-term, h4 a.dx-term').length,
      inTables: document.querySelectorAll('table a.dx-term').length,
      total: document.querySelectorAll('a.dx-term').length,
    };
  });
  expect(counts).toMatchObject({ duplicates: 0, inHeadings: 0, inTables: 0 });
  expect(counts.total).toBeGreaterThan(3);
  await context.close();
});
