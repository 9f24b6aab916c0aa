import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { historyEntries } from '../../../src/lib/history/history-view.ts';
import type { HistoryEvent } from '../../../src/lib/history/value-history.ts';

const { site } = validateContent(readContentFiles(join(import.meta.dirname, '../../fixtures/base/content')));
const at = { date: '2027-06-01T10:00:00+09:00', commit: 'abc', reason: '実績値を追加', planId: 'sample-2026' };
const value = (indicatorId: string, fiscalYear: string, valueKind: string): HistoryEvent => ({
  ...at,
  type: 'value-added',
  indicatorId,
  fiscalYear,
  valueKind,
  before: null,
  after: '1',
});

describe('historyEntries', () => {
  it('links a change of a value still published to that value’s row (its permalink)', () => {
    const [entry] = historyEntries([value('line-users', '2024', 'baseline')], site!);
    expect(entry!.href).toBe('/plans/sample-2026/indicators/line-users/#v-2024-baseline');
  });

  it('links to the indicator when the value is no longer published, and to the list when the indicator is gone', () => {
    expect(historyEntries([value('line-users', '2027', 'actual')], site!)[0]!.href).toBe('/plans/sample-2026/indicators/line-users/');
    expect(historyEntries([value('removed-indicator', '2027', 'actual')], site!)[0]!.href).toBe('/plans/sample-2026/indicators/');
  });
});

describe('historyEntries of past revisions today’s rules refuse', () => {
  it('leaves out a value of a year before 昭和 with a warning instead of throwing, and removes control characters', () => {
    const skipped: { commit: string; reason: string }[] = [];
    const entries = historyEntries(
      [value('line-users', '1900', 'actual'), { ...value('line-users', '2027', 'actual'), reason: '訂正\x07\u202E' }],
      site!,
      skipped,
    );
    expect(entries.map((e) => e.reason)).toEqual(['訂正']);
    expect(skipped).toEqual([{ commit: 'abc', reason: '年度「1900」は昭和より前で、今のサイトでは表示できません' }]);
  });
});
