/**
 * What a keyboard user meets: the skip link and the tab order header → main → footer. (Focus
 * visibility on every element of every page is checked in site-audit.test.ts.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, withPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const desktop = { viewport: { width: 1280, height: 900 } };

/** Where the focused element is: the landmark it belongs to. */
const focusedRegion = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'none';
    if (el.classList.contains('dx-skip-link')) return 'skip';
    if (el.closest('header')) return 'header';
    if (el.closest('.dx-status-banner')) return 'banner-note';
    if (el.closest('.dx-breadcrumbs')) return 'breadcrumbs';
    if (el.closest('main')) return 'main';
    if (el.closest('footer')) return 'footer';
    return `other:${el.tagName}`;
  });

describe('keyboard', () => {
  it('the first Tab reaches the skip link, and it moves focus to the main content', async () => {
    await withPage(browser, '/plans/kitakami-2026/chapters/c1/', desktop, async (page) => {
      await page.keyboard.press('Tab');
      expect(await focusedRegion(page)).toBe('skip');
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).top)).not.toMatch(/^-/);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      expect(await focusedRegion(page)).toBe('main');
    });
  });

  it.each(['/', '/plans/kitakami-2026/chapters/c3/', '/plans/kitakami-2026/indicators/', '/plans/kitakami-2026/glossary/'])(
    'tab order on %s goes skip link → header → breadcrumbs → main → footer',
    async (path) => {
      await withPage(browser, path, desktop, async (page) => {
        const order = ['skip', 'header', 'breadcrumbs', 'main', 'footer'];
        const seen: string[] = [];
        for (let i = 0; i < 400; i++) {
          await page.keyboard.press('Tab');
          const region = await focusedRegion(page);
          if (region === 'none' || (seen.length > 0 && region === 'skip')) break;
          if (seen.at(-1) !== region) seen.push(region);
        }
        expect(
          seen.every((r) => order.includes(r)),
          seen.join(' → '),
        ).toBe(true);
        expect(seen.map((r) => order.indexOf(r))).toEqual([...seen.map((r) => order.indexOf(r))].sort((a, b) => a - b));
        expect(seen).toContain('main');
        expect(seen.at(-1)).toBe('footer');
      });
    },
    60_000,
  );
});
