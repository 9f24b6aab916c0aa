/**
 * The published data files, read back from the real build: each CSV parses (PapaParse, and a
 * BOM-aware decoder) to exactly the validated rows; the data package's schemas validate every file;
 * every numeric cell is a plain number; the DCAT catalogue points at files that exist.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { getSite } from '../../src/io/site.ts';
import { dataFiles } from '../../src/lib/open-data/data-files.ts';
import type { CellValue, ColumnSpec } from '../../src/schemas/column-spec.ts';
import { looksLikeFormula } from '../../src/lib/csv/formula-safe.ts';
import { formulaCells } from './build-site.ts';

const outDir = inject('outDir');
const site = getSite();
const files = dataFiles(site);
const csvFiles = files.filter((f) => f.format === 'csv');
const read = (path: string) => readFileSync(join(outDir, 'data', path));

/** A CSV cell back to its typed value, by the column's type (text that could run as a formula was written with a leading '). */
function typed(text: string, column: ColumnSpec): CellValue {
  if (text === '') return null;
  if (['integer', 'number', 'fiscal_year', 'page'].includes(column.type)) return Number(text);
  if (column.type === 'boolean') return text === 'true';
  return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}

describe('CSV files', () => {
  it('are published for every table, plan and indicator', () => {
    expect(csvFiles.length).toBeGreaterThan(40);
    for (const name of [
      'plans',
      'goals',
      'measures',
      'initiatives',
      'indicators',
      'observations',
      'evaluations',
      'glossary',
      'corrections',
    ]) {
      expect(existsSync(join(outDir, 'data', `${name}.csv`)), name).toBe(true);
    }
    expect(
      site.plans
        .flatMap((p) => p.indicators)
        .every((i) =>
          existsSync(join(outDir, 'data', 'plans', site.plans.find((p) => p.indicators.includes(i))!.plan.id, 'indicators', `${i.id}.csv`)),
        ),
    ).toBe(true);
  });

  it.each(csvFiles.map((f) => [f.path, f] as const))('%s reads back to exactly the validated rows', (_path, file) => {
    const bytes = read(file.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // A BOM-aware reader (TextDecoder strips the BOM) sees a clean header.
    const text = new TextDecoder('utf-8').decode(bytes);
    expect(text.startsWith('municipality_code,')).toBe(true);
    // Every line break outside quoted cells is CRLF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/[^\r]\n/);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(file.table.columns.map((c) => c.name));
    const back = rows.map((cells) => Object.fromEntries(file.table.columns.map((c, i) => [c.name, typed(cells[i]!, c)])));
    const expected = file.table.rows.map((row) => Object.fromEntries(file.table.columns.map((c) => [c.name, row[c.name] ?? null])));
    expect(back).toEqual(expected);
  });

  it('have no cell that a spreadsheet would run as a formula', () => {
    expect(formulaCells(outDir)).toEqual([]);
  });

  it('keep the leading zero of 全国地方公共団体コード and write numbers plainly', () => {
    const observations = Papa.parse<Record<string, string>>(new TextDecoder().decode(read('observations.csv')), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(new Set(observations.map((r) => r.municipality_code))).toEqual(new Set(['032069', '032018', '052035']));
    for (const row of observations) expect(row.value).toMatch(/^(-?\d+(\.\d+)?)?$/);
    expect(observations.find((r) => r.indicator_id === 'parenting-line-subscribers' && r.kind === 'baseline')).toMatchObject({
      value: '3096',
      fiscal_year: '2024',
      fiscal_year_label: '令和6年度',
    });
  });
});

describe('JSON files', () => {
  it.each(files.filter((f) => f.format === 'json').map((f) => [f.path, f] as const))('%s holds the same rows', (_path, file) => {
    const rows = JSON.parse(read(file.path).toString('utf8'));
    expect(rows).toEqual(file.table.rows.map((row) => Object.fromEntries(file.table.columns.map((c) => [c.name, row[c.name] ?? null]))));
  });
});

describe('datapackage.json', () => {
  const pkg = JSON.parse(read('datapackage.json').toString('utf8'));
  it('describes every CSV file, with its size', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(csvFiles.map((f) => f.path).sort());
    for (const resource of pkg.resources) expect(resource.bytes, resource.path).toBe(statSync(join(outDir, 'data', resource.path)).size);
  });

  it('has table schemas that validate every file', () => {
    const problems: string[] = [];
    for (const resource of pkg.resources) {
      const text = new TextDecoder().decode(read(resource.path));
      const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
      const fields = resource.schema.fields as {
        name: string;
        type: string;
        constraints?: { required?: boolean; enum?: string[]; pattern?: string };
      }[];
      if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name)))
        problems.push(`${resource.path}: header does not match the schema`);
      rows.forEach((cells, r) =>
        fields.forEach((field, i) => {
          const cell = cells[i] ?? '';
          const where = `${resource.path} row ${r + 2} ${field.name} "${cell}"`;
          if (cell === '') {
            if (field.constraints?.required) problems.push(`${where}: required`);
            return;
          }
          if (field.type === 'integer' && !/^-?\d+$/.test(cell)) problems.push(`${where}: not an integer`);
          if (field.type === 'number' && !/^-?\d+(\.\d+)?$/.test(cell)) problems.push(`${where}: not a plain number`);
          if (field.type === 'boolean' && !['true', 'false'].includes(cell)) problems.push(`${where}: not a boolean`);
          if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(cell)) problems.push(`${where}: not a date`);
          if (field.constraints?.enum && !field.constraints.enum.includes(cell)) problems.push(`${where}: not in enum`);
          if (field.constraints?.pattern && !new RegExp(field.constraints.pattern).test(cell))
            problems.push(`${where}: does not match ${field.constraints.pattern}`);
        }),
      );
    }
    expect(problems).toEqual([]);
  });
});

