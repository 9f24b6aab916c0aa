import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { dataArchive } from '../../src/lib/open-data/data-archive.ts';
import { dataReadme } from '../../src/lib/open-data/data-readme.ts';
import { historyFiles, publishedDataFiles } from '../../src/lib/open-data/published-files.ts';
import { combinedTables, INDICATOR_VALUE_COLUMNS } from '../../src/lib/open-data/published-tables.ts';
import { HISTORY_COLUMNS } from '../../src/lib/history/history-view.ts';
import { readZip } from '../zip-reader.ts';

const fixture = join(import.meta.dirname, '../fixtures/base/content');
const loadSite = () => validateContent(readContentFiles(fixture)).site!;

describe('dataArchive', () => {
  const site = loadSite();
  const archive = dataArchive(site, null);
  const entries = readZip(archive.bytes);

  it('holds the README and every published data file, in one folder, byte for byte', () => {
    const published = [...publishedDataFiles(site), ...historyFiles(null)];
    expect(entries.map((e) => e.name)).toEqual(['dx-plan-data/README.txt', ...published.map((f) => `dx-plan-data/${f.path}`)]);
    published.forEach((file, i) => expect(entries[i + 1]!.data.equals(Buffer.from(file.body, 'utf8')), file.path).toBe(true));
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'dx-plan-data/datapackage.json',
        'dx-plan-data/catalog.jsonld',
        'dx-plan-data/history.csv',
        'dx-plan-data/observations.csv',
        'dx-plan-data/plans/sample-2026/all.json',
        'dx-plan-data/plans/sample-2026/indicators/line-users.csv',
      ]),
    );
  });

  it('stamps every file with the day the content last changed (1980-01-01 when unknown)', () => {
    const [year, month, day] = (archive.updated ?? '1980-01-01').split('-').map(Number);
    for (const entry of entries) expect(entry.modified).toMatchObject({ year, month, day, hours: 0, minutes: 0 });
  });

  it('is the same bytes for the same content, read and validated again', () => {
    expect(Buffer.from(dataArchive(loadSite(), null).bytes).equals(Buffer.from(archive.bytes))).toBe(true);
  });
});

describe('dataReadme', () => {
  const site = loadSite();
  const readme = dataReadme(site, { fileCount: 12, updated: '2026-11-30' });

  it('is UTF-8 with BOM and CRLF line ends, like the CSV files', () => {
    expect(readme.startsWith('\uFEFF')).toBe(true);
    expect(readme).not.toMatch(/[^\r]\n/);
  });

  it('describes every column of every published table, the indicator files and the history, from the column dictionary', () => {
    for (const columns of [...combinedTables(site).map((t) => t.columns), INDICATOR_VALUE_COLUMNS, HISTORY_COLUMNS]) {
      for (const column of columns) {
        expect(readme, column.name).toContain(`- ${column.name}（${column.label}）`);
        expect(readme, column.name).toContain(column.description);
      }
    }
    expect(readme).toContain('値：baseline（現状値）、actual（実績値）、projected（見込値）、target（目標値）');
  });

  it('names every plan with its licence and attribution, the date and the file count', () => {
    for (const { plan } of site.plans) {
      expect(readme).toContain(`- ${plan.id}：${plan.title}`);
      expect(readme).toContain(`出典の記載例：「${plan.attribution}」`);
    }
    expect(readme).toContain('元のデータの最終更新日：2026-11-30');
    expect(readme).toContain('ファイルの数：12（この説明を含む）');
    expect(dataReadme(site, { fileCount: 1, updated: null })).toContain('元のデータの最終更新日：不明');
  });

  it('says how to cite one value by its permalink', () => {
    expect(readme).toContain('/plans/<計画ID>/indicators/<指標ID>/#v-<年度>-<種類>');
  });
});
