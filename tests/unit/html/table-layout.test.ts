import { describe, expect, it } from 'vitest';
import { layoutForCells, SHORT_CELL_CHARS } from '../../../src/lib/html/table-layout.ts';

describe('layoutForCells', () => {
  it('keeps a grid of short values as a grid', () => {
    expect(
      layoutForCells([
        ['1', '横手', '条里北庁舎', '4F_情報政策課事務室', '●'],
        ['2', '十文字', '十文字庁舎', '', ''],
      ]),
    ).toBe('scroll');
    expect(layoutForCells([['あ'.repeat(SHORT_CELL_CHARS)]])).toBe('scroll');
  });
  it('stacks a table with a sentence in any cell', () => {
    expect(layoutForCells([['1', '窓口手続等の最適化', '書かない窓口、キャッシュレス決済、ワンストップ窓口等']])).toBe('stack');
    expect(layoutForCells([['あ'.repeat(SHORT_CELL_CHARS + 1)]])).toBe('stack');
  });
});
