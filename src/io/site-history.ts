/** I/O edge: the site's public history, read once per build from the content folder's repository. */
import { contentDirectory } from './read-content-files.ts';
import type { SiteContent } from '../lib/content/types.ts';
import { historyEntries, type HistoryEntry } from '../lib/history/history-view.ts';
import { historyEvents } from '../lib/history/value-history.ts';
import { readContentRevisions } from './content-history.ts';

let cached: { site: SiteContent; entries: HistoryEntry[] | null } | undefined;

/** Every change of a published figure, newest first; `null` when there is no repository history. */
export function siteHistory(site: SiteContent): HistoryEntry[] | null {
  if (cached?.site !== site) {
    const revisions = readContentRevisions(contentDirectory(process.cwd()));
    // Only the published plans' history: a single-municipality site never lists another city's changes.
    const published = new Set(site.plans.map((p) => p.plan.id));
    cached = {
      site,
      entries:
        revisions === null
          ? null
          : historyEntries(
              historyEvents(revisions).filter((e) => published.has(e.planId)),
              site,
            ),
    };
  }
  return cached.entries;
}
