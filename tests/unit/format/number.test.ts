import { describe, expect, it } from 'vitest';
import { formatFileSize, formatNumber, formatValue, printedDecimals } from '../../../src/lib/format/number.ts';

describe('formatValue', () => {
  it.each([
    [3096, '人', '3,096人'],
    [61.9, '%', '61.9%'],
    [60, '人/年', '60人/年'],
    [0, '回', '0回'],
    [50.8, null, '50.8'],
  ])('%d %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  it('shows a blank as a dash, never as 0', () => {
    expect(formatValue(null, '%')).toBe('－');
  });

  it('keeps stored decimals', () => {
    expect(formatNumber(0.125)).toBe('0.125');
  });
});

describe('formatFileSize', () => {
  it.each([
    [0, '0 バイト'],
    [1023, '1023 バイト'],
    [1024, '1.0 KB'],
    [473441, '462.3 KB'],
    [1024 * 1024 - 1, '1024.0 KB'],
    [1024 * 1024, '1.0 MB'],
    [5_500_000, '5.2 MB'],
  ])('%d bytes → %s', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });
});

describe('the printed precision', () => {
  it.each([
    [100, 1, '%', '100.0%'],
    [61.9, 2, '%', '61.90%'],
    [3096, 1, '人', '3,096.0人'],
    [61.95, 1, '%', '61.95%'],
    [100, 0, '%', '100%'],
    [100, null, '%', '100%'],
  ])('%d with %s decimals → %s', (value, decimals, unit, expected) => {
    expect(formatValue(value, unit, decimals)).toBe(expected);
  });
  it('counts the places a number is written with', () => {
    expect([printedDecimals('100.0'), printedDecimals('61.90'), printedDecimals('3096'), printedDecimals(' 0.5 ')]).toEqual([1, 2, 0, 1]);
  });
  it('formatNumber alone', () => {
    expect(formatNumber(100, 1)).toBe('100.0');
  });
});
