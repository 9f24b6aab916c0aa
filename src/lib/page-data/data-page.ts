import type { Plan } from '../../schemas/plan.ts';
import type { SiteContent } from '../content/types.ts';
import { planById } from '../content/queries.ts';
import { memoizeBy } from '../content/site-index.ts';
import { formatFileSize } from '../format/number.ts';
import type { HistoryEntry } from '../history/history-view.ts';
import { chromeLabels } from '../labels/chrome.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { catalogueEntries, type CatalogueEntry } from '../open-data/catalogue-entries.ts';
import { dataArchive } from '../open-data/data-archive.ts';
import { urls } from '../urls.ts';
import { sitePageLayout, type PageLayout, type ShellLink } from './page-shell.ts';
import { planHasPage } from './site-nav.ts';
import { isPaged, partBySlug, partLinks, prefectureParts } from './site-paging.ts';

/** One format's download in a dataset's row: the link (its label says the format and size) and, for CSV, the encoding. */
export interface DatasetDownload {
  link: ShellLink;
  /** The encoding note beside a CSV link; empty for JSON. */
  encoding: string;
}

/**
 * One scope of a dataset (a plan, or all plans): its CSV and JSON side by side, the rows they hold
 * and the day their source last changed. One row per scope rather than per file halves the list a
 * phone reader scrolls through.
 */
export interface DatasetFileRow {
  scope: string;
  csv: DatasetDownload | null;
  json: DatasetDownload | null;
  rows: number;
  updated: string;
}

/** One dataset's section. */
export interface DatasetSection {
  /** The heading's id (`dataset-<table>`). */
  id: string;
  title: string;
  description: string;
  /** The index entry's row count: the all-plans CSV's rows. */
  rowsNote: string;
  /** 「最終更新日：…」; null in a build without repository history (the page says so once instead). */
  lastUpdated: string | null;
  caption: string;
  files: DatasetFileRow[];
  columnsSummary: string;
  columnsCaption: string;
  columns: CatalogueEntry['table']['columns'];
}

/** 「オープンデータ」. */
export interface DataPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.data;
  archive: { href: string; link: string; contents: string };
  /** Said once in a build without repository history, instead of 「不明」 on every file; else null. */
  datesNote: string | null;
  /** Whether the file tables have a 最終更新日 column (false without repository history). */
  showUpdated: boolean;
  /** Each plan's licence statement and attribution. */
  licences: { lead: string; plan: Plan; attribution: string }[];
  machineReadable: (ShellLink & { note: string })[];
  datasetsHeading: string;
  datasets: DatasetSection[];
  /** The front plan's indicator list, where the closing note on indicator downloads links; null when it has none. */
  indicatorsHref: string | null;
  /** A site with many plans: the prefectures' pages, which hold each plan's licence and files (empty otherwise). */
  parts: ShellLink[];
}

/** One prefecture's part of the catalogue on a site with many plans (`/data/prefectures/<slug>/`). */
export interface DataPartPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.data;
  title: string;
  lead: string;
  licences: DataPage['licences'];
  showUpdated: boolean;
  machineReadable: (ShellLink & { note: string })[];
  /** Each dataset with the part's plans' files (datasets without any are left out); no column lists. */
  datasets: Pick<DatasetSection, 'id' | 'title' | 'caption' | 'files'>[];
}

/** The catalogue's entries, once per site (every prefecture page reads them). */
const entriesOf = memoizeBy(catalogueEntries);

/** The routes of the catalogue's prefecture pages: one per part on a site with many plans, none otherwise. */
export const dataPartPaths = (site: SiteContent) =>
  isPaged(site) ? prefectureParts(site).map((part) => ({ params: { part: part.slug } })) : [];

/** The rows of a dataset's files: one per scope, in the catalogue's order, CSV and JSON together. */
const fileRows = (site: SiteContent, files: readonly CatalogueEntry['files'][number][]): DatasetFileRow[] => {
  const labels = sitePageLabels.data;
  const rows = new Map<string | null, DatasetFileRow>();
  for (const file of files) {
    const row = rows.get(file.planId) ?? {
      scope: file.planId ? planById(site, file.planId).plan.title : labels.allPlans,
      csv: null,
      json: null,
      rows: file.rows,
      updated: file.lastUpdated ?? labels.unknownDate,
    };
    row[file.format] = {
      link: { href: urls.dataFile(file.path), label: labels.download(file.format, formatFileSize(file.bytes)) },
      encoding: file.format === 'csv' ? labels.csvEncoding : '',
    };
    rows.set(file.planId, row);
  }
  return [...rows.values()];
};

