import type { HistoryEntry } from './history-view.ts';

/** The changes one commit made to one plan, with a one-line headline. */
export interface HistoryGroup {
  date: string;
  commit: string;
  reason: string | null;
  planTitle: string;
  headline: string;
  entries: HistoryEntry[];
}

/**
 * Groups entries (newest first) by commit and plan. A single change is its own headline; several
 * are counted by kind (「値を 12 件掲載、1 件変更」), so the first publication of a whole plan is one
 * line rather than a hundred.
 */
export function historyGroups(entries: readonly HistoryEntry[]): HistoryGroup[] {
  const groups = new Map<string, HistoryGroup>();
  for (const entry of entries) {
    const key = `${entry.commit}:${entry.planId}`;
    const group = groups.get(key) ?? {
      date: entry.date,
      commit: entry.commit,
      reason: entry.reason,
      planTitle: entry.planTitle,
      headline: '',
      entries: [],
    };
    group.entries.push(entry);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    if (group.entries.length === 1) {
      const only = group.entries[0]!;
      group.headline = `${only.indicatorName ? `${only.indicatorName}の` : ''}${only.summary}`;
      continue;
    }
    const count = (type: HistoryEntry['type']) => group.entries.filter((e) => e.type === type).length;
    const parts = [
      [count('value-added'), '件掲載'],
      [count('value-changed'), '件変更'],
      [count('value-removed'), '件削除'],
    ]
      .filter(([n]) => (n as number) > 0)
      .map(([n, what]) => `${n}${what}`);
    const grades = [
      [count('grade-added'), '件掲載'],
      [count('grade-changed'), '件変更'],
      [count('grade-removed'), '件削除'],
    ]
      .filter(([n]) => (n as number) > 0)
      .map(([n, what]) => `${n}${what}`);
    const responses = count('response-added');
    const status = group.entries.find((e) => e.type === 'status-changed');
    const versions = group.entries.filter((e) => e.type === 'version-added').map((e) => e.summary);
    group.headline = [
      ...versions,
      parts.length > 0 ? `値を${parts.join('、')}` : '',
      grades.length > 0 ? `市の評価を${grades.join('、')}` : '',
      responses > 0 ? `意見募集の結果を${responses}件掲載` : '',
      status?.summary ?? '',
    ]
      .filter(Boolean)
      .join('。');
  }
  return [...groups.values()];
}
