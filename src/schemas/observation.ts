import type { TableSpec, RowOf } from './column-spec.ts';

export const OBSERVATION_KINDS = [
  { value: 'baseline', label: '現状値' },
  { value: 'actual', label: '実績値' },
  { value: 'projected', label: '見込値' },
  { value: 'target', label: '目標値' },
] as const;

/** One value of one indicator in one fiscal year (long format). File: `observations.csv`. */
export type Observation = RowOf<typeof observationTable>;

export const observationTable = {
  name: 'observations',
  file: 'observations.csv',
  scope: 'plan',
  title: '指標の値',
  description: '1行が1つの指標の1年度の値です（縦長形式）。翌年度の実績は行を1つ追加して書きます。',
  key: ['indicator_id', 'fiscal_year', 'kind'],
  optional: true,
  columns: [
    {
      name: 'indicator_id',
      label: '指標ID',
      type: 'id',
      required: true,
      references: { table: 'indicators', scope: 'same-plan' },
      description: '値がどの指標のものか（indicators.csv の id）。',
    },
    {
      name: 'fiscal_year',
      label: '年度',
      type: 'fiscal_year',
      required: false,
      description:
        '西暦の年度（令和7年度なら 2025）。原本が年度を書いていない値（「現状の30件」など）は空欄にし、note にその旨を書きます。推測で年度を入れないでください。',
    },
    {
      name: 'kind',
      label: '値の種類',
      type: 'enum',
      required: true,
      values: OBSERVATION_KINDS,
      description: 'baseline（現状値）、actual（実績値）、projected（見込値）、target（目標値）。',
    },
    {
      name: 'value',
      label: '値',
      type: 'number',
      required: false,
      description:
        '単位も桁区切りも付けない半角数字（3,096人 → 3096）。原本が「-」など値を示していない場合は空欄にし、note に理由を書きます。空欄は 0 ではありません。',
    },
    { name: 'note', label: '注記', type: 'text', required: false, description: '値についての注記。value が空欄のときは必須です。' },
  ],
} as const satisfies TableSpec;
