import { sitePageLabels } from '../labels/site-pages.ts';
import type { ContentRevision } from './value-history.ts';

/**
 * The revisions as the public history tells them when the city says where it starts
 * (site.csv `history_start`): every revision committed before that day — the work of preparing the
 * site — becomes one revision on the start day, holding the files as they then stood, so the first
 * publication is one entry per plan (「値を 120 件掲載」) rather than hundreds of small steps. Its
 * commit is the last one folded in; its reason says it is the site's first publication. Without a
 * start day, or when nothing came before it, the revisions are returned as they are.
 */
export function startHistoryAt(revisions: readonly ContentRevision[], start: string | null): ContentRevision[] {
  if (start === null) return [...revisions];
  // A revision's day is its committer's own date (as the history shows it), the first 10 characters.
  const before = revisions.filter((r) => r.date.slice(0, 10) < start);
  if (before.length === 0) return [...revisions];
  const files = new Map<string, string | null>();
  for (const revision of before) for (const [path, text] of revision.files) files.set(path, text);
  // A file created and deleted again before the start never existed for readers.
  for (const [path, text] of files) if (text === null) files.delete(path);
  const folded: ContentRevision = {
    commit: before.at(-1)!.commit,
    date: `${start}T00:00:00+09:00`,
    reason: sitePageLabels.history.firstPublication,
    files,
  };
  return [folded, ...revisions.filter((r) => r.date.slice(0, 10) >= start)];
}
