/**
 * The open data of a plan's versions: the figure tables of each earlier version (the newest is the
 * plan's own tables), every changed passage between consecutive versions, every changed figure,
 * and the response matrix (意見 → 市の考え方 → 修正箇所). Built from the same comparison as the pages.
 */
import type { CellValue, ColumnSpec, TableSpec } from '../../schemas/column-spec.ts';
import { goalTable, indicatorTable, initiativeTable, measureTable, observationTable } from '../../schemas/index.ts';
import type { PlanContent } from '../content/types.ts';
import { chapterCitations } from '../citation/citations.ts';
import { answersFor, compareVersions, type VersionComparison } from '../versions/comparison.ts';
import { splitPassageList } from '../versions/passages.ts';
import { versionsInOrder } from '../versions/plan-versions.ts';
// A cycle with published-tables.ts, which lists these tables: used only inside functions, never at load.
import { MUNICIPALITY_COLUMNS, type PublishedTable } from './published-tables.ts';

const PLAN_ID: ColumnSpec = {
  name: 'plan_id',
  label: '計画ID',
  type: 'id',
  required: true,
  references: { table: 'plans', scope: 'site' },
  description: '行が属する計画の計画ID（plans の id）。',
};
const VERSION_ID: ColumnSpec = {
  name: 'version_id',
  label: '版ID',
  type: 'id',
  required: true,
  references: { table: 'versions', scope: 'same-plan' },
  description: '行が属する版の版ID（versions の id）。',
};
const FROM_VERSION: ColumnSpec = {
  ...VERSION_ID,
  name: 'from_version',
  label: '比べた前の版',
  description: '比べた前の版の版ID（versions の id）。',
};
const TO_VERSION: ColumnSpec = {
  ...VERSION_ID,
  name: 'to_version',
  label: '比べた後の版',
  description: '比べた後の版の版ID（versions の id）。',
};
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
const text = (name: string, label: string, description: string, required = false): ColumnSpec => ({
  name,
  label,
  type: 'text',
  required,
  description,
});

/** The figure tables an earlier version has of its own (see `VersionText`). */
const VERSIONED: readonly TableSpec[] = [goalTable, measureTable, initiativeTable, indicatorTable, observationTable];

/** The plan's columns on every row. */
const planCells = (content: PlanContent) => ({
  municipality_code: content.plan.municipality_code,
  municipality_name: content.plan.municipality_name,
  plan_id: content.plan.id,
});

/** Each comparison of consecutive versions, oldest first. */
const comparisons = (content: PlanContent): VersionComparison[] =>
  versionsInOrder(content.versions).flatMap((v) => compareVersions(content, v.id) ?? []);

/** Each earlier version's rows of one figure table, with its version id. */
function earlierVersionTable(content: PlanContent, spec: TableSpec): PublishedTable {
  const rows = content.versionTexts.flatMap((t) =>
    (t[spec.name as keyof typeof t] as readonly Record<string, CellValue>[]).map((row) => ({
      ...planCells(content),
      version_id: t.id,
      ...Object.fromEntries(spec.columns.map((c) => [c.name, row[c.name] ?? null])),
    })),
  );
  return {
    name: `version-${spec.name}`,
    title: `前の版の${spec.title}`,
    description: `${spec.description}最新の版より前の版（versions の version_id）の表です。最新の版の表は ${spec.name} にあります。`,
    columns: [...MUNICIPALITY_COLUMNS, PLAN_ID, VERSION_ID, ...spec.columns],
    rows,
    key: ['plan_id', 'version_id', ...spec.key],
    sources: content.versionTexts.map((t) => `content/plans/${content.plan.id}/versions/${t.id}/${spec.file}`),
  };
}

/** Every passage that changed between consecutive versions, with the answers that name it. */
function passageChangesTable(content: PlanContent): PublishedTable {
  const rows = comparisons(content).flatMap((comparison) =>
    comparison.chapters.flatMap((diff) => {
      const after = comparison.afterText.chapters.find((c) => c.id === diff.chapterId);
      const before = comparison.beforeText.chapters.find((c) => c.id === diff.chapterId);
      const citations = [after && chapterCitations(after), before && chapterCitations(before)];
      return diff.passages
        .filter((p) => p.change !== 'same')
        .map((p) => {
          const answers = answersFor(comparison, diff.chapterId, p);
          return {
            ...planCells(content),
            from_version: comparison.before.id,
            to_version: comparison.after.id,
            chapter_id: diff.chapterId,
            passage_id: p.id,
            citation: citations.map((c) => c?.get(p.id)?.label).find((label) => label !== undefined) ?? null,
            change: p.change,
            before_text: p.before,
            after_text: p.after,
            response_numbers: answers.length > 0 ? answers.join(' ') : null,
            own_change: comparison.responses.length > 0 ? answers.length === 0 : null,
          };
        });
    }),
  );
  return {
    name: 'version-passage-changes',
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
    rows,
    key: ['plan_id', 'from_version', 'to_version', 'chapter_id', 'passage_id'],
    sources: [`content/plans/${content.plan.id}/versions.csv`, `content/plans/${content.plan.id}/responses.csv`],
  };
}

/** Every changed figure (one row per changed column) between consecutive versions. */
function figureChangesTable(content: PlanContent): PublishedTable {
  const rows = comparisons(content).flatMap((comparison) =>
    comparison.figures.flatMap((f) =>
      f.fields.map((field) => ({
        ...planCells(content),
        from_version: comparison.before.id,
        to_version: comparison.after.id,
        table: f.table,
        row_key: f.key,
        subject: f.subject,
        change: f.change,
        column: field.column,
        column_label: field.label,
        before_value: field.before,
        after_value: field.after,
      })),
    ),
  );
  return {
    name: 'version-figure-changes',
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
    rows,
    key: ['plan_id', 'from_version', 'to_version', 'table', 'row_key', 'column'],
    sources: VERSIONED.map((spec) => `content/plans/${content.plan.id}/${spec.file}`),
  };
}

/** 意見 → 市の考え方 → 修正箇所: one row per answer and passage it changed (an answer without one has one row). */
function responseMatrixTable(content: PlanContent): PublishedTable {
  const comparison = comparisons(content).find((c) => c.responses.length > 0);
  const rows = (comparison?.responses ?? []).flatMap((r) => {
    const passages = splitPassageList(r.changed_passages);
    return (passages.length > 0 ? passages : [null]).map((passage) => ({
      ...planCells(content),
      from_version: comparison!.before.id,
      to_version: comparison!.after.id,
      number: r.number,
      opinion_summary: r.opinion_summary,
      answer: r.answer,
      draft_changed: r.draft_changed,
      changed_passage: passage,
    }));
  });
  return {
    name: 'version-response-matrix',
    title: '意見と修正箇所',
    description:
      '1行が、パブリックコメントの1件の意見と市の考え方、それによって修正された1か所です（修正のない意見は修正箇所が空欄の1行）。',
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
    rows,
    key: ['plan_id', 'number', 'changed_passage'],
    sources: [`content/plans/${content.plan.id}/responses.csv`, `content/plans/${content.plan.id}/versions.csv`],
  };
}

/** A plan's version tables that have rows (none for a plan without versions.csv). */
export function versionPublishedTables(content: PlanContent): PublishedTable[] {
  if (content.versions.length === 0) return [];
  return [
    ...VERSIONED.map((spec) => earlierVersionTable(content, spec)),
    passageChangesTable(content),
    figureChangesTable(content),
    responseMatrixTable(content),
  ].filter((t) => t.rows.length > 0);
}
