import { describe, expect, it } from 'vitest';
import { startHistoryAt } from '../../../src/lib/history/history-start.ts';
import { historyEvents, type ContentRevision } from '../../../src/lib/history/value-history.ts';

const HEADER = 'indicator_id,fiscal_year,kind,value,note';
const OBS = 'plans/p/observations.csv';
const revision = (commit: string, date: string, files: Record<string, string | null>): ContentRevision => ({
  commit,
  date,
  reason: null,
  files: new Map(Object.entries(files)),
});

// Three preparation commits (a value typed, corrected, another added; a draft file made and dropped), then a change after the start.
const revisions = [
  revision('a1', '2026-03-01T10:00:00+09:00', { [OBS]: `${HEADER}\nline,2024,baseline,396,\n`, 'plans/p/responses.csv': 'number\n1\n' }),
  revision('b2', '2026-03-02T10:00:00+09:00', { [OBS]: `${HEADER}\nline,2024,baseline,3096,\n`, 'plans/p/responses.csv': null }),
  revision('c3', '2026-03-31T23:59:00+09:00', { [OBS]: `${HEADER}\nline,2024,baseline,3096,\nline,2030,target,5600,\n` }),
  revision('d4', '2026-04-01T09:00:00+09:00', {
    [OBS]: `${HEADER}\nline,2024,baseline,3096,\nline,2025,actual,3300,\nline,2030,target,5600,\n`,
  }),
];

describe('startHistoryAt', () => {
  it('folds every revision before the start day into one first publication on that day, with the files as they then stood', () => {
    const started = startHistoryAt(revisions, '2026-04-01');
    expect(started.map((r) => [r.commit, r.date, r.reason])).toEqual([
      ['c3', '2026-04-01T00:00:00+09:00', 'このサイトでの公開（それまでの準備の作業は、この1件にまとめています）'],
      ['d4', '2026-04-01T09:00:00+09:00', null],
    ]);
    // The file made and dropped during preparation never reaches readers.
    expect([...started[0]!.files.keys()]).toEqual([OBS]);
    const events = historyEvents(started);
    // Two values published at the start (the typo 396 and its fix are not history), then one added after it.
    expect(events.map((e) => [e.commit, e.type, 'after' in e ? e.after : null])).toEqual([
      ['c3', 'value-added', '3096'],
      ['c3', 'value-added', '5600'],
      ['d4', 'value-added', '3300'],
    ]);
  });

  it('keeps every revision as it is without a start day, or when the history begins after it', () => {
    expect(startHistoryAt(revisions, null)).toEqual(revisions);
    expect(startHistoryAt(revisions, '2026-01-01')).toEqual(revisions);
    expect(historyEvents(startHistoryAt(revisions, null)).filter((e) => e.type === 'value-changed')).toHaveLength(1);
  });
});
