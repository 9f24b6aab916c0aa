import { describe, expect, it } from 'vitest';
import { joinSoftBreaks } from '../../../src/lib/markdown/soft-breaks.ts';

describe('joinSoftBreaks', () => {
  it('drops a line break next to Japanese text and makes it a space between other words', () => {
    expect(joinSoftBreaks('北上市は\nDXを推進')).toBe('北上市はDXを推進');
    expect(joinSoftBreaks('DX\n推進')).toBe('DX推進');
    expect(joinSoftBreaks('open\n  data')).toBe('open data');
    expect(joinSoftBreaks('（仮称）\n(1)')).toBe('（仮称）(1)');
  });

  it('reads a character outside the BMP as one character', () => {
    expect(joinSoftBreaks('𠮷\nx')).toBe('𠮷x');
  });
});
