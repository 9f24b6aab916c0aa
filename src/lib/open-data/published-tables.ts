import { plansById } from '../content/site-index.ts';
import type { CellValue, ColumnSpec, TableSpec } from '../../schemas/column-spec.ts';
import { planTable, planTables, regionalFigureTable, type PlanTableSpec } from '../../schemas/index.ts';
import {
  ERA_LABELS,
  INDICATOR_VALUE_COLUMNS,
  MUNICIPALITY_COLUMNS,
  PLAN_ID_COLUMN,
  publishedTableTexts,
  ROLLUP_COLUMNS,
} from '../../schemas/published-tables.ts';
import type { PlanContent, SiteContent } from '../content/types.ts';
import { formatEraFiscalYear } from '../format/fiscal-year.ts';
import { compareObservations } from '../content/observation-order.ts';
import { rowsByTable } from '../content/rows-by-table.ts';
import { rollupRows } from '../progress/rollup-table.ts';
import { versionPublishedTables } from './version-tables.ts';

// The published columns are documented in src/schemas/published-tables.ts, beside the other tables' columns.
export { INDICATOR_VALUE_COLUMNS, MUNICIPALITY_COLUMNS };

/** A table as published for download: its dictionary, its rows and the content files it comes from. */
export interface PublishedTable {
  /** Machine name, also the file's base name (`observations`). */
  name: string;
  title: string;
  description: string;
  columns: readonly ColumnSpec[];
  rows: Record<string, CellValue>[];
  /** Columns whose values together identify a row. */
  key: readonly string[];
  /** The content files the rows come from (for the last-updated date). */
  sources: string[];
}

/** The published columns of a content table: municipality, plan, then the table's own columns (+ 和暦 labels). */
export function publishedColumns(spec: TableSpec): ColumnSpec[] {
  const own = spec.columns.flatMap((c) => (ERA_LABELS[c.name] ? [c, ERA_LABELS[c.name]!] : [c]));
  return [...MUNICIPALITY_COLUMNS, ...(spec.scope === 'plan' ? [PLAN_ID_COLUMN] : []), ...own];
}

/** Rows of one content table of one plan as published: the added columns filled in, then the table's own. */
function publishedRows(content: PlanContent, spec: PlanTableSpec): Record<string, CellValue>[] {
  const { plan } = content;
  const source: readonly Readonly<Record<string, CellValue>>[] = rowsByTable(content)[spec.name];
  const columns: readonly ColumnSpec[] = spec.columns;
  return source.map((row) => {
    const published: Record<string, CellValue> = {
      municipality_code: plan.municipality_code,
      municipality_name: plan.municipality_name,
      plan_id: plan.id,
    };
    for (const column of columns) {
      published[column.name] = row[column.name] ?? null;
      if (ERA_LABELS[column.name])
        published[ERA_LABELS[column.name]!.name] = row[column.name] == null ? null : formatEraFiscalYear(row[column.name] as number);
    }
    return published;
  });
}

/** The content tables that are published, in catalogue order (a table with no rows anywhere is left out). */
const PUBLISHED_SPECS: readonly PlanTableSpec[] = planTables.filter((t) => t.name !== 'datasets');

/** The plans table, published with municipality columns first. */
export function plansTable(site: SiteContent): PublishedTable {
  return {
    name: 'plans',
    title: planTable.title,
    description: planTable.description,
    columns: publishedColumns(planTable).filter((c, i, all) => all.findIndex((d) => d.name === c.name) === i),
    rows: site.plans.map(({ plan }) => ({ ...plan })),
    key: planTable.key,
    sources: ['content/plans.csv'],
  };
}

/** The regional figures (several plans on one subject), when there are any. */
export function regionalTable(site: SiteContent): PublishedTable | null {
  if (site.regional.length === 0) return null;
  return {
    name: 'regional-figures',
    title: regionalFigureTable.title,
    description: regionalFigureTable.description,
    columns: [...MUNICIPALITY_COLUMNS, ...regionalFigureTable.columns],
    rows: site.regional.map((r) => {
      const plan = plansById(site.plans).get(r.plan_id)!.plan;
      return { municipality_code: plan.municipality_code, municipality_name: plan.municipality_name, ...r };
    }),
    key: regionalFigureTable.key,
    sources: ['content/regional-figures.csv'],
  };
}

