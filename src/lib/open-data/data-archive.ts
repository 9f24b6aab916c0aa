import type { SiteContent } from '../content/types.ts';
import type { HistoryEntry } from '../history/history-view.ts';
import { DATA_ARCHIVE_NAME, planArchiveName } from '../urls.ts';
import { isPaged } from '../page-data/site-paging.ts';
import { writeZip, ZIP_EPOCH, type ZipDate, type ZipEntry } from '../zip/write-zip.ts';
import { dataFiles, dataFileText, planDataFiles } from './data-files.ts';
import { dataReadme, planDataReadme, README_NAME } from './data-readme.ts';
import { latestModified } from './last-modified.ts';
import { historyFiles, publishedDataEntries, type PublishedEntry } from './published-files.ts';

/** The folder every file of the archive is in, so unpacking it makes one folder. */
export const ARCHIVE_FOLDER = DATA_ARCHIVE_NAME.replace(/\.zip$/, '');

/** The data archive: its bytes and what it holds. */
export interface DataArchive {
  bytes: Uint8Array<ArrayBuffer>;
  /** The files inside, by their path under /data/ on the site (the README first, which the site does not publish alone). Their texts are not kept. */
  files: { path: string }[];
  /** The date stamped on every file: the day the content last changed, or null when unknown (then 1980-01-01). */
  updated: string | null;
}

const cache = new WeakMap<SiteContent, DataArchive>();

const zipDate = (day: string | null): ZipDate => {
  if (day === null) return ZIP_EPOCH;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
};

/** The zip entries of `files`, each file's text made and encoded only when the zip writer reaches it. */
function* zipEntries(files: readonly PublishedEntry[], name: (path: string) => string): Generator<ZipEntry> {
  for (const file of files) yield { name: name(file.path), data: Buffer.from(file.body(), 'utf8') };
}

/**
 * One zip of every file under /data/ — every table as CSV and JSON, each plan's all.json, the data
 * package, the DCAT catalogue and the history — plus a README of every table and column, all in the
 * folder `dx-plan-data/`. On a site with many plans (a prefecture's or a national portal), the
 * files of each plan are left to the plan's own zip (planDataArchive): one zip of 1,741 plans' files
 * would hold about 70,000 files (40 a plan), more than a zip without Zip64 can (65,535), so it holds the files
 * combining every plan, the catalogues and the history. Each file's bytes are the published file's,
 * from the same functions that serve it, made one at a time. Every file carries the date the
 * content last changed, so two builds of the same content give the same archive byte for byte.
 * Computed once per site (the catalogue page shows its size; the endpoint serves it).
 */
export function dataArchive(site: SiteContent, history: readonly HistoryEntry[] | null): DataArchive {
  const cached = cache.get(site);
  if (cached) return cached;
  const perPlan = !isPaged(site);
  const published: PublishedEntry[] = [
    ...publishedDataEntries(site).filter((entry) => perPlan || !entry.path.startsWith('plans/')),
    ...historyFiles(history).map((file) => ({ path: file.path, body: () => file.body })),
  ];
  const updated = latestModified(site, [...new Set(dataFiles(site).flatMap((f) => f.table.sources))]);
  const readme = { path: README_NAME, body: () => dataReadme(site, { fileCount: published.length + 1, updated, perPlan }) };
  const files = [readme, ...published];
  const bytes = writeZip(
    zipEntries(files, (path) => `${ARCHIVE_FOLDER}/${path}`),
    zipDate(updated),
  );
  const archive = { bytes, files: files.map(({ path }) => ({ path })), updated };
  cache.set(site, archive);
  return archive;
}

const planCache = new WeakMap<SiteContent, Map<string, DataArchive>>();

/**
 * One plan's data zip: its tables and each indicator's values as CSV (the published files, byte for
 * byte) and a README of their columns, in the folder named after the zip (`dx-plan-data-morioka-2021/`),
 * every file dated the day the plan's content last changed, so the same content gives the same zip.
 * Paths in `files` are under /data/ on the site, except the README.
 */
export function planDataArchive(site: SiteContent, planId: string): DataArchive {
  let byPlan = planCache.get(site);
  if (!byPlan) planCache.set(site, (byPlan = new Map()));
  const cached = byPlan.get(planId);
  if (cached) return cached;
  const csv = planDataFiles(site, planId).filter((f) => f.format === 'csv');
  const updated = latestModified(site, [...new Set(csv.flatMap((f) => f.table.sources))]);
  const name = planArchiveName(planId);
  const folder = name.replace(/\.zip$/, '');
  const prefix = `plans/${planId}/`;
  const published = csv.map((f) => ({ path: f.path, body: () => dataFileText(f) }));
  const readme = {
    path: README_NAME,
    body: () => planDataReadme(site, planId, { archiveName: name, fileCount: published.length + 1, updated }),
  };
  const files = [readme, ...published];
  const bytes = writeZip(
    zipEntries(files, (path) => `${folder}/${path.startsWith(prefix) ? path.slice(prefix.length) : path}`),
    zipDate(updated),
  );
  const archive = { bytes, files: files.map(({ path }) => ({ path })), updated };
  byPlan.set(planId, archive);
  return archive;
}
