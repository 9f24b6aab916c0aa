import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/lib/history/atom-feed.ts';
import { historyGroups } from '../../../src/lib/history/history-groups.ts';
import type { HistoryEntry } from '../../../src/lib/history/history-view.ts';

const entry = (commit: string, summary: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  date: '2027-06-01',
  time: '2027-06-01T10:00:00+09:00',
  commit,
  reason: '訂正 <誤り> & 再集計',
  type: 'value-changed',
  planId: 'p',
  planTitle: '計画',
  indicatorId: 'i',
  indicatorName: '登録者数',
  fiscalYear: 2026,
  valueKind: 'actual',
  before: '1',
  after: '2',
  summary,
  href: '/plans/p/indicators/i/',
  ...extra,
});

describe('atomFeed', () => {
  it('has one entry per commit and plan, escaped, with ids that never change', () => {
    const feed = atomFeed([entry('c2', '値を変更'), entry('c2', '値を掲載', { type: 'value-added' }), entry('c1', '計画を掲載')], {
      title: '更新履歴',
      feedUrl: '/history/feed.xml',
      pageUrl: '/history/',
      id: 'urn:x',
    });
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toContain('<id>urn:x:c2:p</id>');
    expect(feed).toContain('<title>計画：登録者数：値を変更 ほか1件</title>');
    expect(feed).toContain('理由：訂正 &lt;誤り&gt; &amp; 再集計');
    expect(feed).not.toContain('<誤り>');
  });

  it('makes every link absolute under SITE_URL, so feed readers never resolve them against another address', () => {
    const feed = atomFeed([entry('c1', '計画を掲載')], {
      title: '更新履歴',
      feedUrl: '/dx/history/feed.xml',
      pageUrl: '/dx/history/',
      id: 'urn:x',
      siteUrl: 'https://www.city.example.lg.jp',
    });
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://www.city.example.lg.jp/dx/history/feed.xml"/>');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://www.city.example.lg.jp/dx/history/"/>');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://www.city.example.lg.jp/plans/p/indicators/i/"/>');
    expect(feed).not.toMatch(/href="\//);
  });
});

describe('historyGroups', () => {
  it('counts a commit’s changes by kind, and keeps a single change as its own headline', () => {
    const groups = historyGroups([
      entry('c2', 'x を変更'),
      entry('c1', 'a を掲載', { type: 'value-added' }),
      entry('c1', 'b を掲載', { type: 'value-added' }),
      entry('c1', 'c を変更'),
    ]);
    expect(groups.map((g) => g.headline)).toEqual(['登録者数のx を変更', '値を2件掲載、1件変更']);
  });
});
