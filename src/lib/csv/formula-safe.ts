/**
 * Keeps text cells of the CSV files we write from running as formulas when someone opens the
 * file in Excel, LibreOffice Calc or Google Sheets (CSV / formula injection, OWASP).
 *
 * A spreadsheet reads a cell as a formula when it starts with `=`, `+`, `-` or `@`, also after
 * leading spaces, tabs or line breaks, which some programs strip. Such a text cell is written with
 * an apostrophe in front (`'=HYPERLINK(…)`), the sanitisation OWASP recommends: the cell stays
 * text. Full-width `＝＋－＠` are treated the same way as a precaution, because Japanese Excel
 * turns them into their ASCII forms when a cell is typed in.
 *
 * Numbers are never changed: typed numbers are written by the caller as plain numbers, and a text
 * cell that is exactly a plain decimal number (`-3`, `-0.5`) is read by every spreadsheet as that
 * number, not as a formula. The JSON files keep every value exactly as it is.
 */

/** The first character of a cell that a spreadsheet may treat as the start of a formula. */
const FORMULA_START = /^[\s\u3000]*[=+\-@＝＋－＠]/;
/** Control characters that make a cell suspicious whatever follows (OWASP, ASVS 1.2.10). */
const CONTROL_START = /^[\t\r\n\0]/;
/** A plain decimal number: a number, not a formula, in every spreadsheet. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Whether a text cell would need the apostrophe to stay text in a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  return (FORMULA_START.test(text) || CONTROL_START.test(text)) && !PLAIN_NUMBER.test(text);
}

/** The text as it is safe to write into a CSV cell: with a leading `'` when it could run as a formula. */
export function formulaSafe(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
