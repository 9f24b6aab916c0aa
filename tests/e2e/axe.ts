import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. No rule is disabled. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's source, to install once per browser context as an init script. (The
 * @axe-core/playwright builder re-injects axe on every call and finishes each run in a second,
 * blank page; measured here that made the whole-site pass about four times slower.)
 */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A violation: rule id and the elements it was found on. */
export interface AxeViolation {
  id: string;
  nodes: string[];
}

/** Runs axe in a page whose context has `axeSource` installed; returns the version and violations. */
export async function runAxe(page: Page): Promise<{ version: string; violations: AxeViolation[] }> {
  return page.evaluate(async (tags) => {
    const engine = (
      window as unknown as {
        axe: {
          version: string;
          run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await engine.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      version: engine.version,
      violations: result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    };
  }, AXE_TAGS);
}
