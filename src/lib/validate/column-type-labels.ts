import type { ColumnType } from '../../schemas/column-spec.ts';

/** Japanese names of the cell types, for the published column dictionary. */
export const COLUMN_TYPE_LABELS: Record<ColumnType, string> = {
  id: 'ID（半角英小文字・数字・ハイフン）',
  text: '文字列',
  integer: '整数',
  number: '数値（単位・桁区切りなし）',
  fiscal_year: '年度（西暦の整数）',
  enum: '決められた値',
  boolean: 'true / false',
  url: 'URL',
  email: 'メールアドレス（1つ）',
  date: '日付（YYYY-MM-DD）',
  municipality_code: '全国地方公共団体コード（6桁の文字列）',
  page: 'ページ番号（整数）',
};
