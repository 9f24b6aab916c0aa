import type { TableSpec, RowOf } from './column-spec.ts';

export const INDICATOR_KINDS = [
  { value: 'numeric', label: '数値指標' },
  { value: 'text', label: '文章で示す目標（マイルストーン）' },
] as const;

export const INDICATOR_DIRECTIONS = [
  { value: 'increase', label: '増やす' },
  { value: 'decrease', label: '減らす' },
  { value: 'maintain', label: '維持する' },
] as const;

export const INDICATOR_AGGREGATIONS = [
  { value: 'annual', label: '年度ごとの値' },
  { value: 'cumulative', label: '累計' },
  { value: 'rate', label: '率・割合' },
  { value: 'level', label: '時点の値' },
] as const;

/**
 * The values an indicator can take. Blank means the default: `share` for a unit of %, otherwise
 * `non-negative`. A % that can exceed 100 (a 全国比, a growth rate) is written `non-negative`.
 */
export const VALUE_RANGES = [
  { value: 'share', label: '0〜100（割合）' },
  { value: 'non-negative', label: '0以上（件数・人数・100を超えうる率）' },
  { value: 'any', label: '負の値もありうる（増減など）' },
] as const;

export const TARGET_COMPARATORS = [
  { value: '以上', label: '目標値以上' },
  { value: '以下', label: '目標値以下' },
] as const;

/** An indicator (成果指標・評価指標). File: `content/plans/<plan>/indicators.csv`. */
export type Indicator = RowOf<typeof indicatorTable>;

export const indicatorTable = {
  name: 'indicators',
  file: 'indicators.csv',
  scope: 'plan',
  title: '指標',
  description: '1行が1つの指標です。値（現状値・実績値・見込値・目標値）は observations.csv に年度ごとに書きます。',
  key: ['id'],
  optional: true,
  columns: [
    {
      name: 'id',
      label: '指標ID',
      type: 'id',
      required: true,
      description: '計画の中で一意な半角英数字のID。ページのURLになるので変えないでください（例: parenting-line-subscribers）。',
    },
    {
      name: 'goal_id',
      label: '目標ID',
      type: 'id',
      required: true,
      references: { table: 'goals', scope: 'same-plan' },
      description: '指標が属する基本目標の目標ID（goals.csv の id）。',
    },
    {
      name: 'measure_id',
      label: '施策ID',
      type: 'id',
      required: false,
      references: { table: 'measures', scope: 'same-plan' },
      description: '指標が特定の施策に属する場合、その施策ID（measures.csv の id）。',
    },
    {
      name: 'initiative_id',
      label: '取組ID',
      type: 'id',
      required: false,
      references: { table: 'initiatives', scope: 'same-plan' },
      description:
        '原本が指標を施策の中の1つの取組の下に掲載している場合、その取組ID（initiatives.csv の id）。取組は measure_id の施策のものにします。章では ::indicators initiative=… で、その取組の指標だけを表示します。',
    },
    { name: 'order', label: '順番', type: 'integer', required: true, description: '目標の中での掲載順（1から）。' },
    {
      name: 'name',
      label: '指標名（原文）',
      type: 'text',
      required: true,
      description: '原本に印刷された指標名そのまま（「（累計）」なども含めます）。',
    },
    {
      name: 'label',
      label: '短い名前',
      type: 'text',
      required: false,
      description: 'グラフなどで使う短い名前。空欄なら指標名を使います。',
    },
    {
      name: 'unit',
      label: '単位',
      type: 'text',
      required: false,
      description: '値の単位（%、人、件、人/年 など）。値の列には単位を書かず、ここに書きます。',
    },
    {
      name: 'kind',
      label: '種類',
      type: 'enum',
      required: true,
      values: INDICATOR_KINDS,
      description: 'numeric（数値で測る指標）か text（文章で示す目標）。',
    },
    {
      name: 'direction',
      label: '望ましい方向',
      type: 'enum',
      required: true,
      values: INDICATOR_DIRECTIONS,
      description: '値が増えるのが望ましいか（increase）、減るのが望ましいか（decrease）、維持か（maintain）。',
    },
    {
      name: 'aggregation',
      label: '集計方法',
      type: 'enum',
      required: true,
      values: INDICATOR_AGGREGATIONS,
      description: 'annual（年度ごとの値）、cumulative（累計）、rate（率・割合）、level（時点の値）。',
    },
    {
      name: 'value_range',
      label: '値の範囲',
      type: 'enum',
      required: false,
      values: VALUE_RANGES,
      description:
        '値が取りうる範囲。share（0〜100の割合）、non-negative（0以上。件数・人数や、全国比のように100を超えうる率）、any（負の値もありうる）。空欄なら、単位が % の指標は share、それ以外は non-negative として検査します。範囲の外の値はサイトに載りません。',
    },
    {
      name: 'target_comparator',
      label: '目標の比較',
      type: 'enum',
      required: false,
      values: TARGET_COMPARATORS,
      description: '原本が「以上」「以下」と書いている場合にその語。',
    },
    {
      name: 'target_text',
      label: '目標（文章）',
      type: 'text',
      required: false,
      description: 'kind が text の指標の目標の文言（原本どおり）。',
    },
    { name: 'source', label: '出典', type: 'text', required: false, description: '原本の「出典」欄の文言。' },
    {
      name: 'note_label',
      label: '備考欄の見出し',
      type: 'text',
      required: false,
      description: '原本の備考欄の見出し（備考、評価方法など）。',
    },
    {
      name: 'note',
      label: '備考',
      type: 'text',
      required: false,
      description: '原本の備考欄（評価方法など）の文言。改行は原本の箇条の区切りです。',
    },
    {
      name: 'printed_in',
      label: '掲載文書',
      type: 'id',
      required: true,
      references: { table: 'plans', scope: 'site' },
      description: 'この指標を掲載している文書の計画ID（前計画の指標を新計画が報告している場合は新計画）。',
    },
    {
      name: 'page',
      label: '原本のページ',
      type: 'page',
      required: false,
      description: '掲載文書で指標が掲載されている節の開始ページ（目次のページ）。',
    },
    {
      name: 'footnote',
      label: '注の番号',
      type: 'text',
      required: false,
      description:
        '原本の表で指標名に注の番号（上付き数字）が付いている場合、その番号（例: 2）。表の指標名の後ろに注への参照を表示します。注の本文は、その表を表示する章に [^2]: の形で書きます。',
    },
  ],
} as const satisfies TableSpec;
