import type { TableSpec } from './column-spec.ts';

/** One correction of PDF-extraction noise, published on the transcription notes page. */
export interface Correction {
  id: number;
  file: string;
  location: string;
  original: string;
  corrected: string;
  reason: string;
}

export const correctionTable: TableSpec = {
  name: 'corrections',
  file: 'corrections.csv',
  scope: 'plan',
  title: '転記時の修正',
  description: '1行が、原本のテキストを転記したときに直した1か所です（PDFからの文字抽出の誤りなど）。修正は必ずここに記録します。',
  key: ['id'],
  optional: true,
  columns: [
    { name: 'id', label: '番号', type: 'integer', required: true, description: '修正の通し番号。' },
    { name: 'file', label: 'ファイル', type: 'text', required: true, description: '修正した content/ 内のファイル（計画フォルダからの相対パス）。' },
    { name: 'location', label: '箇所', type: 'text', required: true, description: '原本での箇所（章・節・表の位置）。' },
    { name: 'original', label: '抽出されたテキスト', type: 'text', required: true, description: 'PDFから抽出されたままの文字列。' },
    { name: 'corrected', label: '修正後', type: 'text', required: true, description: 'このサイトに掲載している文字列。' },
    { name: 'reason', label: '理由', type: 'text', required: true, description: '直した理由。' },
  ],
};
