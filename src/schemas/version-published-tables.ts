/**
 * The column dictionary of the versions' published tables (see src/lib/open-data/version-tables.ts,
 * which fills their rows): each earlier version's figure tables, the changed passages and figures
 * between consecutive versions, and the response matrix. Titles, labels and meanings are printed on
 * /data/columns/, in the data README and the data package, like every table's.
 */
import type { ColumnSpec, TableSpec } from './column-spec.ts';
import { MUNICIPALITY_COLUMNS, PLAN_ID_COLUMN as PLAN_ID } from './published-tables.ts';

/** The version of the row (versions.csv `id`). */
export const VERSION_ID: ColumnSpec = {
  name: 'version_id',
  label: '版ID',
  type: 'id',
  required: true,
  references: { table: 'versions', scope: 'same-plan' },
  description: '行が属する版の版ID（versions の id）。',
};
/** The older of the two versions compared. */
const FROM_VERSION: ColumnSpec = {
  ...VERSION_ID,
  name: 'from_version',
  label: '比べた前の版',
  description: '比べた前の版の版ID（versions の id）。',
};
/** The newer of the two versions compared. */
const TO_VERSION: ColumnSpec = {
  ...VERSION_ID,
  name: 'to_version',
  label: '比べた後の版',
  description: '比べた後の版の版ID（versions の id）。',
};
/** Added, removed or changed. */
const CHANGE: ColumnSpec = {
  name: 'change',
  label: '変更の種類',
  type: 'enum',
  required: true,
  values: [
    { value: 'added', label: '追加' },
    { value: 'removed', label: '削除' },
    { value: 'changed', label: '変更' },
  ],
  description: 'added（後の版で追加）、removed（後の版で削除）、changed（文言・値の変更）。',
};
/** A text column. */
const text = (name: string, label: string, description: string, required = false): ColumnSpec => ({
  name,
  label,
  type: 'text',
  required,
  description,
});

/** An earlier version's copy of one of the plan's figure tables: its title and meaning. */
export const earlierVersionTexts = (spec: Pick<TableSpec, 'name' | 'title' | 'description'>) => ({
  title: `前の版の${spec.title}`,
  description: `${spec.description}最新の版より前の版（versions の version_id）の表です。最新の版の表は ${spec.name} にあります。`,
});

/** Every passage that changed between consecutive versions. */
export const VERSION_PASSAGE_CHANGES = {
  title: '版の間の本文の変更',
  description: '1行が、前の版から次の版への本文の1か所（段落・箇条書きの項目・見出し）の追加・削除・変更です。',
  columns: [
    ...MUNICIPALITY_COLUMNS,
    PLAN_ID,
    FROM_VERSION,
    TO_VERSION,
    { name: 'chapter_id', label: '章ID', type: 'id', required: true, description: '章のID（chapters/<章ID>.md）。' },
    {
      name: 'passage_id',
      label: '段落ID',
      type: 'text',
      required: true,
      description: '段落・項目・見出しのID（章のページのアンカー）。',
    },
    text('citation', '箇所', '箇所の表記（例: 第4章(2) 第3段落）。削除された箇所は前の版での位置です。'),
    CHANGE,
    text('before_text', '前の版の文言', '前の版での文言（追加された箇所は空欄）。'),
    text('after_text', '後の版の文言', '後の版での文言（削除された箇所は空欄）。'),
    text('response_numbers', '修正の理由となった意見', 'この箇所を修正箇所に挙げた意見の番号（半角スペース区切り）。'),
    {
      name: 'own_change',
      label: '意見によらない修正',
      type: 'boolean',
      required: false,
      description: 'パブリックコメントの案と次の版の比較で、どの意見の回答にも挙げられていない変更なら true。それ以外の比較では空欄。',
    },
  ],
} satisfies { title: string; description: string; columns: readonly ColumnSpec[] };

/** Every changed figure between consecutive versions, one row per changed column. */
export const VERSION_FIGURE_CHANGES = {
  title: '版の間の表の変更',
  description: '1行が、前の版から次の版への表（目標・施策・取組・指標・指標の値）の1つの値の追加・削除・変更です。',
  columns: [
    ...MUNICIPALITY_COLUMNS,
    PLAN_ID,
    FROM_VERSION,
    TO_VERSION,
    text('table', '表', '表の名前（goals、measures、initiatives、indicators、observations）。', true),
    text('row_key', '行のキー', '行を表すキーの値（/ 区切り。例: online-rate/2030/target）。', true),
    text('subject', '項目', '行が表す項目（目標名・取組内容・指標名など）。', true),
    CHANGE,
    text('column', '列', '変わった列の名前。', true),
    text('column_label', '列の名前', '変わった列の日本語の名前。', true),
    text('before_value', '前の版の値', '前の版での値（追加は空欄）。'),
    text('after_value', '後の版の値', '後の版での値（削除は空欄）。'),
  ],
} satisfies { title: string; description: string; columns: readonly ColumnSpec[] };

/** 意見 → 市の考え方 → 修正箇所. */
export const VERSION_RESPONSE_MATRIX = {
  title: '意見と修正箇所',
  description: '1行が、パブリックコメントの1件の意見と市の考え方、それによって修正された1か所です（修正のない意見は修正箇所が空欄の1行）。',
  columns: [
    ...MUNICIPALITY_COLUMNS,
    PLAN_ID,
    FROM_VERSION,
    TO_VERSION,
    { name: 'number', label: '番号', type: 'integer', required: true, description: '市が公表した意見の番号。' },
    text('opinion_summary', '意見の概要', '市が公表した意見の概要。', true),
    text('answer', '市の考え方', '意見に対する市の考え方。', true),
    { name: 'draft_changed', label: '案の修正', type: 'boolean', required: true, description: '意見を受けて案を修正したなら true。' },
    text('changed_passage', '修正箇所', '修正した箇所（章ID#段落ID）。'),
  ],
} satisfies { title: string; description: string; columns: readonly ColumnSpec[] };
