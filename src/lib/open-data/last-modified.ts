import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | null>();

/**
 * The day a content file last changed, from the repository's history (YYYY-MM-DD), or null when
 * that is not known (no git, or the file has never been committed). Never guessed.
 */
export function lastModified(path: string): string | null {
  if (!cache.has(path)) {
    let date: string | null = null;
    try {
      date = execFileSync('git', ['log', '-1', '--format=%cs', '--', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
    } catch {
      date = null;
    }
    cache.set(path, date);
  }
  return cache.get(path)!;
}

/** The latest of the files' dates, or null when none is known. */
export function latestModified(paths: readonly string[]): string | null {
  const dates = paths.map(lastModified).filter((d): d is string => d !== null).sort();
  return dates.at(-1) ?? null;
}
