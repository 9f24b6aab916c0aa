/**
 * The open data of a plan's versions: the figure tables of each earlier version (the newest is the
 * plan's own tables), every changed passage between consecutive versions, every changed figure,
 * and the response matrix (意見 → 市の考え方 → 修正箇所). Built from the same comparison as the pages.
 */
import type { CellValue, TableSpec } from '../../schemas/column-spec.ts';
import {
  earlierVersionTexts,
  VERSION_ID,
  VERSION_FIGURE_CHANGES,
  VERSION_PASSAGE_CHANGES,
  VERSION_RESPONSE_MATRIX,
} from '../../schemas/version-published-tables.ts';
import { goalTable, indicatorTable, initiativeTable, measureTable, observationTable } from '../../schemas/index.ts';
import type { PlanContent } from '../content/types.ts';
import { chapterCitations } from '../citation/citations.ts';
import { answersFor, compareVersions, type VersionComparison } from '../versions/comparison.ts';
import { splitPassageList } from '../versions/passages.ts';
import { versionsInOrder } from '../versions/plan-versions.ts';
// A cycle with published-tables.ts, which lists these tables: used only inside functions, never at load.
import { MUNICIPALITY_COLUMNS, type PublishedTable } from './published-tables.ts';
import { PLAN_ID_COLUMN } from '../../schemas/published-tables.ts';

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
    ...earlierVersionTexts(spec),
    columns: [...MUNICIPALITY_COLUMNS, PLAN_ID_COLUMN, VERSION_ID, ...spec.columns],
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
    ...VERSION_PASSAGE_CHANGES,
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
    ...VERSION_FIGURE_CHANGES,
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
    ...VERSION_RESPONSE_MATRIX,
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
