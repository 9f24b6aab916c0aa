import { describe, expect, it } from 'vitest';
import { parseLogRecords, parseNameList } from '../../../src/lib/history/git-log.ts';
import { safeHistoryText } from '../../../src/lib/history/safe-text.ts';
import { atomFeed } from '../../../src/lib/history/atom-feed.ts';
import type { HistoryEntry } from '../../../src/lib/history/history-view.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('parseLogRecords (git log -z --format=%H%x00%aI%x00%s)', () => {
  it('keeps a message holding the separators an older reader split on inside its own field', () => {
    const out = `${A}\x002026-11-30T10:00:00+09:00\x00first\x1e\x1fmsg\x00${B}\x002026-12-01T10:00:00Z\x00second\x00`;
    expect(parseLogRecords(out)).toEqual({
      records: [
        { commit: A, date: '2026-11-30T10:00:00+09:00', reason: 'first\x1e\x1fmsg' },
        { commit: B, date: '2026-12-01T10:00:00Z', reason: 'second' },
      ],
      skipped: [],
    });
  });

  it('leaves out a commit whose id or date is not of git’s form, with the reason', () => {
    const out = `${A}\x00NaN\x00x\x00zzz\x002026-11-30T10:00:00Z\x00y\x00`;
    const { records, skipped } = parseLogRecords(out);
    expect(records).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual(['日付「NaN」が読めません', '記録のID「zzz」が git の形ではありません']);
  });

  it('refuses output that is not whole records instead of shifting fields', () => {
    expect(parseLogRecords(`${A}\x002026-11-30T10:00:00Z\x00`).records).toEqual([]);
  });

  it('reads only the tracked paths of diff-tree -z output', () => {
    expect(parseNameList('plans.csv\0plans/a/observations.csv\0plans/a/goals.csv\0plans/a/responses.csv\0')).toEqual([
      'plans.csv',
      'plans/a/observations.csv',
      'plans/a/responses.csv',
    ]);
  });
});

describe('safeHistoryText', () => {
  it('removes control characters, bidi overrides and zero-width characters, and makes line breaks one space', () => {
    expect(safeHistoryText('a\x07b\x1b[1m\x0bc\u202Ed\u2066e\u200Bf\uFEFF\x7f\x85g\nh\ti')).toBe('ab[1mcdefg h i');
  });
});

describe('atomFeed with hostile text', () => {
  it('writes only characters XML allows, whatever the reason holds', () => {
    const entry: HistoryEntry = {
      date: '2027-06-01',
      time: '2027-06-01T10:00:00+09:00',
      commit: A,
      reason: 'x\x07\x1b\x0b\x00\u202E<b>&',
      type: 'value-added',
      planId: 'p',
      planTitle: '計画',
      indicatorId: 'i',
      indicatorName: '指標\x01',
      fiscalYear: 2026,
      valueKind: 'actual',
      before: null,
      after: '1',
      summary: '値を掲載',
      href: '/x/',
    };
    const feed = atomFeed([entry], { title: 't', feedUrl: '/f', pageUrl: '/h', id: 'urn:x' });
    expect(feed).toMatch(/^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD]*$/);
    expect(feed).toContain('理由：x&lt;b&gt;&amp;');
  });
});
