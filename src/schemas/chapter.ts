import type { ColumnSpec } from './column-spec.ts';

/**
 * Frontmatter fields of a chapter file (`content/plans/<plan>/chapters/<id>.md`). Checked with
 * the same cell rules as CSV columns, so a clerk sees the same kind of message for both.
 */
export const chapterFields: readonly ColumnSpec[] = [
  { name: 'number', label: '章番号', type: 'integer', required: true, description: '原本の章番号（第1章なら 1）。章の並び順にもなります。' },
  { name: 'title', label: '章の題', type: 'text', required: true, description: '原本の本文の見出しどおりの章の題（「第N章」は含めません）。' },
  { name: 'page', label: '原本のページ', type: 'page', required: true, description: '原本の目次に書かれた、章が始まるページ。' },
];

/** Data-table directives a chapter may contain, with the attributes each accepts. */
export const chapterDirectives: Readonly<Record<string, { description: string; attributes: readonly string[]; required: readonly string[] }>> = {
  measures: { description: '目標ごとの基本施策（と具体的な取組）の表', attributes: ['plan', 'goal'], required: ['goal'] },
  'evaluation-table': { description: '目標ごとの評価指標と達成状況（市の評価記号つき）の表', attributes: ['plan', 'goal'], required: ['goal'] },
  'outcome-indicators': { description: '目標ごとの成果指標（現状値・目標値・出典・備考）の表', attributes: ['plan', 'goal'], required: ['goal'] },
};
