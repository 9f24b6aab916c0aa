import type { TableSpec, RowOf } from './column-spec.ts';

/** The city's own marks, exactly as published. Never recomputed. */
export const EVALUATION_MARKS = [
  { value: '◎', label: '達成' },
  { value: '○', label: '概ね達成' },
  { value: '△', label: '一部達成' },
  { value: '×', label: '未取組' },
] as const;

/** The city's published evaluation of one indicator. File: `evaluations.csv`. */
export type Evaluation = RowOf<typeof evaluationTable>;

export const evaluationTable = {
  name: 'evaluations',
  file: 'evaluations.csv',
  scope: 'plan',
  title: '市による評価',
  description: '1行が1つの指標について市が公表した評価（◎○△×）です。原本の記号をそのまま書きます。',
  key: ['indicator_id', 'evaluated_in'],
  optional: true,
  columns: [
    {
      name: 'indicator_id',
      label: '指標ID',
      type: 'id',
      required: true,
      references: { table: 'indicators', scope: 'same-plan' },
      description: '評価された指標（indicators.csv の id）。',
    },
    {
      name: 'mark',
      label: '評価',
      type: 'enum',
      required: true,
      values: EVALUATION_MARKS,
      description: '原本の評価記号：◎（達成）、○（概ね達成）、△（一部達成）、×（未取組）。',
    },
    {
      name: 'evaluated_in',
      label: '評価した文書',
      type: 'id',
      required: true,
      references: { table: 'plans', scope: 'site' },
      description: '評価を掲載している文書の計画ID。',
    },
    {
      name: 'page',
      label: '原本のページ',
      type: 'page',
      required: false,
      description: '評価を掲載している節の開始ページ（目次のページ）。',
    },
    { name: 'note', label: '注記', type: 'text', required: false, description: '評価についての補足。' },
  ],
} as const satisfies TableSpec;
