import type { ColumnSpec } from '../../../schemas/column-spec.ts';
import { planTable, planTables } from '../../../schemas/index.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { keysOf, validRows, type ValidatedPlanTables } from '../validated-tables.ts';
import { checkReference } from './cell-error.ts';

/**
 * Every filled reference column of every table of one plan (`references` in the specs) names an
 * existing key: a plan id for site-wide references, otherwise a key of the plan's own table.
 * References into a table that could not be read are not checked.
 */
export function checkReferenceColumns(tables: ValidatedPlanTables, planIds: readonly string[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const spec of planTables) {
    const columns: readonly ColumnSpec[] = spec.columns;
    const rows: readonly SourcedRow[] = validRows(tables, spec.name);
    for (const column of columns) {
      const reference = column.references;
      if (!reference) continue;
      const targetTable = reference.scope === 'site' ? null : planTables.find((t) => t.name === reference.table)!;
      const target = targetTable ? keysOf(tables, targetTable.name) : new Set(planIds);
      if (target === null) continue;
      const targetFile = targetTable ? targetTable.file : planTable.file;
      for (const row of rows) {
        if (row.values[column.name] === null) continue;
        errors.push(...checkReference(row, column.name, target, column.label.replace(/ID$/, ''), targetFile));
      }
    }
  }
  return errors;
}

/**
 * Keys a roadmap step or a score may name as its item: the plan's measures and initiatives;
 * `null` when either table could not be read.
 */
export function itemKeys(tables: ValidatedPlanTables | undefined): Set<string> | null {
  const measureKeys = keysOf(tables, 'measures');
  const initiativeKeys = keysOf(tables, 'initiatives');
  return measureKeys && initiativeKeys ? new Set([...measureKeys, ...initiativeKeys]) : null;
}
