import { describe, expect, it } from 'vitest';
import { previewRows, PREVIEW_ROWS } from '../../src/lib/open-data/preview-rows.ts';

describe('previewRows', () => {
  it('shows a small table whole', () => {
    expect(previewRows([1, 2, 3])).toEqual({ shown: [1, 2, 3], total: 3, truncated: false });
  });
  it('shows the first rows of a large table and says how many there are', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => i);
    const preview = previewRows(rows);
    expect(preview.shown).toHaveLength(PREVIEW_ROWS);
    expect(preview).toMatchObject({ total: 100_000, truncated: true });
  });
});
