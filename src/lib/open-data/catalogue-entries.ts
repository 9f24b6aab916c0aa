import type { SiteContent } from '../content/types.ts';
import { dataFileBytes, dataFiles, type DataFile } from './data-files.ts';
import { latestModified } from './last-modified.ts';
import type { PublishedTable } from './published-tables.ts';

/** One downloadable file with its size and row count, for the catalogue. */
export interface CatalogueFile {
  path: string;
  format: 'csv' | 'json';
  bytes: number;
  rows: number;
  /** The plan the file is about, or null for the file combining every plan. */
  planId: string | null;
  lastUpdated: string | null;
}

/** One dataset type (e.g. 指標の値) with its dictionary and every file that holds it. */
export interface CatalogueEntry {
  table: PublishedTable;
  /** Combined file first, then one per plan. */
  files: CatalogueFile[];
  lastUpdated: string | null;
}

const describe = (site: SiteContent, file: DataFile): CatalogueFile => ({
  path: file.path,
  format: file.format,
  bytes: dataFileBytes(file),
  rows: file.table.rows.length,
  planId: file.planId,
  lastUpdated: latestModified(site, file.table.sources),
});

/** The data catalogue: every published table type, combined and per plan (per-indicator files are linked from indicator pages). */
export function catalogueEntries(site: SiteContent): CatalogueEntry[] {
  const files = dataFiles(site).filter((f) => f.scope !== 'indicator');
  return files
    .filter((f) => f.scope === 'combined' && f.format === 'csv')
    .map((combined) => {
      const related = files.filter((f) => f.table.name === combined.table.name);
      return {
        table: combined.table,
        files: related.map((file) => describe(site, file)),
        lastUpdated: latestModified(site, combined.table.sources),
      };
    });
}
