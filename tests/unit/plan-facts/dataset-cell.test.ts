import { describe, expect, it } from 'vitest';
import { datasetCellText } from '../../../src/lib/plan-facts/dataset-cell.ts';

describe('datasetCellText keeps the printed precision', () => {
  const column = (
    fields: Partial<{ type: 'text' | 'integer' | 'number' | 'fiscal_year'; unit: string | null; decimals: number | null }>,
  ) => ({ type: 'number' as const, unit: '%', decimals: null, ...fields });
  it.each([
    [100, column({ decimals: 1 }), '100.0%'],
    [100, column({}), '100%'],
    [7041, column({ type: 'integer', unit: null }), '7,041'],
    ['●', column({ type: 'text', unit: null }), '●'],
    [null, column({}), ''],
  ])('%o → %s', (value, col, expected) => {
    expect(datasetCellText(value, col)).toBe(expected);
  });
});
