import type { Page } from 'playwright-core';
import { squeezedText } from './squeezed-text.ts';
import { touchTargetProblems } from './touch-targets.ts';

/** The header (site name, menu, search, status headline) leaves most of a phone's first screen to the page. */
export const MAX_HEADER_HEIGHT = 230;

/** What a reader on a phone meets on one page. */
export interface PhoneFindings {
  squeezed: string[];
  targets: string[];
  height: number;
  header: number;
}

/**
 * Measures the open page as a phone reader meets it: squeezed text (narrower than 4 characters a line),
 * touch targets, page and header height. Call it last in a visit: the squeezed-text check opens every
 * <details> to measure what is inside.
 */
export async function phoneFindings(page: Page): Promise<PhoneFindings> {
  return {
    height: await page.evaluate(() => document.documentElement.scrollHeight),
    // Embeddable views have no header (0).
    header: await page.evaluate(() => document.querySelector('body > header')?.getBoundingClientRect().height ?? 0),
    targets: await page.evaluate(touchTargetProblems),
    squeezed: await page.evaluate(squeezedText, 4),
  };
}
