import { plansById } from '../content/site-index.ts';
import type { ColumnSpec } from '../../schemas/column-spec.ts';
import type { SiteContent } from '../content/types.ts';
import { combinedTables, indicatorValuesTable, planPublishedTables, type PublishedTable } from './published-tables.ts';
import { toCsv, toJson } from './write-csv.ts';

/** One downloadable file of the site, with the table it holds. */
export interface DataFile {
  /** Path under /data/, e.g. `plans/kitakami-2026/observations.csv`. */
  path: string;
  format: 'csv' | 'json';
  table: PublishedTable;
  /** The plan the file is about, or null for files combining every plan. */
  planId: string | null;
  /** What kind of file it is, for the catalogue's grouping. */
  scope: 'combined' | 'plan' | 'indicator';
}

const filesBySite = new WeakMap<SiteContent, DataFile[]>();
const bytesByFile = new WeakMap<DataFile, number>();

/**
 * Every table file (CSV and JSON) the site publishes, generated from the validated content.
 * Computed once per site: the endpoints, catalogue page, data package and DCAT all ask for it.
 */
export function dataFiles(site: SiteContent): DataFile[] {
  const cached = filesBySite.get(site);
  if (cached) return cached;
  const files: DataFile[] = [];
  const both = (path: string, table: PublishedTable, planId: string | null, scope: DataFile['scope']) => {
    files.push(
      { path: `${path}.csv`, format: 'csv', table, planId, scope },
      { path: `${path}.json`, format: 'json', table, planId, scope },
    );
  };
  for (const table of combinedTables(site)) both(table.name, table, null, 'combined');
  for (const content of site.plans) {
    for (const table of planPublishedTables(content)) both(`plans/${content.plan.id}/${table.name}`, table, content.plan.id, 'plan');
    for (const indicator of content.indicators)
      both(
        `plans/${content.plan.id}/indicators/${indicator.id}`,
        indicatorValuesTable(content, indicator.id),
        content.plan.id,
        'indicator',
      );
  }
  filesBySite.set(site, files);
  return files;
}

const filesByPlan = new WeakMap<SiteContent, ReadonlyMap<string, readonly DataFile[]>>();

/**
 * The files about one plan (its tables and its indicators' files), in dataFiles' order. Indexed once
 * per site: a plan's zip, responses page and dataset tables each looked theirs up in every file of
 * the site (about 100,000 at 1,741 plans), once per plan.
 */
export function planDataFiles(site: SiteContent, planId: string): readonly DataFile[] {
  let byPlan = filesByPlan.get(site);
  if (!byPlan) {
    const index = new Map<string, DataFile[]>();
    for (const file of dataFiles(site)) {
      if (file.planId === null) continue;
      const list = index.get(file.planId);
      if (list) list.push(file);
      else index.set(file.planId, [file]);
    }
    filesByPlan.set(site, (byPlan = index));
  }
  return byPlan.get(planId) ?? [];
}

/**
 * The text of a data file, computed each time it is asked for and not kept: with 1,741 plans the
 * site's files hold gigabytes of text, which a build must not hold all at once (issue 25).
 */
export function dataFileText(file: DataFile): string {
  return file.format === 'csv' ? toCsv(file.table.columns, file.table.rows) : toJson(file.table.columns, file.table.rows);
}

/** The size of a data file in UTF-8 bytes, for the catalogues (computed once per file; the text is not kept). */
export function dataFileBytes(file: DataFile): number {
  let bytes = bytesByFile.get(file);
  if (bytes === undefined) {
    bytes = Buffer.byteLength(dataFileText(file), 'utf8');
    bytesByFile.set(file, bytes);
  }
  return bytes;
}

/** One plan's tables in one JSON document (the "combined file per plan"). */
export function planBundleJson(site: SiteContent, planId: string): string {
  const content = plansById(site.plans).get(planId)!;
  const tables = planPublishedTables(content);
  return `${JSON.stringify({ plan: content.plan, tables: Object.fromEntries(tables.map((t) => [t.name, JSON.parse(toJson(t.columns, t.rows))])) }, null, 2)}\n`;
}

/** Frictionless field type of a column. */
export function frictionlessField(column: ColumnSpec): Record<string, unknown> {
  const type = {
    id: 'string',
    text: 'string',
    url: 'string',
    email: 'string',
    municipality_code: 'string',
    enum: 'string',
    integer: 'integer',
    page: 'integer',
    fiscal_year: 'integer',
    number: 'number',
    boolean: 'boolean',
    date: 'date',
  }[column.type];
  const constraints: Record<string, unknown> = {};
  if (column.required) constraints.required = true;
  if (column.values) constraints.enum = column.values.map((v) => v.value);
  if (column.type === 'municipality_code') constraints.pattern = '^[0-9]{6}$';
  if (column.type === 'id') constraints.pattern = '^[a-z0-9]+(-[a-z0-9]+)*$';
  return {
    name: column.name,
    title: column.label,
    type,
    ...(column.type === 'url' ? { format: 'uri' } : {}),
    ...(column.type === 'email' ? { format: 'email' } : {}),
    ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    description: column.description,
    ...(column.unit ? { unit: column.unit } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}
