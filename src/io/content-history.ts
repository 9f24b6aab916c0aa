/**
 * I/O edge: reads the repository history of the content folder with git. Everything computed from
 * it lives in `src/lib/history/` (pure, unit-tested).
 */
import { execFileSync } from 'node:child_process';
import type { ContentRevision } from '../lib/history/value-history.ts';

/** The files whose history is public: every figure, every grade, the comment responses and the plans' status. */
const TRACKED = ['plans.csv', 'plans/*/observations.csv', 'plans/*/evaluations.csv', 'plans/*/responses.csv'];

const git = (contentDir: string, args: string[]) =>
  execFileSync('git', ['-C', contentDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

/**
 * Every commit that touched a tracked file of the content folder, oldest first, with the text of
 * the touched files after it. `null` when the folder has no repository history (a plain copy of
 * the files): then the site says the history is not available, and never invents one.
 */
export function readContentRevisions(contentDir: string): ContentRevision[] | null {
  try {
    if (git(contentDir, ['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return null;
    const log = git(contentDir, ['log', '--reverse', '--relative', '--name-only', '--format=%x1e%H%x1f%aI%x1f%s', '--', ...TRACKED]);
    return log
      .split('\x1e')
      .filter((chunk) => chunk.trim() !== '')
      .map((chunk) => {
        const [head, ...paths] = chunk.split('\n');
        const [commit, date, reason] = head!.split('\x1f') as [string, string, string];
        const files = new Map<string, string | null>();
        for (const path of paths.map((p) => p.trim()).filter(Boolean)) {
          let text: string | null;
          try {
            text = git(contentDir, ['show', `${commit}:./${path}`]);
          } catch {
            text = null; // deleted by this commit
          }
          files.set(path, text);
        }
        return { commit, date, reason, files };
      });
  } catch {
    return null;
  }
}
