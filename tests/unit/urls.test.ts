import { describe, expect, it } from 'vitest';
import { urls, valueAnchor } from '../../src/lib/urls.ts';

describe('value permalinks', () => {
  it('name a value by its year and kind, and a value without a year as undated', () => {
    expect(valueAnchor(2026, 'actual')).toBe('v-2026-actual');
    expect(valueAnchor(null, 'target')).toBe('v-undated-target');
    expect(urls.indicatorValue('kitakami-2026', 'parenting-line-subscribers', 2024, 'baseline')).toBe(
      '/plans/kitakami-2026/indicators/parenting-line-subscribers/#v-2024-baseline',
    );
  });

  it('put the embeddable views in their own folder, the only one that may be framed', () => {
    expect(urls.indicatorEmbed('a', 'b').startsWith(urls.embeds())).toBe(true);
    expect(urls.indicator('a', 'b').startsWith(urls.embeds())).toBe(false);
  });
});
