import type { HistoryEntry } from './history-view.ts';
import { historyLabels } from '../labels/history.ts';

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
      group.headline = historyLabels.single(only.indicatorName, only.summary);
      continue;
    }
    const words = historyLabels.counts;
    const count = (type: HistoryEntry['type']) => group.entries.filter((e) => e.type === type).length;
    const counted = (added: number, changed: number, removed: number) =>
      [
        [added, words.added],
        [changed, words.changed],
        [removed, words.removed],
      ] as const;
    const parts = counted(count('value-added'), count('value-changed'), count('value-removed'))
      .filter(([n]) => n > 0)
      .map(([n, what]) => what(n));
    const grades = counted(count('grade-added'), count('grade-changed'), count('grade-removed'))
      .filter(([n]) => n > 0)
      .map(([n, what]) => what(n));
    const responses = count('response-added');
    const status = group.entries.find((e) => e.type === 'status-changed');
    const versions = group.entries.filter((e) => e.type === 'version-added').map((e) => e.summary);
    group.headline = [
      ...versions,
      parts.length > 0 ? words.values(parts.join(words.separator)) : '',
      grades.length > 0 ? words.grades(grades.join(words.separator)) : '',
      responses > 0 ? words.responses(responses) : '',
      status?.summary ?? '',
    ]
      .filter(Boolean)
      .join(words.sentenceSeparator);
  }
  return [...groups.values()];
}
