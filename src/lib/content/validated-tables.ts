import { planTables, type PlanTableName, type PlanTableSpecs, type PlanTables } from '../../schemas/index.ts';
import type { CellValue, RowOf } from '../../schemas/column-spec.ts';
import type { SourcedRow, TableResult } from '../validate/validate-table.ts';

/** What validation kept of one table (a `TableResult` without its errors, which are reported at once). */
export type ValidatedTable<Row = Record<string, CellValue>> = Omit<TableResult<Row>, 'errors'>;

/** Every validated table of one plan folder, by table name; a table whose file is absent has no entry. */
export type ValidatedPlanTables = { [N in PlanTableName]?: ValidatedTable<PlanTables[N]> };

/**
 * Files a table's validation result under its name. Generic in the name (and typed on a mapped
 * type over it), so the compiler checks that the rows are of that very table's row type.
 */
export function setValidatedTable<N extends PlanTableName>(
  tables: { [P in N]?: ValidatedTable<RowOf<PlanTableSpecs[P]>> },
  name: N,
  table: ValidatedTable<RowOf<PlanTableSpecs[N]>>,
): void {
  tables[name] = table;
}

/** The rows of one table of a plan that passed validation (none when the plan or the file is absent). */
export function validRows<N extends PlanTableName>(tables: ValidatedPlanTables | undefined, name: N): SourcedRow<PlanTables[N]>[] {
  return tables?.[name]?.rows ?? [];
}

/**
 * Keys of a table (its first key column) in one plan, including rows rejected for another
 * problem; `null` when the table could not be read, so references into it are not checked
 * (one broken header must not produce a hundred "not found" messages).
 */
export function keysOf(tables: ValidatedPlanTables | undefined, name: PlanTableName): Set<string> | null {
  const spec = planTables.find((t) => t.name === name)!;
  const result: ValidatedTable | undefined = tables?.[name];
  if (result && !result.complete) return null;
  const key = spec.key[0];
  return new Set([...(result?.rows ?? []).map((r) => String(r.values[key])), ...(result?.rejected ?? []).map((r) => r[key] ?? '')]);
}
