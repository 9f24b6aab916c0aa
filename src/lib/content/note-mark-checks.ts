import type { CellValue, ColumnSpec } from '../../schemas/column-spec.ts';
import type { ContentError } from '../validate/content-error.ts';
import type { SourcedRow } from '../validate/validate-table.ts';
import { closestMatch } from '../validate/suggest.ts';
import { findNoteRefs, splitNoteRefs, type CellNoteMark, type NoteRef } from '../corrections/note-marks.ts';

/** A note mark as written in a content file, for messages. */
export interface LocatedNote {
  file: string;
  line: number;
  column: number;
  /** The CSV column the mark is in (none in a chapter). */
  field?: string;
  /** The plan the file belongs to (a mark without a plan points to this plan's notes). */
  ownerPlan: string;
  ref: NoteRef;
}

/**
 * Takes the note marks out of the text cells of validated rows, so the data, page titles and
 * downloads carry the published text only; returns where each mark was (to show it, and to
 * check it). `keyOf` names a row (its key values; a dataset passes the row number).
 */
export function extractCellNotes<Row extends Record<string, CellValue>>(
  table: { name: string; columns: readonly ColumnSpec[] },
  rows: readonly SourcedRow<Row>[],
  ownerPlan: (row: SourcedRow<Row>) => string,
  keyOf: (row: SourcedRow<Row>, index: number) => string,
): { cells: CellNoteMark[]; located: LocatedNote[] } {
  const cells: CellNoteMark[] = [];
  const located: LocatedNote[] = [];
  const textColumns = table.columns.filter((c) => c.type === 'text');
  rows.forEach((row, index) => {
    // A text cell stays text without its marks, so the row keeps its row type.
    const values: Record<string, CellValue> = row.values;
    for (const column of textColumns) {
      const value = values[column.name];
      if (typeof value !== 'string' || !value.includes('[!')) continue;
      const { text, refs } = splitNoteRefs(value);
      if (refs.length === 0) continue;
      values[column.name] = text;
      const owner = ownerPlan(row);
      for (const ref of refs) {
        cells.push({ owner, table: table.name, key: keyOf(row, index), column: column.name, planId: ref.plan ?? owner, id: ref.id });
        located.push({
          file: row.file,
          line: row.line,
          column: row.columnNumbers[column.name] ?? 1,
          field: column.name,
          ownerPlan: owner,
          ref,
        });
      }
    }
  });
  return { cells, located };
}

/** The marks written in a chapter file's title and body (not other frontmatter fields), with line and column. */
export function chapterNotes(file: string, text: string, ownerPlan: string): LocatedNote[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const bodyStart = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  return lines.flatMap((line, index) =>
    index < bodyStart && !line.startsWith('title:')
      ? []
      : findNoteRefs(line).map(({ plan, id, offset }) => ({ file, line: index + 1, column: offset + 1, ownerPlan, ref: { plan, id } })),
  );
}

/**
 * Every mark names an existing note (`unknown-correction`), and every note of every plan has at
 * least one mark in the text or the data (`correction-unmarked`): the reader meets each
 * intervention where it is read. `notes` maps a plan to its corrections.csv rows, or null when
 * that file could not be read (its notes are then not checked).
 */
export function checkNoteMarks(located: readonly LocatedNote[], notes: ReadonlyMap<string, readonly SourcedRow[] | null>): ContentError[] {
  const errors: ContentError[] = [];
  const marked = new Set<string>();
  for (const mark of located) {
    const planId = mark.ref.plan ?? mark.ownerPlan;
    const token = `[!${mark.ref.plan ? `${mark.ref.plan}:` : ''}${mark.ref.id}]`;
    const at = { file: mark.file, line: mark.line, column: mark.column, ...(mark.field ? { field: mark.field } : {}), value: token };
    if (!notes.has(planId)) {
      const guess = closestMatch(planId, [...notes.keys()]);
      errors.push({
        ...at,
        rule: 'unknown-correction',
        message: `転記の記録の印 ${token} の計画「${planId}」は plans.csv にありません`,
        hint: guess
          ? `「${guess}」の書き間違いではありませんか。他の計画の記録は [!計画ID:番号] と書きます`
          : '他の計画の記録は [!計画ID:番号] と書きます',
      });
      continue;
    }
    const rows = notes.get(planId);
    if (rows === null) continue;
    marked.add(`${planId}:${mark.ref.id}`);
    if (!rows!.some((r) => r.values.id === mark.ref.id)) {
      errors.push({
        ...at,
        rule: 'unknown-correction',
        message: `転記の記録の印 ${token} の番号 ${mark.ref.id} は content/plans/${planId}/corrections.csv にありません`,
        hint: `corrections.csv の id（${rows!.map((r) => r.values.id).join('、') || 'まだ行がありません'}）のどれかを書くか、先に corrections.csv に行を加えてください`,
      });
    }
  }
  for (const [planId, rows] of notes) {
    for (const row of rows ?? []) {
      if (marked.has(`${planId}:${row.values.id}`)) continue;
      errors.push({
        file: row.file,
        line: row.line,
        column: row.columnNumbers.id ?? 1,
        field: 'id',
        value: String(row.values.id),
        rule: 'correction-unmarked',
        message: `転記の記録 ${row.values.id} を示す印が、本文にもデータにもありません`,
        hint: `直した箇所（原文のまま残した箇所）のすぐ後に [!${row.values.id}] と書いてください（章の本文でも CSV のセルでも同じです）。読者がその箇所で記録に気づけるようにするためです`,
      });
    }
  }
  return errors;
}
