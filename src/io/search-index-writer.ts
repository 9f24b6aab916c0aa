import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { NOT_INDEXED_SELECTORS } from '../lib/search/not-indexed.ts';
import { indexHtml, isIndexed, pageFilterValue } from '../lib/search/index-html.ts';
import { shardOf, type SearchShard } from '../lib/search/search-shards.ts';
import type { TermRecord } from '../lib/search/term-records.ts';

/**
 * Set by `npm run build` (scripts/build.ts) to a file path: the search-index integration then writes
 * the index's spec there instead of indexing, and the build writes the index (writeSearchIndex) after
 * Astro has exited, with Astro's memory (4.6 GB at 1,741 plans) free for Pagefind.
 */
export const DEFER_SEARCH_INDEX = 'DX_SEARCH_INDEX_SPEC';

/**
 * What the search index is built from besides the pages on disk, worked out from the content at the
 * end of `astro build` (search-index.ts): the parts and the glossary records. Plain JSON, so that
 * `npm run build` can hand it to the indexing step that runs after Astro has exited.
 */
export interface SearchIndexSpec {
  /** The parts of the index (search-shards.ts); one on a site of few plans. */
  shards: SearchShard[];
  /** One record per glossary entry (term-records.ts), with its prefecture filter. */
  records: TermRecord[];
  /** The search filter that files a page under a prefecture (its name as the labels give it). */
  prefectureFilter: string;
}

/** What goes into one part of the index. */
export interface ShardInput {
  shard: SearchShard;
  /** Built pages (paths under the site, `/` between folders) that Pagefind indexes. */
  pages: string[];
  records: TermRecord[];
}

/**
 * The built pages of `site` that Pagefind indexes, each in its part, and the glossary records in
 * theirs. Pages without `data-pagefind-body` are left out (not even sent to Pagefind); a page of no
 * prefecture goes to the first part.
 */
export function shardInputs(site: string, spec: SearchIndexSpec): { inputs: ShardInput[]; htmlFiles: number } {
  const inputs = new Map<string, ShardInput>(spec.shards.map((shard) => [shard.path, { shard, pages: [], records: [] }]));
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const file of files) {
    const html = readFileSync(join(site, file), 'utf8');
    if (!isIndexed(html)) continue;
    inputs.get(shardOf(spec.shards, pageFilterValue(html, spec.prefectureFilter)).path)!.pages.push(file.split(sep).join('/'));
  }
  for (const record of spec.records)
    inputs.get(shardOf(spec.shards, record.filters[spec.prefectureFilter]?.[0] ?? null).path)!.records.push(record);
  return { inputs: [...inputs.values()], htmlFiles: files.length };
}

/**
 * Builds one part of the index into `<site>/<shard.path>` and frees Pagefind's memory for it. Any
 * Pagefind error throws (the community integration only logs them).
 */
export async function writeShard(site: string, { shard, pages, records }: ShardInput): Promise<void> {
  const { index, errors: createErrors } = await pagefind.createIndex({ excludeSelectors: NOT_INDEXED_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  for (const file of pages) {
    const html = indexHtml(readFileSync(join(site, file), 'utf8'));
    const added = await index.addHTMLFile({ sourcePath: file, content: html });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
  }
  for (const record of records) {
    const { errors } = await index.addCustomRecord(record);
    if (errors.length > 0) throw new Error(`Pagefind could not index the glossary record ${record.url}: ${errors.join('; ')}`);
  }
  // Pagefind panics on a folder it cannot write, and its Node API then waits for an answer forever:
  // the folder is made first, so that such a site fails with a message instead of hanging.
  try {
    mkdirSync(join(site, shard.path), { recursive: true });
  } catch (error) {
    throw new Error(`The search index's folder ${shard.path} cannot be written: ${(error as Error).message}`, { cause: error });
  }
  const written = await index.writeFiles({ outputPath: join(site, shard.path) });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index ${shard.path}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/** Stops the Pagefind process (started by the first writeShard). */
export const closeShardWriter = async (): Promise<void> => {
  await pagefind.close();
};

/**
 * Writes the search index of the built site `site` from its spec, one part after the other (a part
 * at a time bounds Pagefind's memory: two at once were no faster on two cores, since Pagefind uses
 * more than one while it writes); returns the line the build prints.
 */
export async function writeSearchIndex(site: string, spec: SearchIndexSpec): Promise<string> {
  const { inputs, htmlFiles } = shardInputs(site, spec);
  try {
    for (const input of inputs) await writeShard(site, input);
  } finally {
    await closeShardWriter();
  }
  return searchIndexSummary(inputs, htmlFiles);
}

/** The line the build prints once the index is written. */
export function searchIndexSummary(inputs: readonly ShardInput[], htmlFiles: number): string {
  const indexed = inputs.reduce((n, input) => n + input.pages.length, 0);
  const records = inputs.reduce((n, input) => n + input.records.length, 0);
  return `search index: ${indexed} of ${htmlFiles} HTML files, ${records} glossary records${inputs.length > 1 ? `, in ${inputs.length} parts` : ''}`;
}
