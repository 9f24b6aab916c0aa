import { describe, expect, it } from 'vitest';
import { historyEvents, type ContentRevision } from '../../../src/lib/history/value-history.ts';

const HEADER = 'indicator_id,fiscal_year,kind,value,note';
const revision = (commit: string, date: string, reason: string, files: Record<string, string | null>): ContentRevision => ({
  commit,
  date,
  reason,
  files: new Map(Object.entries(files)),
});

describe('historyEvents', () => {
  it('records when each value first appeared, each change (old → new) and each removal, with date and reason', () => {
    const events = historyEvents([
      revision('a1', '2026-04-01T10:00:00+09:00', '計画を掲載', {
        'plans/p/observations.csv': `${HEADER}\nline,2024,baseline,3096,\nline,2030,target,5600,\n`,
      }),
      revision('b2', '2027-05-10T10:00:00+09:00', '2026年度の実績を追加', {
        'plans/p/observations.csv': `${HEADER}\nline,2024,baseline,3096,\nline,2026,actual,3600,\nline,2030,target,5600,\n`,
      }),
      revision('c3', '2027-06-01T10:00:00+09:00', '2026年度の実績を訂正（集計誤り）', {
        'plans/p/observations.csv': `${HEADER}\nline,2024,baseline,3096,\nline,2026,actual,3650,注を追加\nline,2030,target,5600,\n`,
      }),
      revision('d4', '2027-07-01T10:00:00+09:00', '目標値を削除', {
        'plans/p/observations.csv': `${HEADER}\nline,2024,baseline,3096,\nline,2026,actual,3650,注を追加\n`,
      }),
    ]);
    expect(
      events.map((e) =>
        e.type.startsWith('value')
          ? [
              e.commit,
              e.type,
              'valueKind' in e ? `${e.fiscalYear} ${e.valueKind}` : '',
              'before' in e ? e.before : '',
              'after' in e ? e.after : '',
            ]
          : [],
      ),
    ).toEqual([
      ['a1', 'value-added', '2024 baseline', null, '3096'],
      ['a1', 'value-added', '2030 target', null, '5600'],
      ['b2', 'value-added', '2026 actual', null, '3600'],
      ['c3', 'value-changed', '2026 actual', '3600', '3650'],
      ['d4', 'value-removed', '2030 target', '5600', null],
    ]);
    expect(events[3]).toMatchObject({ planId: 'p', date: '2027-06-01T10:00:00+09:00', reason: '2026年度の実績を訂正（集計誤り）' });
  });

  it('ignores a change of a note alone, and reads files whose columns changed order', () => {
    const events = historyEvents([
      revision('a1', '2026-04-01T00:00:00Z', 'x', { 'plans/p/observations.csv': `${HEADER}\nline,2024,baseline,3096,\n` }),
      revision('b2', '2026-04-02T00:00:00Z', 'y', {
        'plans/p/observations.csv': 'kind,indicator_id,fiscal_year,value,note\r\nbaseline,line,2024,3096,注\r\n',
      }),
    ]);
    expect(events).toHaveLength(1);
  });

  it('records newly published comment responses and plan status changes', () => {
    const events = historyEvents([
      revision('a1', '2026-01-01T00:00:00Z', '案を掲載', { 'plans.csv': 'id,title,status\np,計画（案）,public-comment\n' }),
      revision('b2', '2026-04-01T00:00:00Z', '策定', {
        'plans.csv': 'id,title,status\np,計画,adopted\n',
        'plans/p/responses.csv': 'number,passage\n1,第1章\n2,第2章\n',
      }),
    ]);
    expect(events.map((e) => [e.commit, e.type, e.planId, 'number' in e ? e.number : 'after' in e ? e.after : ''])).toEqual([
      ['a1', 'status-changed', 'p', 'public-comment'],
      ['b2', 'status-changed', 'p', 'adopted'],
      ['b2', 'response-added', 'p', '1'],
      ['b2', 'response-added', 'p', '2'],
    ]);
  });
});

describe('grade history', () => {
  const GRADES = 'item_type,item_id,fiscal_year,scale_id,grade,actual_text,actual_value,department,next_step,evaluated_in,page,note';
  it('records a change of grade like a change of value, and a year given to an old grade as no change', () => {
    const events = historyEvents([
      revision('a1', '2026-04-01T00:00:00Z', '評価を掲載', {
        'plans/p/evaluations.csv': 'indicator_id,mark,evaluated_in,page,note\nwifi,△,q,12,\n',
      }),
      revision('b2', '2026-05-01T00:00:00Z', '評価に年度を付ける', {
        'plans/p/evaluations.csv': `${GRADES}\nindicator,wifi,2025,marks,△,,,,,q,12,\n`,
      }),
      revision('c3', '2026-06-01T00:00:00Z', '令和7年度の評価を訂正', {
        'plans/p/evaluations.csv': `${GRADES}\nindicator,wifi,2025,marks,○,,,,,q,12,\ninitiative,tele,2025,ad,B,マニュアルを作成,,人事課,継続,q,3,\n`,
      }),
      revision('d4', '2026-07-01T00:00:00Z', '取組の評価を削除', {
        'plans/p/evaluations.csv': `${GRADES}\nindicator,wifi,2025,marks,○,,,,,q,12,\n`,
      }),
    ]);
    expect(events.map((e) => ('itemId' in e ? [e.commit, e.type, e.itemType, e.itemId, e.fiscalYear, e.before, e.after] : []))).toEqual([
      ['a1', 'grade-added', 'indicator', 'wifi', '', null, '△'],
      ['c3', 'grade-changed', 'indicator', 'wifi', '2025', '△', '○'],
      ['c3', 'grade-added', 'initiative', 'tele', '2025', null, 'B'],
      ['d4', 'grade-removed', 'initiative', 'tele', '2025', 'B', null],
    ]);
  });
});
