import { describe, expect, it } from 'vitest';
import { checkPredecessorCycles } from '../../../src/lib/content/checks/predecessor-cycle.ts';
import { checkGlossaryTerms } from '../../../src/lib/content/checks/glossary-terms.ts';
import { checkValueRanges, inRange, valueRangeOf } from '../../../src/lib/content/checks/value-ranges.ts';
import type { SourcedRow } from '../../../src/lib/validate/validate-table.ts';
import type { CellValue } from '../../../src/schemas/column-spec.ts';

/** A validated row with just the columns a check reads (typed as written, so it fits the check's row type). */
const row = <const T extends Record<string, CellValue>>(line: number, values: T): SourcedRow<T> => ({
  file: 'content/x.csv',
  line,
  values,
  columnNumbers: Object.fromEntries(Object.keys(values).map((k, i) => [k, i + 1])),
});

describe('checkPredecessorCycles', () => {
  it('reports a cycle once, with its path', () => {
    const errors = checkPredecessorCycles([
      row(2, { id: 'a', predecessor_id: 'b' }),
      row(3, { id: 'b', predecessor_id: 'c' }),
      row(4, { id: 'c', predecessor_id: 'a' }),
      row(5, { id: 'd', predecessor_id: 'a' }),
    ]);
    expect(errors.map((e) => [e.line, e.message])).toEqual([[2, '前計画のつながりが循環しています（a → b → c → a）']]);
  });
  it('accepts a chain, an unknown predecessor and a self-reference (its own rule)', () => {
    expect(
      checkPredecessorCycles([
        row(2, { id: 'a', predecessor_id: 'b' }),
        row(3, { id: 'b', predecessor_id: null }),
        row(4, { id: 'c', predecessor_id: 'zz' }),
        row(5, { id: 'd', predecessor_id: 'd' }),
      ]),
    ).toEqual([]);
  });
});

describe('checkGlossaryTerms', () => {
  const term = (line: number, id: string, term: string, aliases: string | null = null) => row(line, { id, term, aliases });
  it('refuses empty aliases and a spelling two entries claim, ignoring width and spaces', () => {
    const errors = checkGlossaryTerms([
      term(2, 'ai', 'AI', '人工知能｜'),
      term(3, 'gen-ai', '生成 AI'),
      term(4, 'ai2', 'ａｉ'),
      term(5, 'genai2', 'ジェネ', '生成AI'),
    ]);
    expect(errors.map((e) => [e.line, e.rule, e.field])).toEqual([
      [2, 'empty-term', 'aliases'],
      [4, 'duplicate-term', 'term'],
      [5, 'duplicate-term', 'aliases'],
    ]);
  });
  it('lets an entry repeat its own term as an alias', () => {
    expect(checkGlossaryTerms([term(2, 'ai', 'AI', 'ＡＩ｜人工知能')])).toEqual([]);
  });
});

describe('value ranges', () => {
  it('defaults to 0–100 for %, 0 or more otherwise, and honours value_range', () => {
    expect(valueRangeOf({ unit: '%', value_range: null })).toBe('share');
    expect(valueRangeOf({ unit: '人', value_range: null })).toBe('non-negative');
    expect(valueRangeOf({ unit: '%', value_range: 'non-negative' })).toBe('non-negative');
    expect([
      inRange(100, 'share'),
      inRange(100.1, 'share'),
      inRange(101, 'non-negative'),
      inRange(-1, 'non-negative'),
      inRange(-1, 'any'),
    ]).toEqual([true, false, true, false, true]);
  });
  it('locates impossible values and far-off years', () => {
    const indicators = [
      row(2, { id: 'rate', name: '満足度', unit: '%', value_range: null }),
      row(3, { id: 'ratio', name: '全国比', unit: '%', value_range: 'non-negative' }),
    ];
    const observations = [
      row(2, { indicator_id: 'rate', fiscal_year: 2026, kind: 'actual', value: 165 }),
      row(3, { indicator_id: 'ratio', fiscal_year: 2026, kind: 'actual', value: 101 }),
      row(4, { indicator_id: 'ratio', fiscal_year: 2016, kind: 'baseline', value: 99 }),
      row(5, { indicator_id: 'ratio', fiscal_year: 2041, kind: 'actual', value: 99 }),
    ];
    const errors = checkValueRanges(observations, indicators, [row(2, { item_id: 'm', start_year: 2026, end_year: 2090 })], {
      start: 2026,
      end: 2030,
    });
    expect(errors.map((e) => [e.file, e.line, e.field, e.rule])).toEqual([
      ['content/x.csv', 2, 'value', 'value-out-of-range'],
      ['content/x.csv', 5, 'fiscal_year', 'year-outside-period'],
      ['content/x.csv', 2, 'end_year', 'year-outside-period'],
    ]);
  });
});
