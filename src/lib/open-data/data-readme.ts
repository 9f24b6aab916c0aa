import type { ColumnSpec } from '../../schemas/column-spec.ts';
import type { SiteContent } from '../content/types.ts';
import { HISTORY_COLUMNS } from '../history/history-view.ts';
import { COLUMN_TYPE_LABELS } from '../validate/column-type-labels.ts';
import { urls } from '../urls.ts';
import { licenceStatement } from './licences.ts';
import { combinedTables, INDICATOR_VALUE_COLUMNS, planPublishedTables } from './published-tables.ts';
import { publishedTableTexts } from '../../schemas/published-tables.ts';
import { openDataLabels } from '../labels/open-data.ts';

const words = openDataLabels.readme;

/** File name of the README inside the data archive. */
export const README_NAME = 'README.txt';

/** A table as the README describes it: title, the files that hold it, what a row is, the columns. */
interface TableSection {
  title: string;
  files: string[];
  description: string;
  columns: readonly ColumnSpec[];
}

/** One column as lines: name, label, type, required, unit, allowed values, meaning. */
function columnLines(column: ColumnSpec): string[] {
  const facts = [
    words.column.type(COLUMN_TYPE_LABELS[column.type]),
    column.required ? words.column.required : words.column.optional,
    ...(column.unit ? [words.column.unit(column.unit)] : []),
  ];
  return [
    words.column.heading(column.name, column.label, facts),
    ...(column.values ? [words.column.values(column.values)] : []),
    `    ${column.description}`,
  ];
}

function sectionLines(section: TableSection): string[] {
  return [
    words.table.title(section.title),
    words.table.files(section.files),
    ...(section.description ? [section.description] : []),
    words.table.columns(section.columns.length),
    ...section.columns.flatMap(columnLines),
    '',
  ];
}

/**
 * The README of the data archive, in Japanese: what the folder holds, the file formats, the terms of
 * use and attribution of each plan, the folder layout, the plan ids, how to cite one value by URL,
 * and every table with every column — generated from the same column dictionary (TableSpec) that
 * validates the content and documents it on /data/columns/, so it cannot drift from the files.
 * UTF-8 with BOM and CRLF line ends, like the CSV files, so Notepad and Excel users read it as is.
 * `fileCount` counts every file in the archive, this README included; `updated` is the date the
 * content last changed (null when unknown).
 */
export function dataReadme(
  site: SiteContent,
  { fileCount, updated, perPlan = true }: { fileCount: number; updated: string | null; perPlan?: boolean },
): string {
  const planLines = site.plans.map(({ plan }) => words.planLine(plan.id, plan.title, plan.municipality_name, plan.municipality_code));
  const licenceLines = site.plans.flatMap(({ plan }) => {
    const licence = licenceStatement(plan);
    return [
      words.planLicence(plan.title, licence.stated ? words.licenceStated(licence.title, licence.name, licence.url) : licence.text),
      `    ${words.attribution(plan.attribution)}`,
    ];
  });
  const described: TableSection[] = [
    ...combinedTables(site).map((table) => ({
      title: table.title,
      files: [
        `${table.name}.csv`,
        `${table.name}.json`,
        ...(table.name === 'plans' || table.name === 'regional-figures' ? [] : words.planFiles(table.name)),
      ],
      description: table.description,
      columns: table.columns,
    })),
    { ...publishedTableTexts.indicatorValues, files: [...words.indicatorFiles], columns: INDICATOR_VALUE_COLUMNS },
    { ...publishedTableTexts.history, files: ['history.csv', 'history.json'], columns: HISTORY_COLUMNS },
  ];
  // Without each plan's files (a site with many plans), only the files the zip holds are named.
  const inZip = (file: string) => perPlan || !file.startsWith('plans/');
  const tables = described.map((t) => ({ ...t, files: t.files.filter(inZip) })).filter((t) => t.files.length > 0);
  const lines = [
    words.site.title,
    '',
    perPlan ? words.site.lead : words.site.leadCombinedOnly(urls.planDataArchive(words.planIdPlaceholder)),
    '',
    words.updated(updated),
    words.fileCount(fileCount),
    '',
    words.plansHeading,
    ...planLines,
    '',
    words.licenceHeading,
    ...licenceLines,
    '',
    words.formatHeading,
    ...words.site.format,
    '',
    words.layoutHeading,
    ...words.site.layout.filter((line) => inZip(line.slice(2))),
    '',
    words.citeHeading,
    words.site.cite(urls.indicator(words.planIdPlaceholder, words.indicatorIdPlaceholder)),
    '',
    words.tablesHeading,
    '',
    ...tables.flatMap(sectionLines),
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}

/**
 * The README of one plan's data zip, in Japanese: what the folder holds (the plan's tables and each
 * indicator's values, as CSV), the CSV format, the plan's terms of use and attribution, how to cite
 * one value, and every table it holds with every column — from the same column dictionary as the
 * site-wide README. UTF-8 with BOM and CRLF line ends, like the CSV files.
 */
export function planDataReadme(
  site: SiteContent,
  planId: string,
  { archiveName, fileCount, updated }: { archiveName: string; fileCount: number; updated: string | null },
): string {
  const content = site.plans.find((p) => p.plan.id === planId);
  if (!content) throw new Error(`No plan "${planId}"`);
  const { plan } = content;
  const licence = licenceStatement(plan);
  const tables: TableSection[] = [
    ...planPublishedTables(content).map((table) => ({
      title: table.title,
      files: [`${table.name}.csv`],
      description: table.description,
      columns: table.columns,
    })),
    ...(content.indicators.length > 0
      ? [{ ...publishedTableTexts.indicatorValues, files: [...words.planIndicatorFiles], columns: INDICATOR_VALUE_COLUMNS }]
      : []),
  ];
  const lines = [
    words.plan.title(plan.title, archiveName),
    '',
    words.plan.lead(plan.title, plan.municipality_name, plan.municipality_code, urls.dataArchive()),
    '',
    words.updated(updated),
    words.fileCount(fileCount),
    '',
    words.licenceHeading,
    licence.stated ? words.licenceStated(licence.title, licence.name, licence.url) : licence.text,
    words.attribution(plan.attribution),
    '',
    words.formatHeading,
    ...words.plan.format,
    '',
    words.citeHeading,
    words.plan.cite(urls.indicator(plan.id, words.indicatorIdPlaceholder)),
    '',
    words.tablesHeading,
    '',
    ...tables.flatMap(sectionLines),
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}
