import type { DatasetColumn } from '../../schemas/dataset.ts';
import { formatValue } from '../format/number.ts';

/**
 * A dataset cell as a table shows it: a number with its unit and the precision the original prints
 * (the column's `decimals`: 100 in a column with decimals 1 → 「100.0%」), text as written, a blank
 * as nothing.
 */
export function datasetCellText(value: unknown, column: Pick<DatasetColumn, 'type' | 'unit' | 'decimals'>): string {
  if (value === null || value === undefined) return '';
  const numeric = column.type === 'integer' || column.type === 'number';
  return numeric && typeof value === 'number' ? formatValue(value, column.unit, column.decimals) : String(value);
}
