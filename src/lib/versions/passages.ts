import type { Chapter } from '../markdown/types.ts';
import { inlineText } from '../markdown/inline-text.ts';

/** What kind of block a passage is (a list's items are passages of their own). */
export type PassageKind = 'heading' | 'paragraph' | 'item' | 'figure' | 'footnote';

/** One citable passage of a chapter, reduced to the words a reader sees. */
export interface Passage {
  /** The passage's stable id (its anchor on the chapter page), e.g. `goals-p2`, `goals-list1-3`. */
  id: string;
  kind: PassageKind;
  /** The words of the passage; a figure's lines and caption are joined with line breaks. */
  text: string;
}

/**
 * The passages of a chapter in document order: headings, paragraphs, each list item, figures
 * and footnotes. Data-table directives are left out: their figures come from the tables and are
 * compared there (see figure-changes.ts), never from the prose.
 */
export function chapterPassages(chapter: Chapter): Passage[] {
  const passages: Passage[] = [];
  for (const block of chapter.blocks) {
    switch (block.type) {
      case 'heading':
        passages.push({ id: block.id, kind: 'heading', text: block.text });
        break;
      case 'paragraph':
        passages.push({ id: block.id, kind: 'paragraph', text: inlineText(block.inlines) });
        break;
      case 'list':
        for (const item of block.items) passages.push({ id: item.id, kind: 'item', text: inlineText(item.inlines) });
        break;
      case 'figure':
        passages.push({ id: block.id, kind: 'figure', text: [...block.lines, ...(block.caption ? [block.caption] : [])].join('\n') });
        break;
      case 'footnote':
        passages.push({ id: block.id, kind: 'footnote', text: inlineText(block.inlines) });
        break;
      case 'directive':
        break;
    }
  }
  return passages;
}

/** A passage named as `<chapter>#<passage>` (how responses.csv `changed_passages` names it). */
export interface PassageRef {
  chapterId: string;
  passageId: string;
}

/** `c4#goal-1-p2` → its chapter and passage; null when the text is not of that form. */
export function parsePassageRef(text: string): PassageRef | null {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)#([A-Za-z0-9][A-Za-z0-9_-]*)$/.exec(text);
  return match ? { chapterId: match[1]!, passageId: match[2]! } : null;
}

/** The `<chapter>#<passage>` form of a reference. */
export const passageKey = (ref: PassageRef): string => `${ref.chapterId}#${ref.passageId}`;

/** The references of a `changed_passages` cell: separated by spaces (half- or full-width). */
export function splitPassageList(cell: string | null): string[] {
  return (cell ?? '').split(/[\s\u3000]+/).filter((part) => part !== '');
}
