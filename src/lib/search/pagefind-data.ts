/**
 * Pagefind's data for one found page, as the ranking reads it (rank-results.ts).
 */
import type { FoundPage } from './rank-results.ts';

/** The part of Pagefind's `result.data()` that the ranking uses (Pagefind 1.x). */
export interface PagefindPageData {
  url: string;
  /** Plain text of the indexed content. */
  content: string;
  /**
   * The same text with Pagefind's word boundaries: for segmented languages (Japanese) words are
   * separated by U+200B, and `<`, `>` are escaped. Not in Pagefind's published types.
   */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  /** Every element with an id, at the word index where it starts. */
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
}

const ZERO_WIDTH_SPACE = '\u200B';

/** Pagefind's words, each with the separator that followed it, so that joining them restores the text. */
function wordsOf(data: PagefindPageData): string[] {
  const raw = data.raw_content ?? data.content;
  if (raw.includes(ZERO_WIDTH_SPACE)) return raw.split(ZERO_WIDTH_SPACE).map((word) => word.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
  return data.content.split(/(?<=\s)(?=\S)/);
}

/**
 * One found page: its words, headings with ids (or elements with a `data-pagefind-title`) as
 * sections, and — for an index-only glossary record (`meta.record` = "term") — the names and
 * definition its meta carries (names separated by 「｜」).
 */
export function toFoundPage(data: PagefindPageData): FoundPage {
  const meta = data.meta;
  const headings = data.anchors
    .map((anchor) => ({
      id: anchor.id,
      text: (anchor.title || (/^h\d$/i.test(anchor.element) ? anchor.text : '') || '').trim(),
      location: anchor.location,
    }))
    .filter((anchor) => anchor.text !== '');
  return {
    url: data.url,
    title: (meta.title ?? '').trim(),
    plan: meta.plan ?? '',
    type: meta.type ?? '',
    words: wordsOf(data),
    headings,
    ...(meta.record === 'term'
      ? { record: { names: (meta.names ?? '').split('｜').filter(Boolean), definition: meta.definition ?? '' } }
      : {}),
  };
}
