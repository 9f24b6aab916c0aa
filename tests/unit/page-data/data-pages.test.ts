import { describe, expect, it } from 'vitest';
import { historyEntries } from '../../../src/lib/history/history-view.ts';
import { dataPage } from '../../../src/lib/page-data/data-page.ts';
import { dataArchiveFile, dataFilePaths, historyDataFile, historyDataPaths } from '../../../src/lib/page-data/data-downloads.ts';
import { historyFeed, historyPage } from '../../../src/lib/page-data/history-page.ts';
import { readZip } from '../../zip-reader.ts';
import { fixtureSite } from './fixture-site.ts';

const site = fixtureSite();
const history = historyEntries(
  [
    {
      date: '2027-06-01T10:00:00+09:00',
      commit: 'abc',
      reason: '実績値を追加',
      planId: 'sample-2026',
      type: 'value-added',
      indicatorId: 'line-users',
      fiscalYear: '2026',
      valueKind: 'actual',
      before: null,
      after: '4000',
    },
  ],
  site,
);

describe('dataPage', () => {
  const page = dataPage(site, history);
  it('offers the zip of everything with its size and file count', () => {
    expect(page.archive.href).toBe('/data/dx-plan-data.zip');
    expect(page.archive.link).toMatch(/^すべてのデータ（ZIP、\d+(\.\d)? KB）をダウンロード$/);
    expect(page.archive.contents).toMatch(/（合わせて \d+ ファイル）/);
  });
  it("states each plan's licence and attribution, and links the catalogues and each plan's bundle", () => {
    expect(page.licences.map((l) => [l.lead, l.plan.id, l.attribution])).toEqual([
      ['見本計画2026（案）：', 'sample-2026', ' 出典の記載例：「出典：見本計画」'],
      ['見本計画2023：', 'sample-2023', ' 出典の記載例：「出典：見本計画」'],
    ]);
    expect(page.machineReadable.map((l) => [l.href, l.label])).toEqual([
      ['/data/datapackage.json', 'datapackage.json'],
      ['/data/catalog.jsonld', 'catalog.jsonld'],
      ['/data/plans/sample-2026/all.json', '見本計画2026（案）のすべての表（JSON 1ファイル）'],
      ['/data/plans/sample-2026/dx-plan-data-sample-2026.zip', '見本計画2026（案）のすべての表（CSV と列の説明、zip）'],
      ['/data/plans/sample-2023/all.json', '見本計画2023のすべての表（JSON 1ファイル）'],
      ['/data/plans/sample-2023/dx-plan-data-sample-2023.zip', '見本計画2023のすべての表（CSV と列の説明、zip）'],
    ]);
  });
  it('dates each dataset and file from the repository history when the build has one', () => {
    const dated = dataPage({ ...site, contentDates: new Map([['content/plans.csv', '2026-11-30']]) }, history);
    expect([dated.showUpdated, dated.datesNote]).toEqual([true, null]);
    expect(dated.datasets.find((d) => d.id === 'dataset-plans')!.lastUpdated).toBe(
      '最終更新日：2026-11-30（元のデータファイルを最後に変更した日）',
    );
    expect(dated.archive.contents).toContain('元のデータの最終更新日：2026-11-30');
  });
  it('lists every dataset with its rows, its files per scope and its columns', () => {
    expect(page.datasetsHeading).toBe(`データの一覧（${page.datasets.length} 種類）`);
    const plans = page.datasets.find((d) => d.id === 'dataset-plans')!;
    expect(plans.title).toBe('計画');
    expect(plans.rowsNote).toBe('（2 行）');
    // The fixture has no repository history: no 「不明」 on every dataset and file, one sentence instead.
    expect(plans.lastUpdated).toBeNull();
    expect(page.showUpdated).toBe(false);
    expect(page.datesNote).toBe(
      'このサイトは、元データの変更履歴（リポジトリの記録）がない環境で作られたため、ファイルごとの最終更新日は示していません。',
    );
    expect(page.archive.contents).not.toContain('不明');
    expect(plans.caption).toBe('計画のダウンロード');
    expect(plans.columnsSummary).toBe(`計画の列の説明（${plans.columns.length} 列）`);
    // One row per scope: its CSV (with the encoding) and JSON side by side, each link with its size.
    expect(plans.files.map((f) => [f.scope, f.csv!.link.label, f.csv!.encoding, f.json!.link.label, f.json!.encoding])).toEqual([
      [
        'すべての計画',
        expect.stringMatching(/^CSV（\d+ バイト）$/),
        'UTF-8（BOM付き）、CRLF',
        expect.stringMatching(/^JSON（[\d.]+ (バイト|KB)）$/),
        '',
      ],
    ]);
    expect(plans.files[0]!.csv!.link.href).toBe('/data/plans.csv');
    const observations = page.datasets.find((d) => d.id === 'dataset-observations')!;
    expect(observations.files.map((f) => f.scope)).toEqual(['すべての計画', '見本計画2026（案）', '見本計画2023']);
    expect(observations.files.find((f) => f.scope === '見本計画2023')!.rows).toBe(3);
  });
  it("points at the front plan's indicator list for single indicators' downloads", () => {
    expect(page.indicatorsHref).toBe('/plans/sample-2026/indicators/');
    expect(dataPage({ ...site, primary: { ...site.primary, indicators: [] } }, null).indicatorsHref).toBeNull();
  });
});

