import { describe, expect, it } from 'vitest';
import { historyEvents, type ContentRevision } from '../../../src/lib/history/value-history.ts';
import { historyEntries } from '../../../src/lib/history/history-view.ts';
import { historyGroups } from '../../../src/lib/history/history-groups.ts';
import { versionsSite } from './versions-fixture.ts';

const revision = (commit: string, date: string, files: Record<string, string>): ContentRevision => ({
  commit,
  date,
  reason: null,
  files: new Map(Object.entries(files)),
});
const VERSIONS = 'id,order,label,status,date,date_label';
const PLANS = 'id,status';
const VALUES = 'indicator_id,fiscal_year,kind,value,note';

describe('the history of a plan’s versions', () => {
  const events = historyEvents([
    revision('a1', '2026-06-01T10:00:00+09:00', {
      'plans.csv': `${PLANS}\nver-2026,public-comment\n`,
      'plans/ver-2026/versions.csv': `${VERSIONS}\ndraft,1,パブリックコメント版,public-comment,,令和8年●月\n`,
      'plans/ver-2026/observations.csv': `${VALUES}\nonline-rate,2030,target,60,\n`,
    }),
    revision('b2', '2027-03-31T10:00:00+09:00', {
      'plans.csv': `${PLANS}\nver-2026,adopted\n`,
      'plans/ver-2026/versions.csv': `${VERSIONS}\ndraft,1,パブリックコメント版,public-comment,,令和8年●月\nadopted,2,策定版,adopted,2027-03-31,令和9年3月\n`,
      'plans/ver-2026/observations.csv': `${VALUES}\nonline-rate,2030,target,80,\n`,
    }),
  ]);

  it('records each published version once, when its row first appears', () => {
    expect(events.filter((e) => e.type === 'version-added').map((e) => [e.commit, 'versionId' in e && e.versionId])).toEqual([
      ['a1', 'draft'],
      ['b2', 'adopted'],
    ]);
  });

  it('shows the adoption as one entry: the version, the changed target and the status together', () => {
    const groups = historyGroups(historyEntries(events, versionsSite()));
    const adoption = groups.find((g) => g.commit === 'b2')!;
    expect(groups.filter((g) => g.commit === 'b2')).toHaveLength(1);
    expect(adoption.headline).toBe(
      '計画の版「策定版」を掲載。値を1件変更。計画の状態を「案（パブリックコメント用）」から「策定済み」に変更',
    );
    expect(adoption.entries.find((e) => e.type === 'version-added')?.href).toBe('/plans/ver-2026/versions/adopted/');
  });
});
