import type { ContentError } from '../validate/content-error.ts';
import { splitNoteRefs } from '../corrections/note-marks.ts';
import { chapterBlocks } from './chapter-blocks.ts';
import { ChapterErrors } from './chapter-errors.ts';
import { readFrontmatter } from './frontmatter.ts';
import { markdownTree, SourceText, type Place } from './markdown-tree.ts';
import { checkCharacterReferences, checkParagraphLimits } from './limits.ts';
import type { Chapter } from './types.ts';

/** A chapter and the problems found in it (the chapter is `null` when it cannot be used). */
export interface ChapterResult {
  chapter: Chapter | null;
  errors: ContentError[];
  /** Links to pages of the site (`/plans/…`), with where they are written: checked against the published pages. */
  siteLinks: { href: string; line: number; column: number }[];
}

/**
 * Parses a chapter file with Sätteri (Astro's Markdown parser) and maps its tree to the chapter's
 * blocks: YAML frontmatter (number, title, page), headings with explicit ids
 * (`## (1) 趣旨 {#purpose page=2}`), paragraphs, `- ` and `1.` lists, `**bold**`, `*emphasis*`,
 * links, `[^n]` footnotes, `:::figure` blocks and `::name key=value` data tables. Anything else is
 * reported with its line and column and never published. A BOM and CRLF line ends are accepted.
 */
export function parseChapter(file: string, id: string, text: string): ChapterResult {
  const report = new ChapterErrors(file);
  const source = new SourceText(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  // Limits first: a paragraph over them would stall or crash the parser.
  if (!checkParagraphLimits(source.text, report)) return { chapter: null, errors: report.errors, siteLinks: [] };
  checkCharacterReferences(source.text, report, (index) => source.place(index));
  const tree = markdownTree(source.text);
  const fields = readFrontmatter(tree, source, report);
  if (!fields) return { chapter: null, errors: report.errors, siteLinks: [] };

  const page = typeof fields.page === 'number' ? fields.page : null;
  const links: { href: string; place: Place }[] = [];
  const blocks = chapterBlocks(tree.children.slice(1), source, report, page, links);
  const siteLinks = links.map((l) => ({ href: l.href, ...l.place }));
  const complete = typeof fields.number === 'number' && typeof fields.title === 'string' && !report.errors.some((e) => e.field === 'page');
  if (!complete) return { chapter: null, errors: report.errors, siteLinks };
  const title = splitNoteRefs(fields.title as string);
  return {
    chapter: {
      id,
      number: fields.number as number,
      label: typeof fields.label === 'string' ? fields.label : null,
      title: title.text,
      titleNotes: title.refs,
      page,
      blocks,
    },
    errors: report.errors,
    siteLinks,
  };
}
