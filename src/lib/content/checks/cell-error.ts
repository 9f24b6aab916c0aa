import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { closestMatch } from '../../validate/suggest.ts';

/** An error located at one cell of a validated row (the field is one of the row's columns). */
export function cellError<Row>(
  row: SourcedRow<Row>,
  field: keyof Row & string,
  rest: Omit<ContentError, 'file' | 'line' | 'column' | 'field'>,
): ContentError {
  return { file: row.file, line: row.line, column: row.columnNumbers[field] ?? 1, field, ...rest };
}

/**
 * Checks that a row's reference column names an existing key: none, or one `unknown-reference`
 * error naming `what` was looked for in `targetFile`, with the closest key as a suggestion.
 */
export function checkReference<Row>(
  row: SourcedRow<Row>,
  field: keyof Row & string,
  keys: ReadonlySet<string>,
  what: string,
  targetFile: string,
): ContentError[] {
  const value = String(row.values[field]);
  if (keys.has(value)) return [];
  const guess = closestMatch(value, [...keys]);
  return [
    cellError(row, field, {
      value,
      rule: 'unknown-reference',
      message: `${what}「${value}」は ${targetFile} にありません`,
      hint: guess
        ? `「${guess}」の書き間違いではありませんか`
        : `${targetFile} にある ID を書くか、先に ${targetFile} に行を加えてください`,
    }),
  ];
}
