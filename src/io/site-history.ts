/** I/O edge: the site's public history, read once per build from the content folder's repository. */
import { contentDirectory } from './read-content-files.ts';
import type { SiteContent } from '../lib/content/types.ts';
import { historyEntries, type HistoryEntry, type SkippedEvent } from '../lib/history/history-view.ts';
import { historyEvents } from '../lib/history/value-history.ts';
import { startHistoryAt } from '../lib/history/history-start.ts';
import { safeHistoryText } from '../lib/history/safe-text.ts';
import { readContentHistory } from './content-history.ts';

let cached: { site: SiteContent; entries: HistoryEntry[] | null } | undefined;

/**
 * Every change of a published figure, newest first; `null` when there is no repository history.
 * Commits and past values the history cannot show are left out with one warning each on the
 * build's output: a past revision never stops today's build.
 */
export function siteHistory(site: SiteContent): HistoryEntry[] | null {
  if (cached?.site !== site) {
    const history = readContentHistory(contentDirectory(process.cwd()));
    // Only the published plans' history: a single-municipality site never lists another city's changes.
    const published = new Set(site.plans.map((p) => p.plan.id));
    const skipped: SkippedEvent[] = [...(history?.skipped ?? [])];
    const entries =
      history === null
        ? null
        : historyEntries(
            historyEvents(startHistoryAt(history.revisions, site.settings.historyStart)).filter((e) => published.has(e.planId)),
            site,
            skipped,
          );
    for (const s of skipped)
      console.warn(
        `警告: 更新履歴から記録 ${safeHistoryText(s.commit).slice(0, 12) || '（ID なし）'} の変更を除きました: ${safeHistoryText(s.reason)}`,
      );
    cached = { site, entries };
  }
  return cached.entries;
}
