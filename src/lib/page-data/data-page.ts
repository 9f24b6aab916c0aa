import type { Plan } from '../../schemas/plan.ts';
import type { SiteContent } from '../content/types.ts';
import { planById } from '../content/queries.ts';
import { formatFileSize } from '../format/number.ts';
import type { HistoryEntry } from '../history/history-view.ts';
import { chromeLabels } from '../labels/chrome.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { catalogueEntries, type CatalogueEntry } from '../open-data/catalogue-entries.ts';
import { dataArchive } from '../open-data/data-archive.ts';
import { urls } from '../urls.ts';
import { sitePageLayout, type PageLayout, type ShellLink } from './page-shell.ts';
import { planHasPage } from './site-nav.ts';

/** One downloadable file of a dataset: its scope (a plan, or all plans), link and facts. */
export interface DatasetFileRow {
  scope: string;
  link: ShellLink;
  /** The encoding note beside a CSV link; empty for JSON. */
  encoding: string;
  rows: number;
  size: string;
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
  lastUpdated: string;
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
  /** Each plan's licence statement and attribution. */
  licences: { lead: string; plan: Plan; attribution: string }[];
  machineReadable: (ShellLink & { note: string })[];
  datasetsHeading: string;
  datasets: DatasetSection[];
  /** The front plan's indicator list, where the closing note on indicator downloads links; null when it has none. */
  indicatorsHref: string | null;
}

/**
 * 「オープンデータ」 (`/data/`): the zip of everything, the CSV conventions, each plan's licence, the
 * machine-readable catalogues and every dataset's files and columns. `history` (null without a
 * repository history) goes into the zip, whose size the page states.
 */
export function dataPage(site: SiteContent, history: readonly HistoryEntry[] | null): DataPage {
  const labels = sitePageLabels.data;
  const entries = catalogueEntries(site);
  const archive = dataArchive(site, history);
  const scopeOf = (id: string | null) => (id ? planById(site, id).plan.title : labels.allPlans);
  return {
    layout: sitePageLayout(labels.title, { search: chromeLabels.searchTypes.data }),
    labels,
    archive: {
      href: urls.dataArchive(),
      link: labels.archiveLink(formatFileSize(archive.bytes.length)),
      contents: labels.archiveContents(archive.files.length - 1, archive.updated),
    },
    licences: site.plans.map(({ plan }) => ({
      lead: labels.licenceOf(plan.title),
      plan,
      attribution: labels.attribution(plan.attribution),
    })),
    machineReadable: [
      { href: urls.dataFile('datapackage.json'), label: 'datapackage.json', note: labels.dataPackage },
      { href: urls.dataFile('catalog.jsonld'), label: 'catalog.jsonld', note: labels.catalog },
      ...site.plans.flatMap(({ plan }) => [
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
      lastUpdated: labels.lastUpdated(entry.lastUpdated),
      caption: labels.downloadsCaption(entry.table.title),
      files: entry.files.map((file) => ({
        scope: scopeOf(file.planId),
        link: { href: urls.dataFile(file.path), label: labels.download(file.format) },
        encoding: file.format === 'csv' ? labels.csvEncoding : '',
        rows: file.rows,
        size: formatFileSize(file.bytes),
        updated: file.lastUpdated ?? labels.unknownDate,
      })),
      columnsSummary: labels.columnsSummary(entry.table.title, entry.table.columns.length),
      columnsCaption: labels.columnsCaption(entry.table.title),
      columns: entry.table.columns,
    })),
    indicatorsHref: planHasPage(site.primary, 'indicators') ? urls.indicators(site.primary.plan.id) : null,
  };
}
