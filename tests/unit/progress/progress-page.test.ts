import { describe, expect, it } from 'vitest';
import { progressIndexPage, progressYearPage, progressYearPaths, gradeHistoryText } from '../../../src/lib/page-data/progress-page.ts';
import { goalPage } from '../../../src/lib/page-data/goal-page.ts';
import { planHasPage } from '../../../src/lib/page-data/site-nav.ts';
import { gradeHistory } from '../../../src/lib/progress/evaluations.ts';
import { planOf, progressSite } from './progress-site.ts';

const site = progressSite();

describe('progress pages', () => {
  it('exist only for plans with grades, one per evaluated year', () => {
    expect(site.plans.map((p) => [p.plan.id, planHasPage(p, 'progress')])).toEqual([
      ['sample-2026', false],
      ['sample-2023', true],
      ['ad-2023', true],
      ['five-2023', true],
    ]);
    expect(progressYearPaths(site).map((p) => `${p.params.plan}/${p.params.year}`)).toEqual([
      'sample-2023/2025',
      'ad-2023/2023',
      'ad-2023/2024',
      'five-2023/2024',
    ]);
    expect(progressIndexPage(site, { plan: 'ad-2023' }).years.map((y) => y.href)).toEqual([
      '/plans/ad-2023/progress/2023/',
      '/plans/ad-2023/progress/2024/',
    ]);
  });

  it('puts the roll-up first, with the printed counts beside the computed ones, then the goals’ items', () => {
    const page = progressYearPage(site, { plan: 'ad-2023', year: '2024' });
    expect(page.title).toBe('見本DX推進計画 2024年度（令和6年度）の進捗');
    expect(page.nav.previous?.href).toBe('/plans/ad-2023/progress/2023/');
    expect(page.nav.next).toBeNull();
    expect(page.rollups.map((r) => r.heading)).toEqual(['評価の集計（具体的な取組の評価）', '評価の集計（成果指標の評価）']);
    expect(page.rollups[0]!.rows.map((r) => [r.grade, r.count, r.share, r.printed])).toEqual([
      ['A', 2, '50.0%', '2件（50.0%） 原本 p.19'],
      ['B', 1, '25.0%', '1件（25.0%） 原本 p.19'],
      ['C', 0, '0.0%', '0件（0.0%） 原本 p.19'],
      ['D', 1, '25.0%', '1件（25.0%） 原本 p.19'],
      ['未報告', 0, '0.0%', null],
    ]);
    expect(page.rollups[1]!.hasPrinted).toBe(false);
    const g2 = page.goals.find((g) => g.id === 'goal-g2')!;
    expect(g2.rows.map((r) => [r.name, r.grade?.mark ?? null, r.actual, r.next, r.history])).toEqual([
      ['電子申請の拡大', 'A', '電子申請の対象を80手続に拡大', '第2期計画での継続', '令和5年度 B → 令和6年度 A'],
      ['窓口キャッシュレス決済の導入', 'D', '決済事業者の選定をやり直しているため評価できない', '見直し', '令和6年度 D'],
      ['電子申請できる手続の数', 'A', '80件', '継続', '令和5年度 C → 令和6年度 A'],
    ]);
  });

  it('says 未報告 for an item without a row that year', () => {
    const page = progressYearPage(site, { plan: 'ad-2023', year: '2023' });
    const row = page.goals.flatMap((g) => g.rows).find((r) => r.id === 'initiative-g2-m1-i2')!;
    expect([row.grade, row.actual, row.history]).toEqual([null, '－', '令和6年度 D']);
    expect(page.unreported).toBe('未報告');
  });

  it('shows each goal’s graded items with their grades across the years on the goal page', () => {
    expect(goalPage(site, { plan: 'ad-2023', goal: 'g1' }).grades?.items).toEqual([
      { type: '具体的な取組', name: '1 テレワークの推進', text: '令和5年度 B → 令和6年度 A' },
      { type: '具体的な取組', name: '2 ペーパーレス会議の導入', text: '令和5年度 C → 令和6年度 B' },
    ]);
    expect(goalPage(site, { plan: 'sample-2026', goal: 'g1' }).grades).toBeNull();
    expect(gradeHistoryText(gradeHistory(planOf(site, 'five-2023'), 'measure', 'g1-m1'))).toBe('令和6年度 4');
  });
});
