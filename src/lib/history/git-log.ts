import type { ContentRevision } from './value-history.ts';

export type { ContentRevision };

/** One commit's fields as `git log -z --format=%H%x00%aI%x00%s` prints them, checked. */
export interface LogRecord {
  commit: string;
  date: string;
  reason: string;
}

/** A commit the history leaves out, and why (in Japanese, for the build's warning). */
export interface SkippedRevision {
  commit: string;
  reason: string;
}

/** A full object name: SHA-1 (40 hex digits) or SHA-256 (64). */
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** git's strict ISO 8601 author date (`%aI`): `2026-11-30T10:00:00+09:00` or `…Z`. */
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/** The files whose history is read, relative to the content folder. */
const TRACKED_PATH = /^(plans\.csv|plans\/[^/\0]+\/(observations|responses)\.csv)$/;

/**
 * The commits of `git log -z --format=%H%x00%aI%x00%s`: NUL ends every field and every record, and
 * a commit message cannot hold NUL, so a message with any other character (the separators an older
 * reader split on, line breaks, control characters) stays inside its own field. Every field is
 * checked: a commit whose id or date is not of git's form is left out, with the reason, never shown
 * as 「NaN年」.
 */
export function parseLogRecords(output: string): { records: LogRecord[]; skipped: SkippedRevision[] } {
  const fields = output.split('\0');
  // `-z` ends the last record with NUL too: drop the empty tail.
  if (fields.at(-1) === '') fields.pop();
  const records: LogRecord[] = [];
  const skipped: SkippedRevision[] = [];
  if (fields.length % 3 !== 0) {
    skipped.push({ commit: '', reason: `git の出力を読めませんでした（${fields.length} 個の欄は 3 の倍数ではありません）` });
    return { records, skipped };
  }
  for (let i = 0; i < fields.length; i += 3) {
    // Records after the first start with the newline git puts between -z records of a custom format.
    const commit = fields[i]!.replace(/^\n/, '');
    const date = fields[i + 1]!;
    const reason = fields[i + 2]!;
    if (!COMMIT.test(commit)) skipped.push({ commit, reason: `記録のID「${commit.slice(0, 80)}」が git の形ではありません` });
    else if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date)))
      skipped.push({ commit, reason: `日付「${date.slice(0, 80)}」が読めません` });
    else records.push({ commit, date, reason });
  }
  return { records, skipped };
}

/** The tracked paths of `git diff-tree -z --name-only` output; anything else is ignored. */
export function parseNameList(output: string): string[] {
  return output
    .split('\0')
    .map((name) => name.replace(/^\n/, ''))
    .filter((name) => TRACKED_PATH.test(name));
}
