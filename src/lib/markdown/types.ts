import type { NotePart, NoteRef } from '../corrections/note-marks.ts';

/**
 * Where a link in chapter text leads: `external` an https:// address (shown as leaving the site),
 * `mail` a mailto: address, `internal` a page of this site written root-relative (`/plans/…`, put
 * under the base path when rendered), `anchor` a place in the same chapter (`#goals`).
 */
export type LinkKind = 'external' | 'mail' | 'internal' | 'anchor';

/** A run of inline content inside a paragraph, list item or footnote. */
export type Inline =
  | { type: 'text'; text: string }
  /** `**…**`: bold. */
  | { type: 'strong'; children: Inline[] }
  /** `*…*`: emphasis (shown with emphasis dots, the Japanese convention, not italics). */
  | { type: 'emphasis'; children: Inline[] }
  /** `[text](url)`: a link; `href` is as written (see LinkKind for what is allowed). */
  | { type: 'link'; href: string; kind: LinkKind; children: Inline[] }
  | { type: 'footnote-ref'; label: string }
  /** `[!3]`: a mark pointing to a transcription note (corrected or kept as printed). */
  | { type: 'note'; ref: NoteRef }
  /** A glossary term, linked to its entry (added by src/lib/glossary/link-terms.ts). */
  | { type: 'term'; termId: string; text: string };

/** Fields shared by every block: a stable id and the line it starts on. */
interface BlockBase {
  /** Stable, citable id: the section id plus the block's position in the section (`purpose-p2`). */
  id: string;
  /** Id of the heading the block belongs to (`intro` before the first heading). */
  sectionId: string;
  /** 1-based source line. */
  line: number;
}

export interface HeadingBlock extends BlockBase {
  type: 'heading';
  /** 2 = section, 3 = subsection, 4 = sub-subsection (the chapter title is the page's h1). */
  depth: 2 | 3 | 4;
  /** The heading as printed, without note marks. */
  text: string;
  /** Transcription-note marks written in the heading (shown at its end). */
  notes: NoteRef[];
  /** Page of the original where this heading's section starts (inherited when not given). */
  page: number | null;
}

export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  inlines: Inline[];
}

export interface ListBlock extends BlockBase {
  type: 'list';
  /** `1.` items: a numbered list; `- ` items: bullets. Both are 箇条書き in citations. */
  ordered: boolean;
  /** The number of the first item of a numbered list (null for bullets). */
  start: number | null;
  items: { id: string; inlines: Inline[] }[];
}

/** What survives of a figure of the original: the text in it and its 出典 line. */
export interface FigureBlock extends BlockBase {
  type: 'figure';
  /** The lines of text, without note marks. */
  lines: string[];
  /** Each line cut at its transcription-note marks, each mark where the editor wrote it. */
  lineParts: NotePart[][];
  caption: string | null;
  captionNotes: NoteRef[];
}

/** A data table rendered from CSV, e.g. `::measures goal=g1`. */
export interface DirectiveBlock extends BlockBase {
  type: 'directive';
  name: string;
  attributes: Record<string, string>;
}

export interface FootnoteBlock extends BlockBase {
  type: 'footnote';
  label: string;
  /** Whether the chapter text refers to it (a note on a table cell has no reference in the text). */
  referenced: boolean;
  inlines: Inline[];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | FigureBlock | DirectiveBlock | FootnoteBlock;

/** A parsed chapter file: frontmatter fields plus its blocks in document order. */
export interface Chapter {
  /** File name without extension (c1 … c7): part of the page URL. */
  id: string;
  /** Chapter number as printed (第N章). */
  number: number;
  /** How the original numbers it when not 「第N章」 (1.、参考資料); null for 第N章. */
  label: string | null;
  /** Chapter title as printed in the body heading, without 「第N章」 (and without note marks). */
  title: string;
  /** Transcription-note marks written in the title (shown at the end of the page's h1). */
  titleNotes: NoteRef[];
  /** Page of the original where the chapter starts; null when the original has no page numbers. */
  page: number | null;
  blocks: Block[];
}