/** One plan's tables (only those with rows), plus its other data tables (datasets/). */
export function planPublishedTables(content: PlanContent): PublishedTable[] {
  const base = `content/plans/${content.plan.id}`;
  const tables: PublishedTable[] = PUBLISHED_SPECS.map((spec) => ({
    name: spec.name,
    title: spec.title,
    description: spec.description,
    columns: publishedColumns(spec),
    rows: publishedRows(content, spec),
    key: ['plan_id', ...spec.key],
    sources: [`${base}/${spec.file}`],
  })).filter((t) => t.rows.length > 0);
  const rollups = rollupRows(content);
  if (rollups.length > 0)
    tables.push({
      name: 'grade-rollups',
      title: publishedTableTexts.gradeRollups.title,
      description: publishedTableTexts.gradeRollups.description,
      columns: [...MUNICIPALITY_COLUMNS, PLAN_ID_COLUMN, ...ROLLUP_COLUMNS],
      rows: rollups,
      key: ['plan_id', 'fiscal_year', 'scale_id', 'goal_id', 'line', 'grade'],
      sources: [`${base}/evaluations.csv`, `${base}/scales.csv`],
    });
  for (const dataset of content.datasets) {
    const columns: ColumnSpec[] = dataset.columns.map((c) => ({
      name: c.name,
      label: c.label,
      type: c.type,
      required: c.required,
      description: c.description,
      ...(c.unit ? { unit: c.unit } : {}),
    }));
    tables.push({
      name: `dataset-${dataset.id}`,
      title: dataset.title,
      description: dataset.caption ?? '',
      columns: [...MUNICIPALITY_COLUMNS, PLAN_ID_COLUMN, ...columns],
      rows: dataset.rows.map((row) => ({
        municipality_code: content.plan.municipality_code,
        municipality_name: content.plan.municipality_name,
        plan_id: content.plan.id,
        ...row,
      })),
      key: [],
      sources: [`${base}/datasets/${dataset.id}.csv`, `${base}/datasets/${dataset.id}.columns.csv`],
    });
  }
  tables.push(...versionPublishedTables(content));
  return tables;
}

/** Every table type across all plans, combined into one table per type. */
export function combinedTables(site: SiteContent): PublishedTable[] {
  const byName = new Map<string, PublishedTable>();
  for (const content of site.plans) {
    for (const table of planPublishedTables(content)) {
      const combined = byName.get(table.name);
      if (combined) {
        // Not push(...rows): a large dataset has more rows than a call can take as arguments.
        for (const row of table.rows) combined.rows.push(row);
        for (const source of table.sources) combined.sources.push(source);
      } else byName.set(table.name, { ...table, rows: [...table.rows], sources: [...table.sources] });
    }
  }
  const regional = regionalTable(site);
  return [plansTable(site), ...(regional ? [regional] : []), ...byName.values()];
}

/** The values of one indicator as a downloadable table. */
export function indicatorValuesTable(content: PlanContent, indicatorId: string): PublishedTable {
  const indicator = content.indicators.find((i) => i.id === indicatorId)!;
  const { plan } = content;
  return {
    name: `indicator-${indicatorId}`,
    title: publishedTableTexts.indicatorValuesOf.title(indicator.name),
    description: publishedTableTexts.indicatorValuesOf.description(plan.title, indicator.name),
    columns: INDICATOR_VALUE_COLUMNS,
    rows: content.observations
      .filter((o) => o.indicator_id === indicatorId)
      .sort(compareObservations)
      .map((o) => ({
        municipality_code: plan.municipality_code,
        municipality_name: plan.municipality_name,
        plan_id: plan.id,
        indicator_id: indicator.id,
        indicator_name: indicator.name,
        unit: indicator.unit,
        fiscal_year: o.fiscal_year,
        fiscal_year_label: o.fiscal_year === null ? null : formatEraFiscalYear(o.fiscal_year),
        kind: o.kind,
        value: o.value,
        note: o.note,
      })),
    key: ['fiscal_year', 'kind'],
    sources: [`content/plans/${plan.id}/observations.csv`, `content/plans/${plan.id}/indicators.csv`],
  };
}
