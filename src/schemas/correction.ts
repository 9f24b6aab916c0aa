import type { TableSpec, RowOf } from './column-spec.ts';

export const CORRECTION_ACTIONS = [
  { value: 'corrected', label: '修正した' },
  { value: 'kept', label: '原文のまま（気づいた点）' },
] as const;

/**
 * One correction of PDF-extraction noise — or one oddity deliberately kept as printed —
 * published on the transcription notes page so a reader can audit every change.
 */
export type Correction = RowOf<typeof correctionTable>;

export const correctionTable = {
  name: 'corrections',
  file: 'corrections.csv',
  scope: 'plan',
  title: '転記時の修正',
  description: '1行が、原本のテキストを転記したときに直した1か所、または原文のまま掲載した気になる1か所です。修正は必ずここに記録します。',
  key: ['id'],
  optional: true,
  columns: [
    { name: 'id', label: '番号', type: 'integer', required: true, description: '修正の通し番号。' },
    {
      name: 'action',
      label: '対応',
      type: 'enum',
      required: true,
      values: CORRECTION_ACTIONS,
      description: 'corrected（修正した）か kept（原文のまま掲載し、気づいた点として記録する）。',
    },
    {
      name: 'file',
      label: 'ファイル',
      type: 'text',
      required: true,
      description: '修正した content/ 内のファイル（計画フォルダからの相対パス）。',
    },
    { name: 'location', label: '箇所', type: 'text', required: true, description: '原本での箇所（章・節・表の位置）。' },
    { name: 'original', label: '抽出されたテキスト', type: 'text', required: true, description: 'PDFから抽出されたままの文字列。' },
    {
      name: 'corrected',
      label: '修正後',
      type: 'text',
      required: false,
      description: 'このサイトに掲載している文字列。action が corrected のときは必須です。',
    },
    { name: 'reason', label: '理由', type: 'text', required: true, description: '直した理由。' },
  ],
} as const satisfies TableSpec;
