import type { TableSpec, RowOf } from './column-spec.ts';

/**
 * A table of a plan that is data but not indicators (e.g. Wi-Fi access points by district).
 * Listed in `datasets.csv`; each has its rows in `datasets/<id>.csv` and its column
 * dictionary in `datasets/<id>.columns.csv` (the metadata sidecar).
 */
export type Dataset = RowOf<typeof datasetTable>;

export const datasetTable = {
  name: 'datasets',
  file: 'datasets.csv',
  scope: 'plan',
  title: 'その他のデータ表',
  description: '1行が計画に含まれる1つのデータ表です。表の中身は datasets/<id>.csv、列の説明は datasets/<id>.columns.csv に書きます。',
  key: ['id'],
  optional: true,
  columns: [
    {
      name: 'id',
      label: 'データ表ID',
      type: 'id',
      required: true,
      description: '計画の中で一意な半角英数字のID。ファイル名にも使います。',
    },
    { name: 'title', label: '表題', type: 'text', required: true, description: '原本どおりの表の題（例: 表2 Wi-Fiアクセスポイント）。' },
    { name: 'caption', label: '説明', type: 'text', required: false, description: '表についての説明。' },
    { name: 'source', label: '出典', type: 'text', required: false, description: '原本に書かれた表の出典。' },
    { name: 'page', label: '原本のページ', type: 'page', required: false, description: '原本で表が掲載されているページ。' },
  ],
} as const satisfies TableSpec;

/** One column of a dataset, from its `.columns.csv` sidecar. */
export type DatasetColumn = RowOf<typeof datasetColumnTable>;

export const datasetColumnTable = {
  name: 'dataset-columns',
  file: 'datasets/<id>.columns.csv',
  scope: 'plan',
  title: 'データ表の列の説明',
  description: '1行がデータ表の1つの列の説明です（列辞書）。',
  key: ['name'],
  optional: false,
  columns: [
    { name: 'name', label: '列名', type: 'id', required: true, description: 'データ表の見出し行に書く半角の列名。' },
    { name: 'label', label: '日本語の項目名', type: 'text', required: true, description: '列の日本語の名前。' },
    {
      name: 'type',
      label: '型',
      type: 'enum',
      required: true,
      values: [
        { value: 'text', label: '文字列' },
        { value: 'integer', label: '整数' },
        { value: 'number', label: '数値' },
        { value: 'fiscal_year', label: '年度（西暦）' },
      ],
      description: 'text、integer、number、fiscal_year のいずれか。',
    },
    { name: 'required', label: '必須', type: 'boolean', required: true, description: '空欄を許さないなら true。' },
    { name: 'unit', label: '単位', type: 'text', required: false, description: '数値の単位。' },
    { name: 'description', label: '説明', type: 'text', required: true, description: '列の意味。' },
    {
      name: 'decimals',
      label: '小数点以下の桁数',
      type: 'integer',
      required: false,
      description:
        '数値の列で、原本が小数点以下を何桁まで印刷しているか（「100.0%」なら 1）。書くと、その桁まで 0 を残して表示します（書かないと 100.0 は 100 と表示されます）。',
    },
  ],
} as const satisfies TableSpec;
