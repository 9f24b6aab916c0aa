/**
 * Text targets show wherever a target is shown. The five printed text targets were typed from the
 * sources: Yokote 003 L507, L582, L602; Morioka 002 L205 (second sentence), L249.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { planById } from '../../../src/lib/content/queries.ts';
import { indicatorTargetDisplay, targetDisplay, targetLine } from '../../../src/lib/plan-facts/target-display.ts';
import type { Observation } from '../../../src/schemas/observation.ts';

const { site } = validateContent(readContentFiles(join(import.meta.dirname, '../../../content')));

describe('the printed text targets', () => {
  it.each([
    ['yokote-2023', 'counter-verification', '検証済み'],
    ['yokote-2023', 'system-standardization', '令和 7 年度末まで対象 20 業務について標準準拠システムに移行'],
    ['yokote-2023', 'digital-adoption', '導入'],
    [
      'morioka-2021',
      'priority-27-procedures-online',
      '上記27手続きは全てオンライン化し、マイナンバーカードを使ってできる手続きの利用促進を図る。',
    ],
    [
      'morioka-2021',
      'core-systems-standardised',
      '17業務の情報システムを、全て標準化対応、かつ、クラウド対応するとともに、プロセスの見直しが必要な業務の見直しを図る。',
    ],
  ])('%s %s: 「%s」', (planId, indicatorId, printed) => {
    const plan = planById(site!, planId)!;
    const indicator = plan.indicators.find((i) => i.id === indicatorId)!;
    expect(indicatorTargetDisplay(plan, indicator)).toEqual({ kind: 'text', text: printed, year: null, note: null });
    expect(targetLine(indicator, undefined)).toBe(printed);
  });

  it('no indicator of any plan shows 「－」 while its original prints a target', () => {
    for (const plan of site!.plans) {
      for (const indicator of plan.indicators) {
        const shown = indicatorTargetDisplay(plan, indicator);
        if (shown.kind === 'none') expect.fail(`${plan.plan.id} ${indicator.id} shows no target`);
      }
    }
  });
});

describe('targetDisplay', () => {
  const numeric = { kind: 'numeric' as const, target_text: null, unit: '%' };
  const obs = (fields: Partial<Observation>): Observation => ({
    indicator_id: 'x',
    fiscal_year: 2030,
    kind: 'target',
    value: 80,
    note: null,
    ...fields,
  });
  it('a value target: the value with its unit, its year and note', () => {
    expect(targetDisplay(numeric, obs({}))).toEqual({ kind: 'value', text: '80%', year: '2030年度（令和12年度）', note: null });
    expect(targetLine(numeric, obs({ fiscal_year: null, note: '原本に年度の記載なし' }))).toBe('80%（年度の記載なし）');
  });
  it('nothing printed: 「－」 with 「記載なし」, and 「なし」 in a line', () => {
    expect(targetDisplay(numeric, undefined)).toEqual({ kind: 'none', text: '－', year: null, note: '記載なし' });
    expect(targetLine(numeric, undefined)).toBe('なし');
  });
  it('a numeric indicator without a target value but with printed wording shows the wording', () => {
    expect(targetDisplay({ ...numeric, target_text: '全件' }, undefined).text).toBe('全件');
    expect(targetDisplay({ ...numeric, target_text: '全件' }, obs({})).text).toBe('80%');
  });
});
