/**
 * The markup the phone layouts rely on, in the built pages: roadmaps shaped like the documents'
 * 工程表, a column label on every table cell, the folding header, and the home page saying once
 * which indicators have no data. (How it looks is checked in tests/e2e/phone.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { builtPages, textOf } from './build-site.ts';

const pages = builtPages(inject('outDir'));
const html = (path: string) => {
  const page = pages.get(path);
  if (!page) throw new Error(`page not built: ${path}`);
  return page;
};
/** The cells of the table row with this id, as text (a spanning cell as 「text ×3」). */
const rowCells = (page: string, id: string) => {
  const row = page.match(new RegExp(`<tr id="${id}"[^>]*>([\\s\\S]*?)</tr>`))?.[1];
  if (!row) throw new Error(`no row ${id}`);
  return [...row.matchAll(/<(td|th)([^>]*)>([\s\S]*?)<\/\1>/g)].map(([, , attributes, inner]) => {
    const span = attributes!.match(/colspan="(\d+)"/)?.[1];
    return `${textOf(inner!).trim()}${span ? ` ×${span}` : ''}`;
  });
};

describe('roadmaps, drawn like the documents’ 工程表', () => {
  it('give one row per initiative with the fiscal years as columns and the step’s words in its year (Oshu)', () => {
    const page = html('plans/oshu-2021/goals/g2/index.html');
    expect(page.match(/<tr id="roadmap-g2-i\d+"/g)).toHaveLength(23);
    const head = page.match(/<table[^>]*dx-roadmap[\s\S]*?<\/thead>/)![0];
    expect([...head.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual([
      '主な取組',
      '令和3年度',
      '令和4年度',
      '令和5年度',
      '令和6年度',
      '令和7年度',
    ]);
    expect(rowCells(page, 'roadmap-g2-i1')).toEqual([
      '基幹業務システムの標準化',
      '',
      '基本方針策定',
      'Fit&Gap分析 移行計画策定',
      '移行準備',
      '移行 ガバメントクラウド利用',
    ]);
  });

  it('draw a step over several years as one cell across them, with its period and the note on its span (Morioka)', () => {
    const cells = rowCells(html('plans/morioka-2021/goals/g1/index.html'), 'roadmap-g1-m1');
    expect(cells[0]).toBe('(1) 行政手続きのオンライン化');
    expect(cells[1]).toMatch(/^優先手続きのオンライン化推進 令和3〜5年度 （期間は不確か※1） ×3$/);
    expect(cells[2]).toMatch(/^全行政手続きのオンライン化推進 令和6〜7年度 （期間は不確か※2） ×2$/);
  });
});

it('labels every body cell of every data table with a header row with its column header, for the stacked phone layout', () => {
  const unlabelled: string[] = [];
  for (const [path, page] of pages) {
    for (const table of page.match(/<table class="dx-table[\s\S]*?<\/table>/g) ?? []) {
      const labelled = table.includes('<thead');
      for (const cell of table.match(/<td\b[^>]*>/g) ?? [])
        if ((labelled && !/\sdata-label="[^"]+"/.test(cell)) || !/\srole="cell"/.test(cell)) unlabelled.push(`${path}: ${cell}`);
    }
  }
  expect(unlabelled).toEqual([]);
  expect(html('plans/kitakami-2023/results/index.html')).toContain('data-label="目標値 2025年度（令和7年度）" role="cell"');
});

it('folds the header links into a 「メニュー」 disclosure and the status detail behind its headline, on every page', () => {
  for (const [path, page] of pages) {
    if (path.startsWith('embed/')) continue; // embeddable views have no site chrome at all
    expect(page, path).toMatch(
      /<details class="dx-menu"><summary>メニュー<\/summary><nav class="dx-nav" aria-label="サイト内の主なページ">/,
    );
  }
  expect(html('index.html')).toMatch(
    /<details class="dx-status-banner__details"><summary><strong>北上市情報基本計画2026（案）は、パブリックコメント（意見募集）のための案です。<\/strong>/,
  );
});

it('says once on the home page that the indicators have no data yet, instead of a 「データなし」 line for each', () => {
  const home = textOf(html('index.html').match(/<main[\s\S]*<\/main>/)![0]);
  expect(home).toContain('10 の指標はどれも、進捗を計算できる実績値が掲載されていないため、目標までの進捗は「－ データなし」です。');
  expect(home.match(/データなし/g)).toHaveLength(1);
  expect(home).not.toContain('目標までの進捗 －');
});

it('never says 「まだ」 of values of a plan whose period is over (Morioka 2021–2025)', () => {
  const home = textOf(html('plans/morioka-2021/index.html').match(/<main[\s\S]*<\/main>/)![0]);
  expect(home).toContain('進捗を示していない 9 の指標は、進捗を計算できる実績値が掲載されていないため');
  expect(home).not.toContain('まだ');
});
