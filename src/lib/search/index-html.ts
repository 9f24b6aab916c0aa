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
