import { describe, expect, it } from 'vitest';
import { cellNotes, findNoteRefs, noteMarkLink, splitNoteParts, splitNoteRefs } from '../../../src/lib/corrections/note-marks.ts';
import { chapterNotes, extractCellNotes } from '../../../src/lib/content/note-mark-checks.ts';
import type { SourcedRow } from '../../../src/lib/validate/validate-table.ts';

describe('note marks', () => {
  it('finds every token with its offset, and splits them off the text', () => {
    expect(findNoteRefs('Y²ぶらざ1F[!8][!26]')).toEqual([
      { plan: null, id: 8, offset: 7 },
      { plan: null, id: 26, offset: 11 },
    ]);
    expect(splitNoteRefs('デバインド対策[!kitakami-2026:4]を進める。')).toEqual({
      text: 'デバインド対策を進める。',
      refs: [{ plan: 'kitakami-2026', id: 4 }],
    });
    expect(splitNoteRefs('[再掲]デジタル人材の確保[^1]')).toEqual({ text: '[再掲]デジタル人材の確保[^1]', refs: [] });
  });

  it('cuts a text at its tokens, keeping each mark where it was written', () => {
    expect(splitNoteParts('ガバナメントAI[!3]（仮称）[!kitakami-2026:4]')).toEqual([
      { text: 'ガバナメントAI' },
      { note: { plan: null, id: 3 } },
      { text: '（仮称）' },
      { note: { plan: 'kitakami-2026', id: 4 } },
    ]);
    expect(splitNoteParts('[!8]Y²ぶらざ')).toEqual([{ note: { plan: null, id: 8 } }, { text: 'Y²ぶらざ' }]);
    expect(splitNoteParts('印のない行')).toEqual([{ text: '印のない行' }]);
  });

  it('says 修正 for a change and 原文ママ for wording kept as printed, linked to the note', () => {
    expect(noteMarkLink('/transcription-notes/', 'kitakami-2026', 1, 'corrected')).toEqual({
      href: '/transcription-notes/#kitakami-2026-note-1',
      text: '修正1',
    });
    expect(noteMarkLink('/transcription-notes/', 'kitakami-2026', 2, 'kept')).toEqual({
      href: '/transcription-notes/#kitakami-2026-note-2',
      text: '原文ママ2',
    });
  });

  it('takes marks out of text cells only, remembering table, row, column and the notes’ plan', () => {
    const row: SourcedRow = {
      file: 'content/plans/kitakami-2023/measures.csv',
      line: 11,
      values: { id: 'g3-m2', number: '②', description: 'デバインド対策[!kitakami-2026:4]を進める。' },
      columnNumbers: { id: 1, number: 3, description: 5 },
    };
    const result = extractCellNotes(
      {
        name: 'measures',
        columns: [
          { name: 'id', label: '', type: 'id', required: true, description: '' },
          { name: 'description', label: '', type: 'text', required: false, description: '' },
        ],
      },
      [row],
      () => 'kitakami-2023',
      (r) => String(r.values.id),
    );
    expect(row.values.description).toBe('デバインド対策を進める。');
    expect(result.cells).toEqual([
      { owner: 'kitakami-2023', table: 'measures', key: 'g3-m2', column: 'description', planId: 'kitakami-2026', id: 4 },
    ]);
    expect(result.located).toEqual([
      { file: row.file, line: 11, column: 5, field: 'description', ownerPlan: 'kitakami-2023', ref: { plan: 'kitakami-2026', id: 4 } },
    ]);
    expect(cellNotes(result.cells, 'measures', 'g3-m2', 'description')).toHaveLength(1);
    expect(cellNotes(result.cells, 'measures', 'g3-m2', 'title')).toHaveLength(0);
  });

  it('locates marks in a chapter’s title and body, not in other frontmatter fields', () => {
    const text = '---\nnumber: 2\nlabel: 注[!9]\ntitle: 計画の構成[!5]\n---\n\n本文[!1]と[!2]。\n';
    expect(chapterNotes('c2.md', text, 'kitakami-2023').map((n) => [n.line, n.column, n.ref.id])).toEqual([
      [4, 13, 5],
      [7, 3, 1],
      [7, 8, 2],
    ]);
  });
});
