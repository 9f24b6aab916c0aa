import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { getSite } from '../io/site.ts';
import { chromeLabels } from '../lib/labels/chrome.ts';
import { NOT_INDEXED_SELECTORS } from '../lib/search/not-indexed.ts';
import { indexHtml, isIndexed, pageFilterValue } from '../lib/search/index-html.ts';
import { siteSearchShards, withPrefectureFilter } from '../lib/search/search-scope.ts';
import { shardOf, type SearchShard } from '../lib/search/search-shards.ts';
import { termRecords, type TermRecord } from '../lib/search/term-records.ts';

/** What goes into one part of the index. */
interface ShardInput {
  shard: SearchShard;
  /** Built pages (paths under the site) that Pagefind indexes. */
  pages: string[];
  records: TermRecord[];
}

/** Builds one part of the index into `<site>/<shard.path>` and frees Pagefind's memory for it. */
async function writeShard(site: string, { shard, pages, records }: ShardInput): Promise<void> {
  const { index, errors: createErrors } = await pagefind.createIndex({ excludeSelectors: NOT_INDEXED_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  for (const file of pages) {
    const html = indexHtml(readFileSync(join(site, file), 'utf8'));
    const added = await index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content: html });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
  }
  for (const record of records) {
    const { errors } = await index.addCustomRecord(record);
    if (errors.length > 0) throw new Error(`Pagefind could not index the glossary record ${record.url}: ${errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(site, shard.path) });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index ${shard.path}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/**
 * Builds the Pagefind search index at the end of `astro build`, so the two README commands stay
 * two. Any Pagefind error fails the build (the community integration only logs them).
 * Pages opt in with `data-pagefind-body` (see Base.astro): navigation, header and footer are not
 * indexed, nor the furniture in NOT_INDEXED_SELECTORS; pages without it are not sent at all. Each
 * glossary entry is also indexed as a record of all its names and readings (term-records.ts), which
 * no page prints together, filed under its plan's prefecture like the plan's pages
 * (search-scope.ts). Pages are given to Pagefind one by one as index-html.ts prepares them (table
 * cells kept apart, note markers out of headings); the files on disk stay as built.
 *
 * On a site of many plans the index is built in parts, a group of prefectures each
 * (search-shards.ts), one after the other, so that Pagefind's memory is bounded by a part, not the site.
 */
export function searchIndexIntegration(): AstroIntegration {
  return {
    name: 'dx-plan:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const content = getSite();
        const shards = siteSearchShards(content);
        const inputs = new Map<SearchShard, ShardInput>(shards.map((shard) => [shard, { shard, pages: [], records: [] }]));
        const prefectureFilter = chromeLabels.searchFilters.prefecture;
        const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .sort();
        for (const file of files) {
          const html = readFileSync(join(site, file), 'utf8');
          if (isIndexed(html)) inputs.get(shardOf(shards, pageFilterValue(html, prefectureFilter)))!.pages.push(file);
        }
        const records = termRecords(content.plans).map((record) => withPrefectureFilter(content, record));
        for (const record of records) inputs.get(shardOf(shards, record.filters[prefectureFilter]?.[0] ?? null))!.records.push(record);
        // One part at a time: two at once were 20 % faster at 200 plans, but at 1,741 plans two parts of
        // Pagefind (1.8 GB each) beside the build's own 4.5 GB passed 8 GB.
        for (const input of inputs.values()) await writeShard(site, input);
        await pagefind.close();
        const indexed = [...inputs.values()].reduce((n, input) => n + input.pages.length, 0);
        logger.info(
          `search index: ${indexed} of ${files.length} HTML files, ${records.length} glossary records${shards.length > 1 ? `, in ${shards.length} parts` : ''}`,
        );
      },
    },
  };
}
