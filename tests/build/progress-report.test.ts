/**
 * The yearly progress report, built from fixture plans laid over the base fixture
 * (tests/fixtures/progress): 見本DX推進計画 grades its 取組 and a KPI on A–D scales over two years,
 * with 実績 in words, 担当部課, next steps and a printed roll-up; 見本五段階計画 grades measures on
 * five levels; 見本計画2023 has ◎○△× on a KPI. The year pages' counts must match the rows.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from './build-site.ts';

const PROGRESS = join(import.meta.dirname, '../fixtures/progress/content');

describe('the yearly progress report of fixture plans', () => {
  const site = fixtureSite((content) => cpSync(PROGRESS, content, { recursive: true }));

  it('builds', () => expect(site.build.status, site.build.output).toBe(0));

  it('lists the evaluated years and links between them', () => {
    const index = site.text('plans/ad-2023/progress/index.html');
    expect(index).toContain('2023年度（令和5年度）（評価 4件／対象 5件）');
    expect(index).toContain('2024年度（令和6年度）（評価 5件／対象 5件）');
    const first = site.pages.get('plans/ad-2023/progress/2023/index.html')!;
    expect(first).toContain('href="/plans/ad-2023/progress/2024/" rel="next"');
    expect(first).toContain('href="/plans/ad-2023/progress/">年度の一覧</a>');
    expect(first).not.toContain('rel="prev"');
    expect(site.pages.get('plans/ad-2023/progress/2024/index.html')).toContain('href="/plans/ad-2023/progress/2023/" rel="prev"');
  });

  it('rolls up the year with the items not yet reported, counts matching the rows', () => {
    const page = site.text('plans/ad-2023/progress/2023/index.html');
    expect(page).toContain('評価の集計（具体的な取組の評価）');
    // Three 取組 graded (B, C, B), one without a row: counted as 未報告, never left out.
    expect(page).toContain(
      'A 0 0.0% 目標より進んでいる B 2 50.0% 目標どおり進んでいる C 1 25.0% 目標より遅れている D 0 0.0% 評価できない（評価済みに数えない段階） 未報告 1 25.0% この年度の評価の行がない 計 4',
    );
    expect(page).toContain('窓口キャッシュレス決済の導入 具体的な取組 － － 未報告');
  });

  it('shows the printed roll-up as printed beside the computed one', () => {
    const page = site.text('plans/ad-2023/progress/2024/index.html');
    expect(page).toContain('A 2 50.0% 目標より進んでいる 2件（50.0%） 原本 p.19');
    expect(page).toContain('D 1 25.0% 評価できない（評価済みに数えない段階） 1件（25.0%） 原本 p.19');
    expect(page).toContain('「市の公表」は市が原本に書いた件数と割合を、書かれたとおりに示します。');
  });

  it('gives each item its 実績 in words, grade in symbol and words, 担当部課, next step and grades across the years', () => {
    const page = site.text('plans/ad-2023/progress/2024/index.html');
    expect(page).toContain(
      '1 テレワークの推進 出典：見本DX推進計画 p.20 具体的な取組 － 全庁でテレワークを本格実施 A 目標より進んでいる （評価記号 A） 総務部人事課 第2期計画での継続 令和5年度 B → 令和6年度 A',
    );
    expect(page).toContain('電子申請できる手続の数 出典：見本DX推進計画 p.21 成果指標 100件 80件 A 目標値を上回っている');
  });

  it('shows a graded item’s history on its own page', () => {
    expect(site.text('plans/ad-2023/indicators/online-procedures/index.html')).toContain('年度ごとの評価 令和5年度 C → 令和6年度 A');
    expect(site.text('plans/ad-2023/goals/g1/index.html')).toContain('具体的な取組 1 テレワークの推進 令和5年度 B → 令和6年度 A');
  });

  it('rolls up five levels and a ◎○△× KPI scale in their own symbols', () => {
    expect(site.text('plans/five-2023/progress/2024/index.html')).toContain('4 1 50.0% 進んだ');
    expect(site.text('plans/sample-2023/progress/2025/index.html')).toContain('△ 1 100.0% 一部達成');
  });

  it('publishes the evaluations with their fiscal year, and the scales, in the data package', () => {
    const pkg = JSON.parse(readFileSync(join(site.build.outDir, 'data/datapackage.json'), 'utf8')) as {
      resources: { name: string; schema?: { fields: { name: string }[] } }[];
    };
    const fields = (name: string) => pkg.resources.find((r) => r.name === name)?.schema?.fields.map((f) => f.name);
    expect(fields('evaluations')).toEqual(
      expect.arrayContaining(['item_type', 'item_id', 'fiscal_year', 'scale_id', 'grade', 'actual_text']),
    );
    expect(fields('scales')).toEqual(expect.arrayContaining(['scale_id', 'symbol', 'label', 'evaluated']));
    expect(fields('rollups')).toEqual(expect.arrayContaining(['fiscal_year', 'grade', 'count', 'share_text']));
    expect(fields('grade-rollups')).toEqual(
      expect.arrayContaining(['fiscal_year', 'scale_id', 'goal_id', 'line', 'grade', 'count', 'total', 'share']),
    );
    expect(readFileSync(join(site.build.outDir, 'data/plans/ad-2023/grade-rollups.csv'), 'utf8')).toContain(
      ',2023,令和5年度,torikumi,,unreported,,1,4,25.0%',
    );
  });

  it('shows the reported status of each year beside the planned step, in words', () => {
    const goal = site.text('plans/ad-2023/goals/g1/index.html');
    expect(goal).toContain('試行・検証 令和5〜6年度 令和5年度：実施中 令和6年度：完了');
    expect(site.pages.get('plans/ad-2023/goals/g1/index.html')).toContain('<span class="dx-roadmap__status">令和6年度：完了</span>');
  });
});
