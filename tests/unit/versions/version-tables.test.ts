import { describe, expect, it } from 'vitest';
import { versionsPlan, versionsSite } from './versions-fixture.ts';
import { versionPublishedTables } from '../../../src/lib/open-data/version-tables.ts';
import { dataFiles, dataFileText } from '../../../src/lib/open-data/data-files.ts';
import { catalogueEntries } from '../../../src/lib/open-data/catalogue-entries.ts';

describe('the open data of a plan’s versions', () => {
  const tables = new Map(versionPublishedTables(versionsPlan()).map((t) => [t.name, t]));

  it('publishes each earlier version’s figure tables, the changes and the response matrix', () => {
    expect([...tables.keys()]).toEqual([
      'version-goals',
      'version-initiatives',
      'version-indicators',
      'version-observations',
      'version-passage-changes',
      'version-figure-changes',
      'version-response-matrix',
    ]);
    expect(tables.get('version-observations')!.rows.map((r) => [r.version_id, r.kind, r.value])).toEqual([
      ['draft', 'baseline', 35],
      ['draft', 'target', 60],
    ]);
  });

  it('gives every changed passage with its citation, both texts and the answers behind it', () => {
    const rows = tables.get('version-passage-changes')!.rows;
    expect(rows.map((r) => [r.passage_id, r.citation, r.change, r.response_numbers, r.own_change])).toEqual([
      ['purpose-p2', '第1章(1) 第2段落', 'changed', null, true],
      ['goals-p1', '第1章(2) 第1段落', 'changed', '1', false],
      ['goals-list1-3', '第1章(2) 箇条書き1の3項目め', 'added', '2', false],
      ['system-p2', '第2章(1) 第2段落', 'removed', null, true],
      ['progress-p1', '第2章(2) 第1段落', 'changed', '3', false],
    ]);
    expect(rows[3]).toMatchObject({ before_text: '各課にDX推進員を置き、庁内の連携を図ります。', after_text: null });
  });

  it('gives the changed target from the tables and the matrix of answers and passages', () => {
    expect(tables.get('version-figure-changes')!.rows.find((r) => r.table === 'observations')).toMatchObject({
      row_key: 'online-rate/2030/target',
      column: 'value',
      before_value: '60',
      after_value: '80',
    });
    expect(tables.get('version-response-matrix')!.rows.map((r) => [r.number, r.draft_changed, r.changed_passage])).toEqual([
      [1, true, 'c1#goals-p1'],
      [2, true, 'c1#goals-list1-3'],
      [3, true, 'c2#progress-p1'],
      [4, false, null],
    ]);
  });

  it('lists them as files and in the catalogue, and publishes nothing for a plan without versions', () => {
    const site = versionsSite();
    const paths = dataFiles(site).map((f) => f.path);
    expect(paths).toContain('plans/ver-2026/version-passage-changes.csv');
    expect(paths).toContain('plans/ver-2026/version-response-matrix.json');
    expect(paths).toContain('plans/ver-2026/versions.csv');
    expect(paths.filter((p) => p.startsWith('plans/sample-2026/version'))).toEqual([]);
    expect(catalogueEntries(site).map((e) => e.table.name)).toContain('version-figure-changes');
    const csv = dataFileText(dataFiles(site).find((f) => f.path === 'plans/ver-2026/version-figure-changes.csv')!);
    expect(csv).toContain('online-rate/2030/target');
  });
});
