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
export function formatContentErrors(errors: readonly ContentError[], consequence = 'サイトは作成されませんでした。'): string {
  const lines = errors.slice(0, SHOWN_ERRORS).map((e) => `  ${formatContentError(e)}`);
  const rest = errors.length - lines.length;
  const more =
    rest > 0
      ? [
          `  …ほかに ${rest} 件あります（最初の ${SHOWN_ERRORS} 件だけを表示しています。上の問題を直すと、まとめて消えることがよくあります）`,
        ]
      : [];
  return [`コンテンツに ${errors.length} 件の問題があります。${consequence}`, ...lines, ...more].join('\n');
}

/** Formats a run's warnings (printed by the build and `npm run validate`, which still succeed). */
export function formatContentWarnings(warnings: readonly ContentError[]): string {
  return [`警告が ${warnings.length} 件あります（サイトは作成します）。`, ...warnings.map((w) => `  ${formatContentError(w)}`)].join('\n');
}

/**
 * Thrown when the content has problems; its message is the whole formatted list (the dev server's
 * error overlay shows it). The problems are `problems`, not `errors`: Astro reads an `errors` array as
 * separate errors and would show only the first.
 */
export class ContentValidationError extends Error {
  readonly problems: readonly ContentError[];
  /** Shown by Astro's error overlay as the heading. */
  readonly title = 'コンテンツに問題があります';
  /** Shown by Astro's error overlay under the message. */
  readonly hint = 'ファイルを直して保存すると、このページは自動で読み込み直されます。';
  constructor(problems: readonly ContentError[]) {
    super(formatContentErrors(problems, 'ページを表示できません。'));
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}
