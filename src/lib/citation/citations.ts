import type { Block, Chapter, HeadingBlock } from '../markdown/types.ts';
import { chapterNumberLabel } from '../content/queries.ts';
import { citationLabels } from '../labels/citations.ts';

/** A human-readable reference to one place in a chapter, for citing and for comments. */
export interface Citation {
  /** The block's id (its anchor on the chapter page). */
  id: string;
  /** 「第4章(2) 第3段落」: chapter, section path and the block's position in its section. */
  label: string;
  /** Page of the original where the block's section starts (null when the original has no pages). */
  page: number | null;
}

/**
 * A printed section number at the start of a heading, as printed: (2), （２）, ① (which may run
 * straight into the title), or 1, 1.2, 第1節 (followed by a space).
 */
const PRINTED_NUMBER = /^([(（][0-9０-９]+[)）]|[①-⑳]|(?:[0-9０-９]+(?:\.[0-9]+)*\.?|第[0-9０-９]+節)(?=\s|$))/;

/** How a heading is named in a reference: its printed number if it has one, else its text in 「」. */
export function headingReference(text: string): string {
  const number = PRINTED_NUMBER.exec(text.trim());
  return number ? number[1]! : citationLabels.heading(text.trim());
}

/** Joins reference parts: 「第4章」+「(2)」 → 「第4章(2)」, other parts with a space. */
function joinParts(parts: readonly string[]): string {
  return parts.reduce((joined, part) => (joined === '' ? part : /^[(（]/.test(part) ? `${joined}${part}` : `${joined} ${part}`), '');
}

/** 「第3段落」 etc. from a block id's position suffix (`goals-p3` → 第3段落). */
function positionLabel(id: string): string | null {
  const match = /-(p|list|fig|table)(\d+)(?:-(\d+))?$/.exec(id);
  if (!match) return null;
  const n = match[2]!;
  switch (match[1]) {
    case 'p':
      return citationLabels.paragraph(n);
    case 'list':
      return match[3] ? citationLabels.listItem(n, match[3]) : citationLabels.list(n);
    case 'fig':
      return citationLabels.figure(n);
    default:
      return citationLabels.table(n);
  }
}

/**
 * Citations of every heading, paragraph, list, list item, figure, table and footnote of a chapter.
 * The label is derived from the same section-and-position scheme as the ids, so it changes only
 * when the block's own section changes, never because of an edit elsewhere.
 */
export function chapterCitations(chapter: Chapter): Map<string, Citation> {
  const citations = new Map<string, Citation>();
  const path: HeadingBlock[] = [];
  const chapterLabel = chapterNumberLabel(chapter);
  const sectionParts = () => path.map((h) => headingReference(h.text));
  const page = () => path.at(-1)?.page ?? chapter.page;
  const add = (id: string, ...tail: string[]) =>
    citations.set(id, { id, label: joinParts([chapterLabel, ...sectionParts(), ...tail]), page: page() });

  for (const block of chapter.blocks as Block[]) {
    if (block.type === 'heading') {
      while (path.length > 0 && path.at(-1)!.depth >= block.depth) path.pop();
      path.push(block);
      add(block.id);
      continue;
    }
    if (block.type === 'footnote') {
      add(block.id, citationLabels.footnote(block.label));
      continue;
    }
    add(block.id, positionLabel(block.id) ?? '');
    if (block.type === 'list') for (const item of block.items) add(item.id, positionLabel(item.id) ?? '');
  }
  return citations;
}

/** 「原本 p.16〜」: where the cited section starts in the original; null when it has no pages. */
export const pageReference = (page: number | null) => (page === null ? null : citationLabels.page(page));

/** The text a reader copies: plan title, reference and page, e.g. for a comment or an e-mail. */
export function citationText(planTitle: string, citation: Pick<Citation, 'label' | 'page'>): string {
  const page = pageReference(citation.page);
  return citationLabels.copied(planTitle, citation.label, page);
}

/**
 * The anchor of one row of a data table (`measure-g1-m2`). Inside a chapter the table's own block
 * id comes first (`goal-1-table1-measure-g1-m2`), so a table shown twice, or two tables listing the
 * same item, never give two rows one id, and 「表N 2行目」 always lands in table N.
 */
export function rowAnchor(tableId: string | undefined, kind: string, key: string): string {
  return tableId ? `${tableId}-${kind}-${key}` : `${kind}-${key}`;
}
