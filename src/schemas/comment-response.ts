import type { TableSpec, RowOf } from './column-spec.ts';

/**
 * One published answer to a public comment (意見と市の考え方). File: `responses.csv`.
 * Absent until the city publishes the results of its public-comment period.
 */
export type CommentResponse = RowOf<typeof responseTable>;

export const responseTable = {
  name: 'responses',
  file: 'responses.csv',
  scope: 'plan',
  title: '意見と市の考え方',
  description: '1行がパブリックコメントで寄せられた1件の意見と、それに対する市の考え方です。',
  key: ['number'],
  optional: true,
  columns: [
    { name: 'number', label: '番号', type: 'integer', required: true, description: '市が公表した意見の番号。' },
    { name: 'passage', label: '該当箇所', type: 'text', required: true, description: '意見が対象とする箇所（市の公表どおり）。' },
    {
      name: 'passage_anchor',
      label: '該当箇所へのリンク',
      type: 'text',
      required: false,
      description: '該当箇所を「章ID#見出しID」で（例: c5#goal-1）。',
    },
    { name: 'opinion_summary', label: '意見の概要', type: 'text', required: true, description: '市が公表した意見の概要。' },
    { name: 'answer', label: '市の考え方', type: 'text', required: true, description: '意見に対する市の考え方。' },
    { name: 'draft_changed', label: '案の修正', type: 'boolean', required: true, description: '意見を受けて案を修正したなら true。' },
    {
      name: 'changed_passages',
      label: '修正箇所',
      type: 'text',
      required: false,
      description:
        '意見を受けて修正した箇所を「章ID#段落ID」で、半角スペース区切りで（例: c4#goal-1-p2 c5#goal-1）。計画に版（versions.csv）があるとき、draft_changed が true の行に書きます。',
    },
  ],
} as const satisfies TableSpec;
