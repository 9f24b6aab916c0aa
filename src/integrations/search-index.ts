import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getSite } from '../io/site.ts';
import { chromeLabels } from '../lib/labels/chrome.ts';
import { siteSearchShards, withPrefectureFilter } from '../lib/search/search-scope.ts';
import { termRecords } from '../lib/search/term-records.ts';
import { DEFER_SEARCH_INDEX, writeSearchIndex, type SearchIndexSpec } from '../io/search-index-writer.ts';

/**
 * Builds the Pagefind search index at the end of `astro build`, so the two README commands stay
 * two. Any Pagefind error fails the build.
 * Pages opt in with `data-pagefind-body` (see Base.astro): navigation, header and footer are not
 * indexed, nor the furniture in NOT_INDEXED_SELECTORS; pages without it are not sent at all. Each
 * glossary entry is also indexed as a record of all its names and readings (term-records.ts), which
 * no page prints together, filed under its plan's prefecture like the plan's pages
 * (search-scope.ts). Pages are given to Pagefind one by one as index-html.ts prepares them (table
 * cells kept apart, note markers out of headings); the files on disk stay as built.
 *
 * On a site of many plans the index is built in parts, a group of prefectures each
 * (search-shards.ts), one after the other, so that Pagefind's memory is bounded by a part, not the
 * site. `npm run build` defers the writing until Astro has exited (DEFER_SEARCH_INDEX), so that
 * Pagefind has Astro's memory too.
 */
export function searchIndexIntegration(): AstroIntegration {
  return {
    name: 'dx-plan:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const content = getSite();
        const prefectureFilter = chromeLabels.searchFilters.prefecture;
        const spec: SearchIndexSpec = {
          shards: siteSearchShards(content),
          records: termRecords(content.plans).map((record) => withPrefectureFilter(content, record)),
          prefectureFilter,
        };
        const deferTo = process.env[DEFER_SEARCH_INDEX];
        if (deferTo) {
          writeFileSync(deferTo, JSON.stringify(spec));
          logger.info(`search index: ${spec.shards.length} part(s), written after the build`);
          return;
        }
        logger.info(await writeSearchIndex(fileURLToPath(dir), spec));
      },
    },
  };
}
