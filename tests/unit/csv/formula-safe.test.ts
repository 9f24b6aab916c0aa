import { describe, expect, it } from 'vitest';
import { formulaSafe } from '../../../src/lib/csv/formula-safe.ts';

describe('formulaSafe', () => {
  it.each([
    ['=HYPERLINK("https://evil.example/","詳細")'],
    ["-2+3+cmd|' /C calc'!A0"],
    ["+2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+1)'],
    [' =1+1'],
    ['   @SUM(A1)'],
    ['\u3000=1+1'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['\n=1+1'],
    ['\tメモ'],
    ['\rメモ'],
    ['\0メモ'],
    ['＝1+1'],
    ['＋1'],
    ['－cmd'],
    ['＠SUM(1)'],
    ['-'],
    ['--- -- --'],
    ['-1e5'],
    ['-3人'],
  ])('prefixes 「%s」 with an apostrophe', (text) => {
    expect(formulaSafe(text)).toBe(`'${text}`);
  });

  it.each([
    ['北上市'],
    ['DX推進計画'],
    ['a=b'],
    ['メール iken@example.jp'],
    ["'quoted"],
    ['-3'],
    ['-0.5'],
    ['61.9'],
    ['032069'],
    ['2026-03-31'],
    ['https://example.jp/?a=1'],
    ['  前後に空白'],
    [''],
  ])('leaves 「%s」 as it is', (text) => {
    expect(formulaSafe(text)).toBe(text);
  });
});
