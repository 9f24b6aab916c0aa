import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../../src/lib/validate/suggest.ts';

describe('closestMatch', () => {
  it('finds a misspelled column name', () => {
    expect(closestMatch('fiscal_yaer', ['indicator_id', 'fiscal_year', 'kind'])).toBe('fiscal_year');
    expect(closestMatch('titel', ['number', 'title', 'page'])).toBe('title');
  });
  it('suggests nothing for an unrelated word', () => {
    expect(closestMatch('memo', ['id', 'number', 'title', 'section', 'page'])).toBeUndefined();
  });
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
