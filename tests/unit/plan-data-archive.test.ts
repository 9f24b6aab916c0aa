import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { planDataArchive } from '../../src/lib/open-data/data-archive.ts';
import { dataFiles, dataFileText } from '../../src/lib/open-data/data-files.ts';
import { planPublishedTables } from '../../src/lib/open-data/published-tables.ts';
import { chapterListPage } from '../../src/lib/page-data/chapter-page.ts';
import { readZip } from '../zip-reader.ts';

const fixture = join(import.meta.dirname, '../fixtures/base/content');
const loadSite = () => validateContent(readContentFiles(fixture)).site!;

describe('planDataArchive', () => {
  const site = loadSite();
  const archive = planDataArchive(site, 'sample-2026');
  const entries = readZip(archive.bytes);
  const csv = dataFiles(site).filter((f) => f.planId === 'sample-2026' && f.format === 'csv');

  it('holds the README and every CSV file of the plan, byte for byte as published, in one folder', () => {
    expect(entries.map((e) => e.name)).toEqual([
      'dx-plan-data-sample-2026/README.txt',
      ...csv.map((f) => `dx-plan-data-sample-2026/${f.path.replace('plans/sample-2026/', '')}`),
    ]);
    expect(entries.map((e) => e.name)).toContain('dx-plan-data-sample-2026/indicators/line-users.csv');
    csv.forEach((file, i) => expect(entries[i + 1]!.data.equals(Buffer.from(dataFileText(file), 'utf8')), file.path).toBe(true));
    expect(entries.some((e) => e.name.endsWith('.json'))).toBe(false);
  });

  it('has a README naming the plan and describing every column of every table in it', () => {
    const readme = entries[0]!.data.toString('utf8');
    expect(readme.startsWith('\uFEFF')).toBe(true);
    expect(readme).toContain('\r\n');
    expect(readme).toContain(site.plans[0]!.plan.title);
    expect(readme).toContain(`ファイルの数：${entries.length}（この説明を含む）`);
    for (const table of planPublishedTables(site.plans[0]!)) {
      expect(readme).toContain(`【${table.title}】`);
      for (const column of table.columns) expect(readme).toContain(`- ${column.name}（${column.label}）`);
    }
  });

  it('is the same bytes for the same content, and linked from the plan’s table of contents', () => {
    expect(Buffer.from(planDataArchive(loadSite(), 'sample-2026').bytes).equals(Buffer.from(archive.bytes))).toBe(true);
    const page = chapterListPage(site, { plan: 'sample-2026' });
    expect(page.data.link.href).toBe('/data/plans/sample-2026/dx-plan-data-sample-2026.zip');
    expect(page.data.link.label).toMatch(new RegExp(`^表の CSV ${csv.length} ファイルと列の説明（zip、.+）$`));
  });
});
