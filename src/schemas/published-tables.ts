/**
 * The column dictionary of the tables the site writes besides the content tables (src/lib/open-data/,
 * the history and the computed roll-ups): each column's label and meaning stay beside its name, as in
 * every other file of this folder, and drive the CSV, JSON, README and data package alike.
 */
import type { ColumnSpec } from './column-spec.ts';
import { observationTable } from './observation.ts';

/** Columns every published row starts with, as the municipal standard open-data sets do. */
export const MUNICIPALITY_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'municipality_code',
    label: '全国地方公共団体コード',
    type: 'municipality_code',
    required: true,
    description: '計画を定めた地方公共団体の全国地方公共団体コード（検査数字付き6桁、文字列。先頭の0を含みます）。',
  },
  { name: 'municipality_name', label: '地方公共団体名', type: 'text', required: true, description: '計画を定めた地方公共団体の名前。' },
];

/** The plan a published row belongs to. */
export const PLAN_ID_COLUMN: ColumnSpec = {
  name: 'plan_id',
  label: '計画ID',
  type: 'id',
  required: true,
  references: { table: 'plans', scope: 'site' },
  description: '行が属する計画の計画ID（plans の id）。',
};

/** Extra label columns next to Western years, so a reader of the file sees the 和暦 too. */
export const ERA_LABELS: Record<string, ColumnSpec> = {
  fiscal_year: {
    name: 'fiscal_year_label',
    label: '年度（和暦）',
    type: 'text',
    required: false,
    description: '年度の和暦の表記（例: 令和7年度）。fiscal_year と同じ年度です（fiscal_year が空欄なら空欄）。',
  },
};

/** Columns of an indicator's own download: its values, with the indicator's name and unit on every row. */
export const INDICATOR_VALUE_COLUMNS: readonly ColumnSpec[] = [
  ...MUNICIPALITY_COLUMNS,
  PLAN_ID_COLUMN,
  { name: 'indicator_id', label: '指標ID', type: 'id', required: true, description: '指標のID（indicators の id）。' },
  { name: 'indicator_name', label: '指標名（原文）', type: 'text', required: true, description: '原本に印刷された指標名。' },
  { name: 'unit', label: '単位', type: 'text', required: false, description: '値の単位。' },
  {
    name: 'fiscal_year',
    label: '年度',
    type: 'fiscal_year',
    required: false,
    description: '西暦の年度。原本に年度の記載がない値は空欄（note にその旨）。',
  },
  ERA_LABELS.fiscal_year!,
  // The same column as in observations.csv: its values and meaning are the content's.
  observationTable.columns.find((c) => c.name === 'kind')!,
  {
    name: 'value',
    label: '値',
    type: 'number',
    required: false,
    description: '単位も桁区切りも付けない数値。空欄は値がないことを表し、0 ではありません（理由は note）。',
  },
  { name: 'note', label: '注記', type: 'text', required: false, description: '値についての注記。' },
];

/** The columns of the computed roll-ups after the municipality and plan columns. */
export const ROLLUP_COLUMNS: readonly ColumnSpec[] = [
  { name: 'fiscal_year', label: '年度', type: 'fiscal_year', required: true, description: '集計した評価の年度（西暦）。' },
  { name: 'fiscal_year_label', label: '年度（和暦）', type: 'text', required: true, description: '年度の和暦の表記（例: 令和6年度）。' },
  { name: 'scale_id', label: '区分ID', type: 'id', required: true, description: '集計した評価の区分（scales の scale_id）。' },
  { name: 'goal_id', label: '基本目標ID', type: 'id', required: false, description: '集計した基本目標（goals の id）。空欄は計画全体。' },
  {
    name: 'line',
    label: '行の種類',
    type: 'text',
    required: true,
    description: 'grade（その評価の件数）または unreported（その年度の評価の行がない項目の件数）。',
  },
  { name: 'grade', label: '評価', type: 'text', required: false, description: '評価の記号（unreported の行は空欄）。' },
  { name: 'count', label: '件数', type: 'integer', required: true, description: '評価の行から数えた件数。' },
  {
    name: 'total',
    label: '対象の件数',
    type: 'integer',
    required: true,
    description: 'その区分で評価する段階の項目の数（未報告を含む。割合の分母）。',
  },
  {
    name: 'share',
    label: '割合',
    type: 'text',
    required: true,
    description: 'count ÷ total の百分率（市の公表の桁数。対象がなければ －）。',
  },
];

/** The columns of the published history (`/data/history.csv`), documented like every table. */
export const HISTORY_COLUMNS: readonly ColumnSpec[] = [
  { name: 'date', label: '日付', type: 'date', required: true, description: '変更を記録した日（リポジトリの記録の日付）。' },
  {
    name: 'commit',
    label: '記録のID',
    type: 'text',
    required: true,
    description: 'リポジトリの記録（コミット）のID。同じIDの行は同時に変更されました。',
  },
  {
    name: 'reason',
    label: '変更の理由',
    type: 'text',
    required: false,
    description: '変更の記録に「理由:」として書かれた、市民向けの理由。書かれていない変更は空欄。',
  },
  {
    name: 'type',
    label: '変更の種類',
    type: 'text',
    required: true,
    description:
      'value-added（値を掲載）、value-changed（値を変更）、value-removed（値を削除）、grade-added（市の評価を掲載）、grade-changed（市の評価を変更）、grade-removed（市の評価を削除）、response-added（意見募集の結果を掲載）、version-added（計画の版を掲載）、status-changed（計画の状態を変更）。',
  },
  { name: 'plan_id', label: '計画ID', type: 'id', required: true, description: '変更された計画のID。' },
  { name: 'indicator_id', label: '指標ID', type: 'id', required: false, description: '値の変更のとき、その指標のID。' },
  { name: 'fiscal_year', label: '年度', type: 'fiscal_year', required: false, description: '値の年度（西暦）。' },
  {
    name: 'value_kind',
    label: '値の種類',
    type: 'text',
    required: false,
    description:
      'baseline（現状値）、actual（実績値）、projected（見込値）、target（目標値）、grade（市の評価。変更前・変更後は評価の記号）。',
  },
  { name: 'before', label: '変更前', type: 'text', required: false, description: '変更前の値（数値は単位なし）。掲載のときは空欄。' },
  { name: 'after', label: '変更後', type: 'text', required: false, description: '変更後の値（数値は単位なし）。削除のときは空欄。' },
  { name: 'summary', label: '内容', type: 'text', required: true, description: '変更の内容（日本語の文）。' },
];

/** Titles and descriptions of the tables the site computes or writes (content tables have theirs in their spec). */
export const publishedTableTexts = {
  gradeRollups: {
    title: '評価の集計（行から数えたもの）',
    description:
      '1行が、ある年度・区分・基本目標（空欄は計画全体）で、ある評価になった項目、またはその年度に未報告の項目の件数と割合です。',
  },
  indicatorValues: {
    title: '指標ごとの値',
    description: '1つの指標の年度ごとの値です。どの行にも指標名と単位が入っています。',
  },
  history: {
    title: '更新履歴（数値の掲載と変更の記録）',
    description: '掲載している数値をいつ載せ、いつ変えたかの記録です。新しい順に並んでいます。',
  },
  /** One indicator's own download. */
  indicatorValuesOf: {
    title: (indicatorName: string) => `${indicatorName}の値`,
    description: (planTitle: string, indicatorName: string) => `${planTitle}の指標「${indicatorName}」の年度ごとの値です。`,
  },
} as const;
