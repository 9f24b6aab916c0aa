/**
 * The one CSV writer of the project (the open data and the citizen's comment letter): UTF-8 with a
 * BOM so that Excel reads Japanese, CRLF line ends, RFC 4180 quoting. Cells are written as given;
 * callers make them formula-safe first (formula-safe.ts). No dependency, so the comment letter's
 * browser script can use it without shipping a CSV library.
 */

/** One field: quoted when it holds a comma, a quote, a line break or a space at either end; quotes doubled. */
export const csvField = (value: string): string => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A whole file from its rows (the first row is the header). */
export const csvText = (rows: readonly (readonly string[])[]): string =>
  `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
