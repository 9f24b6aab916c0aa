import { memoizeBy } from '../content/site-index.ts';
import type { SiteContent } from '../content/types.ts';
import { HISTORY_COLUMNS, historyRows, type HistoryEntry } from '../history/history-view.ts';
import { dataPackage, dcatCatalog } from './catalog.ts';
import { dataFiles, dataFileText, planBundleJson } from './data-files.ts';
import { toCsv, toJson } from './write-csv.ts';

/** One file the site publishes under /data/, with its exact text. */
export interface PublishedFile {
  /** Path under /data/ (`plans/kitakami-2026/goals.csv`). */
  path: string;
  body: string;
}

/** One file the site publishes under /data/, its text made when asked for. */
export interface PublishedEntry {
  /** Path under /data/ (`plans/kitakami-2026/goals.csv`). */
  path: string;
  /** Makes the file's exact text (not kept: each call makes it again). */
  body: () => string;
}

/**
 * Every table file, each plan's `all.json`, `datapackage.json` and `catalog.jsonld`: the one list
 * the download endpoint serves and the data archive packs, so the two cannot differ. The texts are
 * made one at a time when asked for — with 1,741 plans, holding them all took gigabytes (issue 25).
 * The list itself is computed once per site.
 */
export const publishedDataEntries: (site: SiteContent) => PublishedEntry[] = memoizeBy((site: SiteContent) => [
  ...dataFiles(site).map((file) => ({ path: file.path, body: () => dataFileText(file) })),
  ...site.plans.map((p) => ({ path: `plans/${p.plan.id}/all.json`, body: () => planBundleJson(site, p.plan.id) })),
  { path: 'datapackage.json', body: () => `${JSON.stringify(dataPackage(site), null, 2)}\n` },
  { path: 'catalog.jsonld', body: () => `${JSON.stringify(dcatCatalog(site), null, 2)}\n` },
]);

/** Every published data file with its text (publishedDataEntries, each text made now). */
export function publishedDataFiles(site: SiteContent): PublishedFile[] {
  return publishedDataEntries(site).map((entry) => ({ path: entry.path, body: entry.body() }));
}

/** `history.csv` and `history.json`: every change of a published figure (empty without a repository history). */
export function historyFiles(entries: readonly HistoryEntry[] | null): PublishedFile[] {
  const rows = historyRows(entries ?? []);
  return [
    { path: 'history.csv', body: toCsv(HISTORY_COLUMNS, rows) },
    { path: 'history.json', body: toJson(HISTORY_COLUMNS, rows) },
  ];
}

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  zip: 'application/zip',
};

/** The Content-Type of a published file, by its extension. */
export const contentTypeOf = (path: string): string => TYPES[path.split('.').pop()!] ?? 'application/octet-stream';
