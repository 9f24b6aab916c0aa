/** I/O edge: the day each content file last changed, from the repository history (one git call per build). */
import { execFileSync } from 'node:child_process';

/**
 * Last-change day (YYYY-MM-DD) of every committed content file, keyed `content/<path>` like the data
 * tables' sources; empty when the folder has no repository history (then pages say 不明, never a guess).
 */
export function readContentDates(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync('git', ['-C', contentDir, 'log', '--relative', '--name-only', '--format=%x1e%cs', '--', '.'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  // Newest commit first: the first date seen for a file is its last change.
  for (const chunk of log.split('\x1e')) {
    const [date, ...paths] = chunk.trim().split('\n');
    if (!date) continue;
    for (const path of paths.map((p) => p.trim()).filter(Boolean)) if (!dates.has(`content/${path}`)) dates.set(`content/${path}`, date);
  }
  return dates;
}
