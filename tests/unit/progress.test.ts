import { describe, expect, it } from 'vitest';
import { barWidth, computeProgress, straightLine } from '../../src/lib/progress/compute-progress.ts';
import type { Observation } from '../../src/schemas/observation.ts';

const obs = (kind: Observation['kind'], fiscal_year: number, value: number | null): Observation => ({
  indicator_id: 'x',
  fiscal_year,
  kind,
  value,
  note: value === null ? '原本では「-」' : null,
});
const numeric = (
  direction: 'increase' | 'decrease' | 'maintain' = 'increase',
  aggregation: 'annual' | 'cumulative' | 'rate' | 'level' = 'rate',
) => ({ kind: 'numeric' as const, direction, aggregation });

describe.each([
  // name, indicator, observations, expected status, expected share
  ['no actual yet', numeric(), [obs('baseline', 2025, 61.9), obs('target', 2030, 65)], 'no-data', null],
  ['only a blank actual', numeric(), [obs('baseline', 2025, 61.9), obs('actual', 2026, null), obs('target', 2030, 65)], 'no-data', null],
  [
    'increase, part of the way',
    numeric(),
    [obs('baseline', 2025, 60), obs('actual', 2027, 62), obs('target', 2030, 65)],
    'in-progress',
    40,
  ],
  ['increase, went backwards', numeric(), [obs('baseline', 2025, 60), obs('actual', 2027, 58), obs('target', 2030, 65)], 'worse', -40],
  ['increase, target already met', numeric(), [obs('baseline', 2025, 60), obs('actual', 2026, 70), obs('target', 2030, 65)], 'met', 200],
  [
    'decreasing is better, part of the way',
    numeric('decrease'),
    [obs('baseline', 2025, 100), obs('actual', 2027, 90), obs('target', 2030, 50)],
    'in-progress',
    20,
  ],
  [
    'decreasing is better, met',
    numeric('decrease'),
    [obs('baseline', 2025, 100), obs('actual', 2028, 45), obs('target', 2030, 50)],
    'met',
    110,
  ],
  [
    'decreasing is better, went up',
    numeric('decrease'),
    [obs('baseline', 2025, 100), obs('actual', 2027, 110), obs('target', 2030, 50)],
    'worse',
    -20,
  ],
  [
    'baseline = target, kept (maintain)',
    numeric('maintain'),
    [obs('baseline', 2025, 100), obs('actual', 2026, 100), obs('target', 2030, 100)],
    'met',
    null,
  ],
  [
    'baseline = target, fell (maintain)',
    numeric('maintain'),
    [obs('baseline', 2025, 100), obs('actual', 2026, 95), obs('target', 2030, 100)],
    'in-progress',
    null,
  ],
  [
    'cumulative on the straight line',
    numeric('increase', 'cumulative'),
    [obs('baseline', 2025, 10), obs('actual', 2027, 26), obs('target', 2030, 50)],
    'on-track',
    40,
  ],
  [
    'cumulative behind the straight line',
    numeric('increase', 'cumulative'),
    [obs('baseline', 2025, 10), obs('actual', 2027, 20), obs('target', 2030, 50)],
    'behind',
    25,
  ],
  [
    'latest of several actuals counts',
    numeric(),
    [obs('baseline', 2025, 60), obs('actual', 2026, 61), obs('actual', 2028, 63.5), obs('target', 2030, 65)],
    'in-progress',
    70,
  ],
  ['text milestone', { kind: 'text' as const, direction: 'increase' as const, aggregation: 'level' as const }, [], 'text', null],
] as const)('%s', (_name, indicator, observations, status, share) => {
  const progress = computeProgress(indicator, observations);
  it(`is ${status}`, () => expect(progress.status).toBe(status));
  it(`has share ${share}`, () => expect(progress.share).toBe(share));
});

describe('inputs are returned with the result', () => {
  it('gives baseline, target, latest and the straight-line value', () => {
    const progress = computeProgress(numeric('increase', 'cumulative'), [
      obs('baseline', 2025, 10),
      obs('actual', 2027, 20),
      obs('target', 2030, 50),
    ]);
    expect(progress).toMatchObject({
      baseline: { year: 2025, value: 10 },
      target: { year: 2030, value: 50 },
      latest: { year: 2027, value: 20 },
      expected: { year: 2027, value: 26 },
    });
  });
  it('does not count the baseline year as an actual', () => {
    expect(computeProgress(numeric(), [obs('baseline', 2025, 60), obs('actual', 2025, 60), obs('target', 2030, 65)]).status).toBe(
      'no-data',
    );
  });
});

describe('helpers', () => {
  it('straightLine interpolates between baseline and target', () => {
    expect(straightLine({ year: 2025, value: 1 }, { year: 2030, value: 14 }, 2026)).toBeCloseTo(3.6);
  });
  it('barWidth clamps to 0–100', () => {
    expect([barWidth(-20), barWidth(40), barWidth(200), barWidth(null)]).toEqual([0, 40, 100, 0]);
  });
});
describe('values without a year in the original', () => {
  it('compares with the target but never draws a straight line it cannot date', () => {
    const result = computeProgress({ kind: 'numeric', direction: 'increase', aggregation: 'cumulative' }, [
      { indicator_id: 'x', fiscal_year: null, kind: 'baseline', value: 30, note: '原本に年度の記載なし' },
      { indicator_id: 'x', fiscal_year: 2023, kind: 'actual', value: 45, note: null },
      { indicator_id: 'x', fiscal_year: null, kind: 'target', value: 60, note: '原本に年度の記載なし' },
    ]);
    expect([result.status, result.share, result.expected]).toEqual(['in-progress', 50, null]);
  });
});
