/**
 * I/O edge: reads the repository history of the content folder with git. Everything computed from
 * it lives in `src/lib/history/` (pure, unit-tested).
 */
import { execFileSync } from 'node:child_process';
import { parseLogRecords, parseNameList, type ContentRevision, type SkippedRevision } from '../lib/history/git-log.ts';

/** The files whose history is public: every figure, every grade, the comment responses and the plans' status. */
const TRACKED = ['plans.csv', 'plans/*/observations.csv', 'plans/*/evaluations.csv', 'plans/*/responses.csv', 'plans/*/versions.csv'];

const git = (contentDir: string, args: string[]) =>
  execFileSync('git', ['-C', contentDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

/** The revisions that could be read, and the commits left out (each with the reason, for a build warning). */
export interface ContentHistory {
  revisions: ContentRevision[];
  skipped: SkippedRevision[];
}

/**
 * Every commit that touched a tracked file of the content folder, oldest first, with the text of
 * the touched files after it. `null` when the folder has no repository history (a plain copy of
 * the files): then the site says the history is not available, and never invents one.
 *
 * git's output is read in a form no commit message can break: `-z` ends every field with NUL (which
 * a commit message cannot hold), and each commit's files come from their own `diff-tree -z` call.
 * Every field is checked (`parseLogRecords`); a commit whose fields are not what git documents is
 * left out and named in `skipped`, never guessed.
 */
export function readContentHistory(contentDir: string): ContentHistory | null {
  try {
    if (git(contentDir, ['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return null;
  } catch {
    return null;
  }
  let log: string;
  try {
    log = git(contentDir, ['log', '-z', '--reverse', '--format=%H%x00%aI%x00%B', '--', ...TRACKED]);
  } catch {
    // A repository with no commit yet.
    return { revisions: [], skipped: [] };
  }
  const { records, skipped } = parseLogRecords(log);
  const revisions: ContentRevision[] = [];
  for (const record of records) {
    let names: string;
    try {
      names = git(contentDir, [
        'diff-tree',
        '-z',
        '-r',
        '--root',
        '--no-commit-id',
        '--name-only',
        '--relative',
        record.commit,
        '--',
        ...TRACKED,
      ]);
    } catch {
      skipped.push({ commit: record.commit, reason: '変更されたファイルを読めませんでした' });
      continue;
    }
    const files = new Map<string, string | null>();
    for (const path of parseNameList(names)) {
      let text: string | null;
      try {
        text = git(contentDir, ['show', `${record.commit}:./${path}`]);
      } catch {
        text = null; // deleted by this commit
      }
      files.set(path, text);
    }
    revisions.push({ ...record, files });
  }
  return { revisions, skipped };
}
