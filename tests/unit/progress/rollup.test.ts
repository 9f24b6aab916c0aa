import { describe, expect, it } from 'vitest';
import { computeRollups, formatShare, shareDecimals } from '../../../src/lib/progress/rollup.ts';
import { rollupRows } from '../../../src/lib/progress/rollup-table.ts';
import { gradeHistory, evaluatedYears, scaleGrades } from '../../../src/lib/progress/evaluations.ts';
import type { PrintedRollup } from '../../../src/schemas/rollup.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { formatContentError } from '../../../src/lib/validate/content-error.ts';
import { fileText } from '../page-data/fixture-site.ts';
import { planOf, progressSite } from './progress-site.ts';

const site = progressSite();
const ad = planOf(site, 'ad-2023');

/** A roll-up's lines as `symbol count share` (`未報告` for the unreported line). */
const lines = (rollup: ReturnType<typeof computeRollups>[number]) =>
  rollup.lines.map((l) => `${l.symbol ?? '未報告'} ${l.count} ${l.share}`);

describe('computeRollups', () => {
  it('counts each grade of the scale and the items not yet reported, over every item of the graded level', () => {
    const [plan, g1, g2] = computeRollups(ad, 2023, 'torikumi');
    expect(plan!.goalId).toBeNull();
    expect(plan!.total).toBe(4);
    // g2-m1-i2 has no row in 2023: it is counted as 未報告, never left out of the shares.
    expect(lines(plan!)).toEqual(['A 0 0.0%', 'B 2 50.0%', 'C 1 25.0%', 'D 0 0.0%', '未報告 1 25.0%']);
    expect(plan!.evaluated).toBe(3);
    expect([g1!.goalId, lines(g1!)]).toEqual(['g1', ['A 0 0.0%', 'B 1 50.0%', 'C 1 50.0%', 'D 0 0.0%', '未報告 0 0.0%']]);
    expect([g2!.goalId, lines(g2!)]).toEqual(['g2', ['A 0 0.0%', 'B 1 50.0%', 'C 0 0.0%', 'D 0 0.0%', '未報告 1 50.0%']]);
  });

  it('keeps a grade that is not an evaluation (D 評価できない) out of the evaluated count but in the table', () => {
    const [plan] = computeRollups(ad, 2024, 'torikumi');
    expect(lines(plan!)).toEqual(['A 2 50.0%', 'B 1 25.0%', 'C 0 0.0%', 'D 1 25.0%', '未報告 0 0.0%']);
    expect(plan!.evaluated).toBe(3);
    expect(plan!.printed.map((p) => `${p.grade} ${p.count} ${p.share_text}`)).toEqual(['A 2 50.0%', 'B 1 25.0%', 'C 0 0.0%', 'D 1 25.0%']);
  });

  it('rolls up a scale only over the level it grades (the KPI scale counts indicators, not 取組)', () => {
    const [plan] = computeRollups(ad, 2024, 'kpi');
    expect(plan!.total).toBe(1);
    expect(lines(plan!)).toEqual(['A 1 100.0%', 'B 0 0.0%', 'C 0 0.0%', 'D 0 0.0%', '未報告 0 0.0%']);
  });

  it('counts the unreported measures of a five-level scale', () => {
    const [plan] = computeRollups(planOf(site, 'five-2023'), 2024, 'five');
    expect(lines(plan!)).toEqual(['5 0 0.0%', '4 1 50.0%', '3 0 0.0%', '2 0 0.0%', '1 0 0.0%', '未報告 1 50.0%']);
  });
});

describe('shares', () => {
  it.each([
    [5, 19, 1, '26.3%'],
    [10, 19, 1, '52.6%'],
    [4, 19, 0, '21%'],
    [0, 0, 1, '－'],
  ])('%i of %i with %i decimals is %s', (count, total, decimals, text) => expect(formatShare(count, total, decimals)).toBe(text));

  it('takes the city’s precision from its printed shares, one place when it printed none', () => {
    const printed = (share_text: string | null) => [{ share_text } as PrintedRollup];
    expect(shareDecimals(printed('26.3%'))).toBe(1);
    expect(shareDecimals(printed('26%'))).toBe(0);
    expect(shareDecimals(printed('26.32％'))).toBe(2);
    expect(shareDecimals(printed(null))).toBe(1);
    expect(shareDecimals([])).toBe(1);
  });
});

describe('grades across the years', () => {
  it('gives an item’s grades oldest first, with their meanings in the plan’s scale', () => {
    expect(gradeHistory(ad, 'initiative', 'g1-m1-i1').map((e) => `${e.fiscal_year} ${e.grade} ${e.label} ${e.next_step}`)).toEqual([
      '2023 B 目標どおり進んでいる 継続',
      '2024 A 目標より進んでいる 第2期計画での継続',
    ]);
    expect(evaluatedYears(ad)).toEqual([2023, 2024]);
    expect(scaleGrades(ad, 'torikumi').map((g) => `${g.symbol}${g.evaluated ? '' : '（評価なし）'}`)).toEqual([
      'A',
      'B',
      'C',
      'D（評価なし）',
    ]);
  });
});

describe('validation of printed roll-ups', () => {
  it('names the printed count that disagrees with the rows, at its file, line and column', () => {
    const files = new Map<string, string>();
    progressSite((all) => {
      for (const [path, file] of all) files.set(path, fileText(file) || String(file));
    });
    const path = 'content/plans/ad-2023/rollups.csv';
    files.set(path, files.get(path)!.replace('2024,torikumi,,A,2,50.0%', '2024,torikumi,,A,3,50.0%'));
    expect(validateContent(files).errors.map(formatContentError)).toEqual([
      'content/plans/ad-2023/rollups.csv:2:5 列 count: 2024年度の「A」は 3 件と書かれていますが、evaluations.csv の行は 2 件です — evaluations.csv の行か、この件数の書き写しを確かめてください。原本の集計自体が行と合わないなら、その旨を note 列に書いてください [rollup-mismatch]',
    ]);
  });
});

describe('rollupRows (the computed roll-ups as open data)', () => {
  it('publishes every line of every year, scale and goal, with the denominator', () => {
    const rows = rollupRows(ad);
    // 2 years × (torikumi: plan + 2 goals; kpi: plan + goal 2) × 5 lines.
    expect(rows).toHaveLength(2 * (3 + 2) * 5);
    expect(
      rows
        .filter((r) => r.fiscal_year === 2023 && r.scale_id === 'torikumi' && r.goal_id === null)
        .map((r) => `${r.line} ${r.grade} ${r.count}/${r.total} ${r.share}`),
    ).toEqual(['grade A 0/4 0.0%', 'grade B 2/4 50.0%', 'grade C 1/4 25.0%', 'grade D 0/4 0.0%', 'unreported null 1/4 25.0%']);
    expect(rollupRows(planOf(site, 'sample-2026'))).toEqual([]);
  });
});
