import { parseCsv } from '../csv/parse-csv.ts';

/** The tracked content files as they were after one commit (paths relative to the content folder). */
export interface ContentRevision {
  commit: string;
  /** Commit date, ISO 8601 with offset, e.g. `2026-11-30T10:00:00+09:00`. */
  date: string;
  /** The reason the commit gives readers (its 「理由:」 line, `publicReason`); null when it gives none. */
  reason: string | null;
  /** Text of each file the commit touched; `null` when the commit deleted it. */
  files: ReadonlyMap<string, string | null>;
}

/** What one commit did to one published fact. */
export type HistoryEvent = {
  commit: string;
  date: string;
  reason: string | null;
  planId: string;
} & (
  | {
      type: 'value-added' | 'value-changed' | 'value-removed';
      indicatorId: string;
      fiscalYear: string;
      valueKind: string;
      before: string | null;
      after: string | null;
    }
  | {
      type: 'grade-added' | 'grade-changed' | 'grade-removed';
      /** The graded item's type (indicator, goal, measure, initiative) and id. */
      itemType: string;
      itemId: string;
      /** The evaluated fiscal year (empty for rows written before grades had a year). */
      fiscalYear: string;
      before: string | null;
      after: string | null;
    }
  | { type: 'response-added'; number: string }
  /** A version of the plan published (a new row of versions.csv: its id and its name as printed). */
  | { type: 'version-added'; versionId: string; label: string }
  | { type: 'status-changed'; before: string | null; after: string | null }
);

/** Rows of a CSV text as records by header name (historic files may have other columns). */
function records(text: string | null | undefined): Record<string, string>[] {
  if (!text) return [];
  const { header, rows } = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, (row.cells[i] ?? '').trim()])));
}

const OBSERVATIONS = /^plans\/([^/]+)\/observations\.csv$/;
const RESPONSES = /^plans\/([^/]+)\/responses\.csv$/;
const EVALUATIONS = /^plans\/([^/]+)\/evaluations\.csv$/;
const VERSIONS = /^plans\/([^/]+)\/versions\.csv$/;

/**
 * Grades of one evaluations.csv by `type|item|year|scale`. Rows of the first form of the file
 * (indicator_id, mark; no year or scale) are read as indicator grades without a year.
 */
function gradesOf(text: string | null | undefined): Map<string, string> {
  return new Map(
    records(text).map((r) =>
      r.item_id === undefined
        ? [`indicator|${r.indicator_id}||`, r.mark ?? '']
        : [`${r.item_type}|${r.item_id}|${r.fiscal_year}|${r.scale_id}`, r.grade ?? ''],
    ),
  );
}

/**
 * The grade events between two versions of an evaluations.csv: added, changed and removed grades.
 * A grade without a year that reappears with a year and the same symbol was only given its year
 * (the file's move to per-year grades), which is not a change of the grade.
 */
function gradeEvents(before: string | null | undefined, text: string | null): { key: string; a: string | null; b: string | null }[] {
  const [old, now] = [gradesOf(before), gradesOf(text)];
  const changes = [...new Set([...old.keys(), ...now.keys()])]
    .map((key) => ({ key, a: old.get(key) ?? null, b: now.get(key) ?? null }))
    .filter((c) => c.a !== c.b);
  const item = (key: string) => key.split('|').slice(0, 2).join('|');
  const dated = changes.filter((c) => c.a === null && !c.key.endsWith('||'));
  const undated = changes.filter((c) => c.b === null && c.key.endsWith('||'));
  const moved = new Set<string>();
  for (const u of undated) {
    const match = dated.find((d) => !moved.has(d.key) && item(d.key) === item(u.key) && d.b === u.a);
    if (match) moved.add(match.key).add(u.key);
  }
  return changes.filter((c) => !moved.has(c.key));
}

/** Values of one observations.csv by `indicator|year|kind`. */
function valuesOf(text: string | null | undefined): Map<string, string> {
  return new Map(records(text).map((r) => [`${r.indicator_id}|${r.fiscal_year}|${r.kind}`, r.value ?? '']));
}

/**
 * The history of every published figure, from the content's revisions in commit order: when each
 * value first appeared, each later change (old → new) and removal, each published public-comment
 * response, each published version of a plan and each change of a plan's status — with the commit's date and the reason it gives readers (never its message).
 * Only values count: a change to a note alone is not a change of a figure.
 */
export function historyEvents(revisions: readonly ContentRevision[]): HistoryEvent[] {
  const state = new Map<string, string | null>();
  const events: HistoryEvent[] = [];
  for (const revision of revisions) {
    const at = { commit: revision.commit, date: revision.date, reason: revision.reason };
    for (const [path, text] of [...revision.files].sort(([a], [b]) => a.localeCompare(b))) {
      const before = state.get(path);
      state.set(path, text);
      const observations = OBSERVATIONS.exec(path);
      if (observations) {
        const planId = observations[1]!;
        const [old, now] = [valuesOf(before), valuesOf(text)];
        for (const key of new Set([...old.keys(), ...now.keys()])) {
          const [a, b] = [old.get(key) ?? null, now.get(key) ?? null];
          if (a === b) continue;
          const [indicatorId, fiscalYear, valueKind] = key.split('|') as [string, string, string];
          const type = a === null ? 'value-added' : b === null ? 'value-removed' : 'value-changed';
          events.push({ ...at, planId, type, indicatorId, fiscalYear, valueKind, before: a, after: b });
        }
        continue;
      }
      const evaluations = EVALUATIONS.exec(path);
      if (evaluations) {
        for (const { key, a, b } of gradeEvents(before, text)) {
          const [itemType, itemId, fiscalYear] = key.split('|') as [string, string, string];
          const type = a === null ? 'grade-added' : b === null ? 'grade-removed' : 'grade-changed';
          events.push({ ...at, planId: evaluations[1]!, type, itemType, itemId, fiscalYear, before: a, after: b });
        }
        continue;
      }
      const versions = VERSIONS.exec(path);
      if (versions) {
        const known = new Set(records(before).map((r) => r.id));
        for (const row of records(text))
          if (!known.has(row.id))
            events.push({ ...at, planId: versions[1]!, type: 'version-added', versionId: row.id ?? '', label: row.label ?? '' });
        continue;
      }
      const responses = RESPONSES.exec(path);
      if (responses) {
        const known = new Set(records(before).map((r) => r.number));
        for (const row of records(text))
          if (!known.has(row.number)) events.push({ ...at, planId: responses[1]!, type: 'response-added', number: row.number ?? '' });
        continue;
      }
      if (path === 'plans.csv') {
        const old = new Map(records(before).map((r) => [r.id, r.status ?? null]));
        for (const row of records(text)) {
          const previous = old.has(row.id!) ? old.get(row.id!)! : null;
          if (previous !== (row.status ?? null))
            events.push({ ...at, planId: row.id ?? '', type: 'status-changed', before: previous, after: row.status ?? null });
        }
      }
    }
  }
  return events;
}
