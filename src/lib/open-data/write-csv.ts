import type { CellValue, ColumnSpec } from '../../schemas/column-spec.ts';
import { formulaSafe } from '../csv/formula-safe.ts';
import { csvText } from '../csv/csv-text.ts';

/**
 * How a cell is written: blank for null (never 0), true/false, plain numbers without grouping,
 * and text that could run as a spreadsheet formula with a leading apostrophe (see formula-safe.ts).
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  return formulaSafe(value);
}

/**
 * A CSV that Excel opens correctly in Japanese and pandas/R read as is: UTF-8 with BOM, CRLF line
 * ends, RFC 4180 quoting (a cell with a comma, quote or line break is quoted; quotes doubled),
 * header row of ASCII column names, no cell that a spreadsheet runs as a formula (csv-text.ts).
 */
export function toCsv(columns: readonly ColumnSpec[], rows: readonly Record<string, CellValue>[]): string {
  const fields = columns.map((c) => c.name);
  return csvText([fields, ...rows.map((row) => fields.map((f) => cellText(row[f] ?? null)))]);
}

/** The rows as JSON: an array of objects keyed by column name, blanks as null. */
export function toJson(columns: readonly ColumnSpec[], rows: readonly Record<string, CellValue>[]): string {
  return `${JSON.stringify(
    rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]))),
    null,
    2,
  )}\n`;
}
