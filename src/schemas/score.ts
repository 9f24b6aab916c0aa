import type { TableSpec, RowOf } from './column-spec.ts';

/**
 * Qualitative evaluation (定性評価): a plan rates some of its items on several axes with
 * levels (e.g. Yokote 表5/表6, drawn in the document as radar charts). Three files:
 * `score-axes.csv` (the axes), `score-levels.csv` (what each level of each axis means) and
 * `scores.csv` (the level each item was given on each axis).
 */
export type ScoreAxis = RowOf<typeof scoreAxisTable>;

export const scoreAxisTable = {
  name: 'score-axes',
  file: 'score-axes.csv',
  scope: 'plan',
  title: '定性評価の評価軸',
  description: '1行が定性評価の1つの評価軸（要素）です。',
  key: ['id'],
  optional: true,
  columns: [
    { name: 'id', label: '評価軸ID', type: 'id', required: true, description: '計画の中で一意な半角英数字のID（例: reach）。' },
    {
      name: 'order',
      label: '順番',
      type: 'integer',
      required: true,
      description: '原本の表での列の順（1から）。レーダーチャートでは12時の方向から時計回りにこの順で並べます。',
    },
    {
      name: 'name',
      label: '評価軸の名前',
      type: 'text',
      required: true,
      description: '原本どおりの評価軸の名前（例: 対象とする市民の規模）。',
    },
    { name: 'page', label: '原本のページ', type: 'page', required: false, description: '原本で評価の基準表が掲載されているページ。' },
  ],
} as const satisfies TableSpec;

/** What one level of one axis means (a cell of the level-definition table). */
export type ScoreLevel = RowOf<typeof scoreLevelTable>;

export const scoreLevelTable = {
  name: 'score-levels',
  file: 'score-levels.csv',
  scope: 'plan',
  title: '定性評価のレベルの基準',
  description: '1行が、ある評価軸のあるレベルの基準（原本の文言）です。',
  key: ['axis_id', 'level'],
  optional: true,
  columns: [
    {
      name: 'axis_id',
      label: '評価軸ID',
      type: 'id',
      required: true,
      references: { table: 'score-axes', scope: 'same-plan' },
      description: 'どの評価軸の基準か（score-axes.csv の id）。',
    },
    { name: 'level', label: 'レベル', type: 'integer', required: true, description: 'レベルの数字（1〜5 など、原本どおり）。' },
    { name: 'definition', label: '基準', type: 'text', required: true, description: '原本どおりのレベルの基準の文言。' },
  ],
} as const satisfies TableSpec;

/** The level one item was given on one axis. */
export type Score = RowOf<typeof scoreTable>;

export const scoreTable = {
  name: 'scores',
  file: 'scores.csv',
  scope: 'plan',
  title: '定性評価の結果',
  description: '1行が、ある取組のある評価軸での評価（レベル）です。評価した取組には、すべての評価軸の行を書きます。',
  key: ['item_id', 'axis_id'],
  optional: true,
  columns: [
    {
      name: 'item_id',
      label: '対象のID',
      type: 'id',
      required: true,
      description: '評価した取組ID（initiatives.csv）または施策ID（measures.csv）。',
    },
    {
      name: 'axis_id',
      label: '評価軸ID',
      type: 'id',
      required: true,
      references: { table: 'score-axes', scope: 'same-plan' },
      description: 'どの評価軸の評価か（score-axes.csv の id）。',
    },
    {
      name: 'level',
      label: 'レベル',
      type: 'integer',
      required: false,
      description:
        '原本の評価の数字。score-levels.csv にあるレベルのどれかです。原本に評価がなければ空欄にし、note に理由を書きます（空欄は 0 ではありません）。',
    },
    { name: 'note', label: '注記', type: 'text', required: false, description: 'レベルが空欄の理由（例: 原本に評価の記載なし）。' },
  ],
} as const satisfies TableSpec;
