import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { getSite } from '../io/site.ts';
import { NOT_INDEXED_SELECTORS } from '../lib/search/not-indexed.ts';
import { indexHtml } from '../lib/search/index-html.ts';
import { withPrefectureFilter } from '../lib/search/search-scope.ts';
import { termRecords } from '../lib/search/term-records.ts';

/**
 * Builds the Pagefind search index at the end of `astro build`, so the two README commands stay
 * two. Any Pagefind error fails the build (the community integration only logs them).
 * Pages opt in with `data-pagefind-body` (see Base.astro): navigation, header and footer are not
 * indexed, nor the furniture in NOT_INDEXED_SELECTORS. Each glossary entry is also indexed as a
 * record of all its names and readings (term-records.ts), which no page prints together, filed
 * under its plan's prefecture like the plan's pages (search-scope.ts). Pages are given to Pagefind
 * one by one as index-html.ts prepares them (table cells kept apart, note markers out of
 * headings); the files on disk stay as built.
 */
export function searchIndexIntegration(): AstroIntegration {
  return {
    name: 'dx-plan:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({ excludeSelectors: NOT_INDEXED_SELECTORS });
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .sort();
        for (const file of pages) {
          const html = indexHtml(readFileSync(join(site, file), 'utf8'));
          const added = await index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content: html });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
        }
        const content = getSite();
        const records = termRecords(content.plans);
        for (const record of records) {
          const { errors } = await index.addCustomRecord(withPrefectureFilter(content, record));
          if (errors.length > 0) throw new Error(`Pagefind could not index the glossary record ${record.url}: ${errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${pages.length} HTML files, ${records.length} glossary records`);
      },
    },
  };
}
