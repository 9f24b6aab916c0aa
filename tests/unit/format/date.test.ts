import { describe, expect, it } from 'vitest';
import { formatDate, planDateText } from '../../../src/lib/format/date.ts';

describe('formatDate', () => {
  it('writes a calendar date the Japanese way, without leading zeros', () => {
    expect(formatDate('2026-03-31')).toBe('2026年3月31日');
    expect(formatDate('2026-12-05')).toBe('2026年12月5日');
  });
});

describe('planDateText', () => {
  it('keeps an unknown date unknown, saying what the original prints', () => {
    expect(planDateText({ date: '2026-03-31', date_label: '令和8年3月', status: 'adopted' })).toBe('2026年3月31日');
    expect(planDateText({ date: null, date_label: '令和8年●月', status: 'public-comment' })).toBe(
      '令和8年●月（原本の表記。日付は未定です）',
    );
    expect(planDateText({ date: null, date_label: '令和6年1月', status: 'adopted' })).toBe(
      '令和6年1月（原本の表記。日の記載はありません）',
    );
    expect(planDateText({ date: null, date_label: null, status: 'adopted' })).toBe('原本に記載なし');
  });
});
