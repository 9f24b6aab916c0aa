import { describe, expect, it } from 'vitest';
import {
  eraOfFiscalYear,
  formatEraFiscalYear,
  formatEraFiscalYearRange,
  formatFiscalYear,
  formatFiscalYearRange,
} from '../../../src/lib/format/fiscal-year.ts';

describe('formatFiscalYear', () => {
  it.each([
    [2025, '2025年度（令和7年度）'],
    [2030, '2030年度（令和12年度）'],
    [2019, '2019年度（令和元年度）'],
    [2018, '2018年度（平成30年度）'],
    [1989, '1989年度（平成元年度）'],
    [1988, '1988年度（昭和63年度）'],
  ])('%i → %s', (year, expected) => {
    expect(formatFiscalYear(year)).toBe(expected);
  });

  it('gives the era parts', () => {
    expect(eraOfFiscalYear(2026)).toEqual({ era: '令和', eraYear: 8 });
    expect(formatEraFiscalYear(2023)).toBe('令和5年度');
  });

  it('rejects a non-integer year', () => {
    expect(() => formatFiscalYear(2025.5)).toThrow(RangeError);
  });
});

describe('formatEraFiscalYearRange', () => {
  it('names the era once, twice across eras, and a single year plainly', () => {
    expect(formatEraFiscalYearRange(2021, 2023)).toBe('令和3〜5年度');
    expect(formatEraFiscalYearRange(2019, 2020)).toBe('令和元〜2年度');
    expect(formatEraFiscalYearRange(2017, 2021)).toBe('平成29年度〜令和3年度');
    expect(formatEraFiscalYearRange(2024, 2024)).toBe('令和6年度');
  });
});

describe('formatFiscalYearRange', () => {
  it('writes a plan period with both calendars', () => {
    expect(formatFiscalYearRange(2026, 2030)).toBe('2026〜2030年度（令和8〜12年度）');
  });
  it('handles a period across eras', () => {
    expect(formatFiscalYearRange(2017, 2021)).toBe('2017〜2021年度（平成29年度〜令和3年度）');
  });
  it('collapses a one-year period', () => {
    expect(formatFiscalYearRange(2025, 2025)).toBe('2025年度（令和7年度）');
  });
});

describe('years before the Shōwa era', () => {
  it('are never printed with a negative era year (validation refuses them)', () => {
    expect(formatFiscalYear(1926)).toBe('1926年度（昭和元年度）');
    expect(() => formatFiscalYear(1900)).toThrow(RangeError);
  });
});
