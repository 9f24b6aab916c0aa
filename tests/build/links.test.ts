/**
 * Crawls the built site's files: every internal link, anchor and asset must exist.
 * Fails listing each broken link with the page it is on.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { builtPages } from './build-site.ts';

it('has no broken internal link, anchor or asset', () => {
  const outDir = inject('outDir');
  const pages = builtPages(outDir);
  const ids = new Map([...pages].map(([file, html]) => [file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));
  const broken: string[] = [];
  let checked = 0;
  for (const [file, html] of pages) {
    const here = `/${file.replace(/index\.html$/, '')}`;
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = match[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|data:)/.test(raw)) continue;
      checked++;
      const url = new URL(raw, `http://site${here}`);
      const path = decodeURIComponent(url.pathname);
      const target = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
      if (!existsSync(join(outDir, target))) {
        broken.push(`${here} → ${raw} (no file ${target})`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids.get(target)?.has(anchor)) broken.push(`${here} → ${raw} (no id "${anchor}" in ${target})`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(500);
});
