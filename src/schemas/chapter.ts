import type { ColumnSpec } from './column-spec.ts';

/**
 * Frontmatter fields of a chapter file (`content/plans/<plan>/chapters/<id>.md`). Checked with
 * the same cell rules as CSV columns, so a clerk sees the same kind of message for both.
 */
export const chapterFields: readonly ColumnSpec[] = [
  {
    name: 'number',
    label: '章番号',
    type: 'integer',
    required: true,
    description:
      '原本の章番号（第1章なら 1）。章の並び順にもなります。参考資料など章番号のないものは続きの番号を書き、label に原本の見出しを書きます。',
  },
  {
    name: 'label',
    label: '章番号の表記',
    type: 'text',
    required: false,
    description: '原本が「第N章」以外の書き方をしている場合の表記（例: 1.、参考資料）。空欄なら「第N章」と表示します。',
  },
  {
    name: 'title',
    label: '章の題',
    type: 'text',
    required: true,
    description: '原本の本文の見出しどおりの章の題（「第N章」は含めません）。',
  },
  {
    name: 'page',
    label: '原本のページ',
    type: 'page',
    required: false,
    description: '原本の目次に書かれた、章が始まるページ。原本にページ番号がない場合は書きません。',
  },
];

/** Data-table directives a chapter may contain, with the attributes each accepts. */
export const chapterDirectives: Readonly<
  Record<string, { description: string; attributes: readonly string[]; required: readonly string[]; oneOf?: readonly string[] }>
> = {
  measures: { description: '目標ごとの基本施策（と具体的な取組）の表', attributes: ['plan', 'goal'], required: ['goal'] },
  'evaluation-table': {
    description: '目標ごとの評価指標と達成状況（市の評価記号つき）の表',
    attributes: ['plan', 'goal'],
    required: ['goal'],
  },
  'outcome-indicators': {
    description: '目標ごとの成果指標（現状値・目標値・出典・備考）の表',
    attributes: ['plan', 'goal'],
    required: ['goal'],
  },
  indicators: {
    description: '施策ごと（measure=）、または取組ごと（initiative=）の指標（現状値・目標値）の表',
    attributes: ['plan', 'measure', 'initiative'],
    required: [],
    oneOf: ['measure', 'initiative'],
  },
  initiatives: {
    description: '施策または目標に直接属する取組（担当部署つき）の一覧',
    attributes: ['plan', 'measure', 'goal'],
    required: [],
  },
  roadmap: {
    description: '施策・取組の工程表（item=）、または目標に直接属する取組すべての工程表（goal=）',
    attributes: ['plan', 'item', 'goal'],
    required: [],
  },
  scores: { description: '定性評価の一覧（レーダーチャートとレベルの表）', attributes: ['plan'], required: [] },
  'score-levels': { description: '定性評価のレベルの基準の表', attributes: ['plan'], required: [] },
  dataset: { description: 'データ表（datasets.csv の1つ）', attributes: ['plan', 'id'], required: ['id'] },
};
