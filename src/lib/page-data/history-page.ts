import type { SiteContent } from '../content/types.ts';
import { atomFeed } from '../history/atom-feed.ts';
import type { HistoryEntry } from '../history/history-view.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { urls } from '../urls.ts';
import type { ServedFile } from './data-downloads.ts';
import { sitePageLayout, type PageLayout } from './page-shell.ts';

/** 「更新履歴」. */
export interface HistoryPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.history;
  csvHref: string;
  jsonHref: string;
  feedHref: string;
  /** What the page says instead of a list: no repository history, or no change yet; null when there are entries. */
  message: string | null;
  entries: readonly HistoryEntry[];
}

/**
 * 「更新履歴」 (`/history/`): every change of a published figure from the repository history of content/
 * (`history`, null when the site was built without one), with its feed and open data.
 */
export function historyPage(history: readonly HistoryEntry[] | null): HistoryPage {
  const labels = sitePageLabels.history;
  return {
    layout: sitePageLayout(labels.title),
    labels,
    csvHref: urls.historyData('csv'),
    jsonHref: urls.historyData('json'),
    feedHref: urls.historyFeed(),
    message: history === null ? labels.unavailable : history.length === 0 ? labels.empty : null,
    entries: history ?? [],
  };
}

/** The history as an Atom feed (empty, with the site's id, when there is no repository history), titled after the front plan's municipality. */
export function historyFeed(site: SiteContent, history: readonly HistoryEntry[] | null): ServedFile {
  const body = atomFeed(history ?? [], {
    title: sitePageLabels.history.feedTitle(site.primary.plan.municipality_name),
    feedUrl: urls.historyFeed(),
    pageUrl: urls.history(),
    id: 'urn:dx-plan:history',
    siteUrl: site.settings.siteUrl,
  });
  return { body, contentType: 'application/atom+xml; charset=utf-8' };
}