describe('data downloads', () => {
  it('serves every published file with its type', () => {
    const paths = dataFilePaths(site);
    const goals = paths.find((p) => p.params.file === 'plans/sample-2026/goals.csv')!;
    expect(goals.props.contentType).toBe('text/csv; charset=utf-8');
    expect(goals.props.body()).toContain('子育ての目標');
    expect(paths.find((p) => p.params.file === 'catalog.jsonld')!.props.contentType).toBe('application/ld+json; charset=utf-8');
  });
  it('serves the history as CSV and JSON, empty without a repository history', () => {
    expect(historyDataPaths()).toEqual([{ params: { format: 'csv' } }, { params: { format: 'json' } }]);
    expect(historyDataFile(history, 'json').contentType).toBe('application/json; charset=utf-8');
    expect(String(historyDataFile(history, 'csv').body)).toContain('実績値を追加');
    expect(JSON.parse(String(historyDataFile(null, 'json').body))).toEqual([]);
    expect(() => historyDataFile(history, 'xml')).toThrow();
  });
  it('packs the zip with the history in it', () => {
    const zip = dataArchiveFile(site, history);
    expect(zip.contentType).toBe('application/zip');
    const csv = readZip(zip.body as Uint8Array).find((entry) => entry.name === 'dx-plan-data/history.csv')!;
    expect(csv.data.toString('utf8')).toContain('実績値を追加');
  });
});

describe('historyPage', () => {
  it('says why there is no list: no repository history, or no change yet', () => {
    expect(historyPage(null).message).toBe('このサイトは、元データの変更履歴がない環境で作られたため、更新履歴を表示できません。');
    expect(historyPage([]).message).toBe('記録された変更はまだありません。');
  });
  it('lists the changes with the downloads and feed', () => {
    const page = historyPage(history);
    expect(page.message).toBeNull();
    expect(page.entries).toHaveLength(1);
    expect([page.csvHref, page.jsonHref, page.feedHref]).toEqual(['/data/history.csv', '/data/history.json', '/history/feed.xml']);
    expect(page.layout.breadcrumbs).toEqual([{ label: 'トップ', href: '/' }, { label: '更新履歴' }]);
  });
  it('says where the history starts when site.csv sets history_start, and only when there is a history', () => {
    expect(historyPage(history).startNote).toBeNull();
    expect(historyPage(history, 1, '2026-04-01').startNote).toBe('この記録は2026年4月1日のこのサイトでの公開から始まります。');
    expect(historyPage(null, 1, '2026-04-01').startNote).toBeNull();
  });
  it("titles the feed after the site's name, and never dates an empty feed 1970", () => {
    const feed = historyFeed(site, history);
    expect(feed.contentType).toBe('application/atom+xml; charset=utf-8');
    expect(String(feed.body)).toContain('<title>北上市DX計画の進捗：更新履歴</title>');
    expect(String(feed.body)).toContain('実績値を追加');
    expect(String(historyFeed(site, null).body)).toContain('urn:dx-plan:history');
    const empty = String(historyFeed({ ...site, contentDates: new Map() }, null, '2026-12-04').body);
    expect(empty).toContain('<updated>2026-12-04T00:00:00Z</updated>');
    expect(empty).not.toContain('1970');
  });
});
