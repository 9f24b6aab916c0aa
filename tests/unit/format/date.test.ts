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
    expect(planDateText({ date: null, date_label: '令和3 (2021) 年 月', status: 'draft' })).toBe(
      '令和3 (2021) 年 月（原本の表記。日付は未定です）',
    );
    expect(planDateText({ date: null, date_label: null, status: 'adopted' })).toBe('原本に記載なし');
  });

  it('gives what the original calls 策定, never a cover date or a revision as the adoption date', () => {
    // Yokote (seed 003 L17, L21): 策定 令和4年12月; the cover's 令和8年3月 is the 一部改定.
    expect(planDateText({ date: null, date_label: '令和8年3月', adopted_label: '令和4年12月', status: 'adopted' })).toBe(
      '令和4年12月（原本の表記。日の記載はありません）',
    );
    // Oshu (seed 004 L7, L11): 「第3版」「令和6年1月」 only.
    expect(planDateText({ date: null, date_label: '令和6年1月', adopted_label: null, status: 'adopted' })).toBe(
      '原本に記載なし（表紙の日付は「令和6年1月」）',
    );
    // Kitakami 2026 (seed 000 L650): 「令和 8 年 ● 月策定」, a draft.
    expect(planDateText({ date: null, date_label: '令和8年●月', adopted_label: '令和8年●月', status: 'public-comment' })).toBe(
      '令和8年●月（原本の表記。日付は未定です）',
    );
  });
});
