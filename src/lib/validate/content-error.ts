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
  rule: string;
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

/** Formats a whole run's errors, with a count first so the clerk knows how many to fix. */
export function formatContentErrors(errors: readonly ContentError[]): string {
  const lines = errors.map((e) => `  ${formatContentError(e)}`);
  return [`コンテンツに ${errors.length} 件の問題があります。サイトは作成されませんでした。`, ...lines].join('\n');
}

/** Formats a run's warnings (printed by the build and `npm run validate`, which still succeed). */
export function formatContentWarnings(warnings: readonly ContentError[]): string {
  return [`警告が ${warnings.length} 件あります（サイトは作成します）。`, ...warnings.map((w) => `  ${formatContentError(w)}`)].join('\n');
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
