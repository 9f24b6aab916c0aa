import type { SiteContent } from '../content/types.ts';
import type { HistoryEntry } from '../history/history-view.ts';
import { dataArchive, planDataArchive } from '../open-data/data-archive.ts';
import { planArchiveName } from '../urls.ts';
import { contentTypeOf, historyFiles, publishedDataEntries } from '../open-data/published-files.ts';

/** A file an endpoint serves: its bytes or text and its Content-Type. */
export interface ServedFile {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
}

/**
 * The routes of `/data/[...file]`: every published table file, bundle and catalogue, each with its
 * Content-Type and the function that makes its text when the route is rendered (the texts are not
 * all held at once).
 */
export const dataFilePaths = (site: SiteContent) =>
  publishedDataEntries(site).map((entry) => ({
    params: { file: entry.path },
    props: { body: entry.body, contentType: contentTypeOf(entry.path) },
  }));

/** What `/data/[...file]` gets from its route: the file's Content-Type and the maker of its text. */
export interface LazyServedFile {
  body: () => string;
  contentType: string;
}

/** The routes of `/data/history.[format]`: the history as CSV and as JSON. */
export const historyDataPaths = () => [{ params: { format: 'csv' } }, { params: { format: 'json' } }];

/** `/data/history.csv` or `.json`: every change of a published figure (`history` null without a repository history). */
export function historyDataFile(history: readonly HistoryEntry[] | null, format: string): ServedFile {
  const file = historyFiles(history).find((f) => f.path === `history.${format}`);
  if (!file) throw new Error(`No history file in format "${format}"`);
  return { body: file.body, contentType: contentTypeOf(file.path) };
}

/** The data zip (`urls.dataArchive()`): every data file and a README of the columns (see data-archive.ts). */
export function dataArchiveFile(site: SiteContent, history: readonly HistoryEntry[] | null): ServedFile {
  return { body: dataArchive(site, history).bytes, contentType: contentTypeOf('zip') };
}

/** The routes of `urls.planDataArchive()`: one per plan. */
export const planArchivePaths = (site: SiteContent) =>
  site.plans.map(({ plan }) => ({ params: { plan: plan.id, archive: planArchiveName(plan.id) } }));

/** One plan's data zip: its CSV files and a README of their columns (see planDataArchive). */
export function planDataArchiveFile(site: SiteContent, planId: string): ServedFile {
  return { body: planDataArchive(site, planId).bytes, contentType: contentTypeOf('zip') };
}