describe('catalog.jsonld (DCAT)', () => {
  it('lists datasets whose distributions exist', () => {
    const catalog = JSON.parse(read('catalog.jsonld').toString('utf8'));
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['dcat:dataset'].length).toBeGreaterThan(10);
    for (const dataset of catalog['dcat:dataset']) {
      for (const distribution of dataset['dcat:distribution'])
        expect(existsSync(join(outDir, 'data', distribution['dcat:downloadURL']['@id'])), distribution['dcat:downloadURL']['@id']).toBe(
          true,
        );
    }
  });
});

describe('licence metadata', () => {
  // No source document states a licence, and no city has set one: nothing may claim one.
  const catalog = JSON.parse(read('catalog.jsonld').toString('utf8'));
  const pkg = JSON.parse(read('datapackage.json').toString('utf8'));

  it('claims no licence anywhere, and says per plan that none is stated and whom to ask', () => {
    expect(site.plans.every((p) => p.plan.licence === null)).toBe(true);
    expect(JSON.stringify([catalog, pkg])).not.toMatch(/CC-BY|creativecommons|dct:license|"licenses"/);
    const yokote = catalog['dcat:dataset'].find((d: Record<string, string>) => d['dct:identifier'] === 'yokote-2023/indicators');
    expect(yokote['dct:rights']).toBe(
      '横手市デジタル推進計画：ライセンス（利用条件）は原本に記載がなく、このサイトでも定めていません。利用条件は横手市総務企画部 情報政策課（電話 0182-35-2166、メール densan@city.yokote.lg.jp）にお問い合わせください。',
    );
    for (const dataset of catalog['dcat:dataset'])
      expect(dataset['dct:rights'], dataset['dct:identifier']).toContain('ライセンス（利用条件）は原本に記載がなく');
    expect(pkg.rights).toContain(
      '北上市情報基本計画2026（案）：ライセンス（利用条件）は原本に記載がなく、このサイトでも定めていません。利用条件は北上市企画部都市プロモーション課情報政策推進室（電話 0197-72-8325）にお問い合わせください。',
    );
    for (const resource of pkg.resources) expect(resource.rights, resource.path).toContain('ライセンス（利用条件）は原本に記載がなく');
  });
});
