import type { CellValue, TableSpec } from '../../schemas/column-spec.ts';
import { goalTable, initiativeTable, indicatorTable, measureTable, observationTable } from '../../schemas/index.ts';
import type { VersionText } from '../content/types.ts';

/** The tables whose figures a version comparison lists (from the tables, not the prose). */
export type FigureTables = Pick<VersionText, 'goals' | 'measures' | 'initiatives' | 'indicators' | 'observations'>;

/** One column of a row whose value differs between two versions. */
export interface FieldChange {
  column: string;
  /** The column's Japanese label from the column dictionary. */
  label: string;
  before: string | null;
  after: string | null;
}

/** A row of a figure table that was added, removed or changed between two versions. */
export interface FigureChange {
  /** The table's name (`goals`, `measures`, `initiatives`, `indicators`, `observations`). */
  table: string;
  /** The table's Japanese title from the column dictionary (基本目標, 指標の値 …). */
  tableTitle: string;
  /** The row's key values joined with `/` (`g1`, `wifi-rate/2030/target`). */
  key: string;
  /** Which item the row is, in the plan's words: its title, text or (for a value) its indicator's name. */
  subject: string;
  /** The row's id column (observations: the indicator's), for a link to the item; null when none. */
  itemId: string | null;
  change: 'added' | 'removed' | 'changed';
  /** The differing columns (every filled column for an added or removed row). */
  fields: FieldChange[];
}

const cellText = (value: CellValue | undefined): string | null => (value === null || value === undefined ? null : String(value));

/** Compares one table's rows between two versions by the table's key, column by column, in the newer version's order. */
function tableChanges<Row extends object>(
  spec: TableSpec,
  before: readonly Row[],
  after: readonly Row[],
  subject: (row: Row) => string,
  itemId: (row: Row) => string | null,
): FigureChange[] {
  const cells = (row: Row) => row as Readonly<Record<string, CellValue>>;
  const keyOf = (row: Row) => spec.key.map((k) => String(cells(row)[k])).join('/');
  const oldByKey = new Map(before.map((row) => [keyOf(row), row]));
  const newKeys = new Set(after.map(keyOf));
  const changes: FigureChange[] = [];
  const base = (row: Row) => ({ table: spec.name, tableTitle: spec.title, key: keyOf(row), subject: subject(row), itemId: itemId(row) });
  const filled = (row: Row, side: 'before' | 'after'): FieldChange[] =>
    spec.columns
      // Ids and references say nothing to a reader of an added or removed row; its subject names it.
      .filter((c) => c.type !== 'id' && !c.references && cellText(cells(row)[c.name]) !== null)
      .map((c) => ({
        column: c.name,
        label: c.label,
        before: side === 'before' ? cellText(cells(row)[c.name]) : null,
        after: side === 'after' ? cellText(cells(row)[c.name]) : null,
      }));
  for (const row of after) {
    const previous = oldByKey.get(keyOf(row));
    if (!previous) {
      changes.push({ ...base(row), change: 'added', fields: filled(row, 'after') });
      continue;
    }
    const fields = spec.columns
      .map((c) => ({ column: c.name, label: c.label, before: cellText(cells(previous)[c.name]), after: cellText(cells(row)[c.name]) }))
      .filter((f) => f.before !== f.after);
    if (fields.length > 0) changes.push({ ...base(row), change: 'changed', fields });
  }
  for (const row of before) if (!newKeys.has(keyOf(row))) changes.push({ ...base(row), change: 'removed', fields: filled(row, 'before') });
  return changes;
}

/**
 * The figures that changed between two versions, read from the tables: goals, measures,
 * initiatives, indicators and their values (targets, baselines …), each row compared by its key
 * and named in the plan's own words.
 */
export function figureChanges(before: FigureTables, after: FigureTables): FigureChange[] {
  const indicatorNames = new Map([...before.indicators, ...after.indicators].map((i) => [i.id, i.name]));
  return [
    ...tableChanges(
      goalTable,
      before.goals,
      after.goals,
      (g) => `${g.number} ${g.title}`,
      (g) => g.id,
    ),
    ...tableChanges(
      measureTable,
      before.measures,
      after.measures,
      (m) => `${m.number} ${m.title}`,
      (m) => m.id,
    ),
    ...tableChanges(
      initiativeTable,
      before.initiatives,
      after.initiatives,
      (i) => i.text,
      (i) => i.id,
    ),
    ...tableChanges(
      indicatorTable,
      before.indicators,
      after.indicators,
      (i) => i.name,
      (i) => i.id,
    ),
    ...tableChanges(
      observationTable,
      before.observations,
      after.observations,
      (o) => indicatorNames.get(o.indicator_id) ?? o.indicator_id,
      (o) => o.indicator_id,
    ),
  ];
}
