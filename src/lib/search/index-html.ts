import { markCellBoundaries } from './cell-boundaries.ts';

/** A transcription-note marker (NoteMark.astro): a `<sup>` holding one link, never nested. */
const NOTE_MARK = /<sup class="dx-note-mark"[^>]*>[\s\S]*?<\/sup>/g;

/**
 * A built page's HTML as the search index reads it. The page on disk is not changed.
 * - Transcription-note markers are taken out: Pagefind already leaves them out of the text
 *   (`data-pagefind-ignore`) but not out of a heading it uses as a result's title, which read
 *   「(3) デジタル社会の基盤づくり転記の記録 [修正1]」.
 * - Table cells and rows are kept apart (`markCellBoundaries`).
 */
export function indexHtml(html: string): string {
  return markCellBoundaries(html.replace(NOTE_MARK, ''));
}

/** Whether Pagefind indexes the page at all: only pages that mark their body (`data-pagefind-body`, Base.astro) are. */
export const isIndexed = (html: string): boolean => html.includes('data-pagefind-body');

/** Escapes a text for a regular expression. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The value of a page's search filter `name` (Base.astro: `<span data-pagefind-filter="都道府県">岩手県</span>`),
 * or null when the page has none: which part of the search index (search-shards.ts) holds the page.
 */
export function pageFilterValue(html: string, name: string): string | null {
  const found = new RegExp(`data-pagefind-filter="${literal(name)}">([^<]*)<`).exec(html);
  return found ? found[1]! : null;
}