/** Whether the build read the content's repository history (a plain copy of the files has none). */
const datesKnown = (site: SiteContent) => site.contentDates.size > 0;

const licencesOf = (plans: readonly Plan[]) =>
  plans.map((plan) => ({
    lead: sitePageLabels.data.licenceOf(plan.title),
    plan,
    attribution: sitePageLabels.data.attribution(plan.attribution),
  }));

/** One prefecture's part of 「オープンデータ」: its plans' licences, combined files and per-plan files of every dataset. */
export function dataPartPage(site: SiteContent, slug: string): DataPartPage {
  const labels = sitePageLabels.data;
  const part = partBySlug(site, slug);
  if (!part) throw new Error(`unknown data page: ${slug}`);
  const ids = new Set(part.plans.map((p) => p.plan.id));
  const title = labels.partTitle(part.prefecture.name, part.part, part.parts);
  return {
    layout: sitePageLayout(title, { parents: [{ label: labels.title, href: urls.dataCatalogue() }] }),
    labels,
    title,
    lead: labels.partLead(part.prefecture.name, part.plans.length),
    licences: licencesOf(part.plans.map((p) => p.plan)),
    showUpdated: datesKnown(site),
    machineReadable: part.plans.map(({ plan }) => ({
      href: urls.dataFile(`plans/${plan.id}/all.json`),
      label: labels.planAll(plan.title),
      note: '',
    })),
    datasets: entriesOf(site)
      .map((entry) => ({
        id: `dataset-${entry.table.name}`,
        title: entry.table.title,
        caption: labels.downloadsCaption(entry.table.title),
        files: fileRows(
          site,
          entry.files.filter((f) => f.planId !== null && ids.has(f.planId)),
        ),
      }))
      .filter((d) => d.files.length > 0),
  };
}

/**
 * 「オープンデータ」 (`/data/`): the zip of everything, the CSV conventions, each plan's licence, the
 * machine-readable catalogues and every dataset's files and columns. `history` (null without a
 * repository history) goes into the zip, whose size the page states.
 */
export function dataPage(site: SiteContent, history: readonly HistoryEntry[] | null): DataPage {
  const labels = sitePageLabels.data;
  const entries = entriesOf(site);
  const archive = dataArchive(site, history);
  // A site with many plans keeps the combined files here and each plan's on its prefecture's page.
  const paged = isPaged(site);
  const plans = paged ? [] : site.plans;
  return {
    layout: sitePageLayout(labels.title, { search: chromeLabels.searchTypes.data }),
    labels,
    archive: {
      href: urls.dataArchive(),
      link: labels.archiveLink(formatFileSize(archive.bytes.length)),
      contents: labels.archiveContents(archive.files.length - 1, archive.updated),
    },
    datesNote: datesKnown(site) ? null : labels.datesUnknown,
    showUpdated: datesKnown(site),
    licences: licencesOf(plans.map((p) => p.plan)),
    machineReadable: [
      { href: urls.dataFile('datapackage.json'), label: 'datapackage.json', note: labels.dataPackage },
      { href: urls.dataFile('catalog.jsonld'), label: 'catalog.jsonld', note: labels.catalog },
      ...plans.flatMap(({ plan }) => [
        { href: urls.dataFile(`plans/${plan.id}/all.json`), label: labels.planAll(plan.title), note: '' },
        { href: urls.planDataArchive(plan.id), label: labels.planArchive(plan.title), note: '' },
      ]),
    ],
    datasetsHeading: labels.datasetsHeading(entries.length),
    datasets: entries.map((entry) => ({
      id: `dataset-${entry.table.name}`,
      title: entry.table.title,
      description: entry.table.description,
      rowsNote: labels.datasetRows(entry.files.filter((f) => f.planId === null && f.format === 'csv')[0]?.rows ?? 0),
      lastUpdated: datesKnown(site) ? labels.lastUpdated(entry.lastUpdated) : null,
      caption: labels.downloadsCaption(entry.table.title),
      files: fileRows(
        site,
        entry.files.filter((file) => !paged || file.planId === null),
      ),
      columnsSummary: labels.columnsSummary(entry.table.title, entry.table.columns.length),
      columnsCaption: labels.columnsCaption(entry.table.title),
      columns: entry.table.columns,
    })),
    indicatorsHref: planHasPage(site.primary, 'indicators') ? urls.indicators(site.primary.plan.id) : null,
    parts: paged ? partLinks(prefectureParts(site), urls.dataPart) : [],
  };
}
