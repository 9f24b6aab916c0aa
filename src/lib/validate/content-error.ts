import type { RuleId } from './rules.ts';

/**
 * A problem found in the content, located precisely enough for a city clerk to fix it.
 * All problems of a run are collected and reported together.
 */
export interface ContentError {
  /** Path from the project root, e.g. `content/plans/kitakami-2026/observations.csv`. */
  file: string;
  /** 1-based line in the file (0 when the problem is about the whole file). */
  line: number;
  /** 1-based column: the field number in a CSV row, or the character in a text line. */
  column: number;
  /** The CSV column or frontmatter field the problem is in, if any. */
  field?: string;
  /** The offending value exactly as written, if any. */
  value?: string;
  /** Short ASCII id of the rule that was broken (used in tests and in the editor's guide). */
  rule: RuleId;
  /** What is wrong, in Japanese. */
  message: string;
  /** How to fix it, in Japanese. */
  hint: string;
}

/**
 * Formats one error as a single line:
 * `content/…/observations.csv:7:4 列 value: 「65％」は数値ではありません — 65 と書き… [number-unit]`.
 */
export function formatContentError(error: ContentError): string {
  const where = error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
  const noun = error.file.endsWith('.md') ? '項目' : '列';
  const field = error.field ? ` ${noun} ${error.field}:` : '';
  return `${where}${field} ${error.message} — ${error.hint} [${error.rule}]`;
}

/** How many problems a run prints; the count line always gives the total. */
export const SHOWN_ERRORS = 200;

/**
 * Formats a whole run's errors, with a count first so the clerk knows how many to fix. Only the
 * first `SHOWN_ERRORS` are listed: a file saved wrongly can raise a hundred thousand, and the first
 * ones show what went wrong.
 */
export function formatContentErrors(errors: readonly ContentError[]): string {
  const lines = errors.slice(0, SHOWN_ERRORS).map((e) => `  ${formatContentError(e)}`);
  const rest = errors.length - lines.length;
  const more = rest > 0 ? [`  …ほかに ${rest} 件あります（最初の ${SHOWN_ERRORS} 件だけを表示しています。上の問題を直すと、まとめて消えることがよくあります）`] : [];
  return [`コンテンツに ${errors.length} 件の問題があります。サイトは作成されませんでした。`, ...lines, ...more].join('\n');
}

/** Thrown by the build when the content has problems; carries every problem found. */
export class ContentValidationError extends Error {
  readonly errors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    super(formatContentErrors(errors));
    this.name = 'ContentValidationError';
    this.errors = errors;
  }
}
