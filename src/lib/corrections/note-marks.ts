/**
 * Marks in the published text that point to the transcription notes (転記の記録): an editor writes
 * `[!3]` right after a spot that was corrected — or kept as printed although it looks wrong — where
 * 3 is the `id` of the row in the plan's corrections.csv (`[!kitakami-2026:4]` for another plan's
 * notes). The same token works in chapter text and in CSV text cells; the site shows a small
 * marker there, linked to the note that gives the printed and the published wording.
 */

import { planPageLabels } from '../labels/plan-pages.ts';

/** A reference to one row of a corrections.csv: `plan` is null for the file's own plan. */
export interface NoteRef {
  plan: string | null;
  id: number;
}

/** The token as a regular expression source (global matching is done by the callers). */
export const NOTE_TOKEN_SOURCE = String.raw`\[!(?:([a-z0-9]+(?:-[a-z0-9]+)*):)?(\d+)\]`;

/** A token found in a text, with its 0-based offset (for a column number in messages). */
export interface FoundNoteRef extends NoteRef {
  offset: number;
}

/** Every token in a text, in order. */
export function findNoteRefs(text: string): FoundNoteRef[] {
  return [...text.matchAll(new RegExp(NOTE_TOKEN_SOURCE, 'g'))].map((m) => ({ plan: m[1] ?? null, id: Number(m[2]), offset: m.index }));
}

/** The text without its tokens, and the tokens in order (a heading or a CSV cell shows them at its end). */
export function splitNoteRefs(text: string): { text: string; refs: NoteRef[] } {
  const refs = findNoteRefs(text).map(({ plan, id }) => ({ plan, id }));
  return { text: refs.length === 0 ? text : text.replace(new RegExp(NOTE_TOKEN_SOURCE, 'g'), ''), refs };
}

/** A piece of a text with its marks kept in place: a run of text, or the mark that follows it. */
export type NotePart = { text: string } | { note: NoteRef };

/**
 * The text cut at its tokens, each mark where the editor wrote it (a figure's line shows
 * 「ガバナメントAI[修正3]（仮称）」 with the marker at the word, not at the line's end).
 */
export function splitNoteParts(text: string): NotePart[] {
  const parts: NotePart[] = [];
  let at = 0;
  for (const found of findNoteRefs(text)) {
    if (found.offset > at) parts.push({ text: text.slice(at, found.offset) });
    parts.push({ note: { plan: found.plan, id: found.id } });
    at = found.offset + text.slice(found.offset).match(new RegExp(NOTE_TOKEN_SOURCE))![0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** A mark taken out of a CSV cell: which table, row (its key) and column it belongs to. */
export interface CellNoteMark {
  /** The plan whose table holds the cell (for plans.csv, the plan of the row). */
  owner: string;
  /** The table's name (`initiatives`, `plans`, or `datasets/<id>` for a dataset). */
  table: string;
  /** The row's key values joined with `/` (a dataset's rows: the 1-based row number). */
  key: string;
  column: string;
  /** The plan whose corrections.csv the mark points to. */
  planId: string;
  id: number;
}

/** The anchor of a note on the transcription notes page. */
export const noteAnchor = (planId: string, id: number) => `${planId}-note-${id}`;

/** What a marker says and where it leads: 「修正2」 or 「原文ママ6」, linked to the note. */
export interface NoteMarkLink {
  href: string;
  /** The visible text: the kind of note and its number. */
  text: string;
}

/**
 * The marker of one note: 「修正N」 where the site changed the extracted text, 「原文ママN」 where
 * it publishes the printed wording although it looks wrong. The notes page shows both wordings.
 */
export function noteMarkLink(notesPage: string, planId: string, id: number, action: 'corrected' | 'kept'): NoteMarkLink {
  return { href: `${notesPage}#${noteAnchor(planId, id)}`, text: planPageLabels.noteMark.text(action, id) };
}

/** The marks of one cell of a plan's table (`table`, row key, column), in order. */
export function cellNotes(notes: readonly CellNoteMark[], table: string, key: string, column: string): CellNoteMark[] {
  return notes.filter((n) => n.table === table && n.key === key && n.column === column);
}
