import type { SiteContent } from '../content/types.ts';
import { formatDate } from '../format/date.ts';
import { atomFeed } from '../history/atom-feed.ts';
import type { HistoryEntry } from '../history/history-view.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { urls } from '../urls.ts';
import type { ServedFile } from './data-downloads.ts';
import { sitePageLayout, type PageLayout, type ShellLink } from './page-shell.ts';

/** 「更新履歴」. */
export interface HistoryPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.history;
  csvHref: string;
  jsonHref: string;
  feedHref: string;
  /** What the page says instead of a list: no repository history, or no change yet; null when there are entries. */
  message: string | null;
  /** 「この記録は … から始まります。」 when site.csv sets `history_start` (and there is a history); else null. */
  startNote: string | null;
  entries: readonly HistoryEntry[];
  /** The other pages of a long history (newest first), with the page's own place; empty for one page. */
  pages: (ShellLink & { current: boolean })[];
}

/** Entries per page of 「更新履歴」: a history grows with every plan's values, so it is split into pages of this many. */
export const HISTORY_PER_PAGE = 200;

/** The routes of 「更新履歴」: `/history/`, then `/history/2/` … for a history longer than `HISTORY_PER_PAGE`. */
export const historyPaths = (history: readonly HistoryEntry[] | null) =>
  Array.from({ length: Math.max(1, Math.ceil((history?.length ?? 0) / HISTORY_PER_PAGE)) }, (_, i) => ({
    params: { page: i === 0 ? undefined : String(i + 1) },
  }));

/**
 * 「更新履歴」 (`/history/`): every change of a published figure from the repository history of content/
 * (`history`, null when the site was built without one), with its feed and open data; `historyStart`
 * is site.csv's `history_start` (the entries already fold what came before it: `startHistoryAt`).
 */
export function historyPage(history: readonly HistoryEntry[] | null, page = 1, historyStart: string | null = null): HistoryPage {
  const labels = sitePageLabels.history;
  const pages = historyPaths(history).length;
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`unknown history page: ${page}`);
  const title = page === 1 ? labels.title : labels.pageTitle(page, pages);
  return {
    layout: sitePageLayout(title, page === 1 ? {} : { parents: [{ label: labels.title, href: urls.history() }] }),
    labels,
    csvHref: urls.historyData('csv'),
    jsonHref: urls.historyData('json'),
    feedHref: urls.historyFeed(),
    message: history === null ? labels.unavailable : history.length === 0 ? labels.empty : null,
    startNote: history !== null && historyStart !== null ? labels.startsOn(formatDate(historyStart)) : null,
    entries: (history ?? []).slice((page - 1) * HISTORY_PER_PAGE, page * HISTORY_PER_PAGE),
    pages:
      pages === 1
        ? []
        : Array.from({ length: pages }, (_, i) => ({
            href: urls.historyPage(i + 1),
            label: labels.pageLink(i + 1, pages),
            current: i + 1 === page,
          })),
  };
}

/** The history as an Atom feed (empty, with the site's id, when there is no repository history), titled after the site's name. */
export function historyFeed(site: SiteContent, history: readonly HistoryEntry[] | null, buildDay: string | null = null): ServedFile {
  const body = atomFeed(history ?? [], {
    title: sitePageLabels.history.feedTitle(site.name),
    // Without history entries: the newest content file's day, else (no repository at all) the day of the build.
    fallbackUpdated: [...site.contentDates.values()].sort().at(-1) ?? buildDay,
    feedUrl: urls.historyFeed(),
    pageUrl: urls.history(),
    id: 'urn:dx-plan:history',
    siteUrl: site.settings.siteUrl,
  });
  return { body, contentType: 'application/atom+xml; charset=utf-8' };
}
