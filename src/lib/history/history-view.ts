import { plansById } from '../content/site-index.ts';
import type { ColumnSpec } from '../../schemas/column-spec.ts';
import { OBSERVATION_KINDS } from '../../schemas/observation.ts';
import { PLAN_STATUSES } from '../../schemas/plan.ts';
import type { SiteContent } from '../content/types.ts';
import { formatFiscalYear } from '../format/fiscal-year.ts';
import { formatValue } from '../format/number.ts';
import { urls } from '../urls.ts';
import type { HistoryEvent } from './value-history.ts';
import type { EvaluatedItemType } from '../../schemas/evaluation.ts';
import { itemsOfType } from '../progress/evaluations.ts';
import { safeHistoryText, safeHistoryValue } from './safe-text.ts';

/** One change as pages, the open data and the feed show it. */
export interface HistoryEntry {
  /** Commit date, YYYY-MM-DD (in the committer's own time zone). */
  date: string;
  /** The full ISO 8601 time, for the feed. */
  time: string;
  commit: string;
  reason: string | null;
  type: HistoryEvent['type'];
  planId: string;
  planTitle: string;
  indicatorId: string | null;
  indicatorName: string | null;
  fiscalYear: number | null;
  valueKind: string | null;
  before: string | null;
  after: string | null;
  /** What happened, as one Japanese sentence. */
  summary: string;
  /** Where to read about it now (the value's row on its indicator page, the indicator, responses page, plan home). */
  href: string;
}

const kindLabel = (kind: string) => OBSERVATION_KINDS.find((k) => k.value === kind)?.label ?? kind;
const statusLabel = (status: string | null) =>
  status === null ? '（なし）' : (PLAN_STATUSES.find((s) => s.value === status)?.label ?? status);
const asNumber = (text: string | null) => (text === null || text === '' || Number.isNaN(Number(text)) ? null : Number(text));
const yearOf = (text: string) => (/^\d{4}$/.test(text) ? Number(text) : null);

/** An event of a past revision the history leaves out, and why (for the build's warning). */
export interface SkippedEvent {
  commit: string;
  reason: string;
}

/** The event with every text it carries made safe to show (`safeHistoryText`). */
function safeEvent(event: HistoryEvent): HistoryEvent {
  const at = {
    commit: safeHistoryText(event.commit),
    date: event.date,
    reason: event.reason === null ? null : safeHistoryText(event.reason),
    planId: safeHistoryText(event.planId),
  };
  if (event.type === 'response-added') return { ...event, ...at, number: safeHistoryText(event.number) };
  if (event.type === 'version-added')
    return { ...event, ...at, versionId: safeHistoryText(event.versionId), label: safeHistoryText(event.label) };
  if (event.type === 'status-changed')
    return { ...event, ...at, before: safeHistoryValue(event.before), after: safeHistoryValue(event.after) };
  if ('itemType' in event)
    return {
      ...event,
      ...at,
      itemType: safeHistoryText(event.itemType),
      itemId: safeHistoryText(event.itemId),
      fiscalYear: safeHistoryText(event.fiscalYear),
      before: safeHistoryValue(event.before),
      after: safeHistoryValue(event.after),
    };
  return {
    ...event,
    ...at,
    indicatorId: safeHistoryText(event.indicatorId),
    fiscalYear: safeHistoryText(event.fiscalYear),
    valueKind: safeHistoryText(event.valueKind),
    before: safeHistoryValue(event.before),
    after: safeHistoryValue(event.after),
  };
}

/** Why a past value cannot be shown as today's pages show values (the year is outside the eras the formatter knows). */
function unshowable(event: HistoryEvent): string | null {
  if (event.type !== 'value-added' && event.type !== 'value-changed' && event.type !== 'value-removed') return null;
  const year = yearOf(event.fiscalYear);
  return year !== null && year < 1926 ? `年度「${event.fiscalYear}」は昭和より前で、今のサイトでは表示できません` : null;
}

/**
 * Turns the repository's history events into entries for the pages, newest first. Events of plans
 * or indicators the site no longer publishes keep their ids, so nothing of the record is dropped.
 * Every text is made safe to show (control characters and bidirectional overrides removed). A past
 * revision is never checked by today's rules, so an event that cannot be shown (a year before 昭和,
 * anything the formatters refuse) is left out and reported in `skipped`, never thrown: no commit can
 * stop a build.
 */
export function historyEntries(events: readonly HistoryEvent[], site: SiteContent, skipped: SkippedEvent[] = []): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const raw of events) {
    const event = safeEvent(raw);
    const why = unshowable(event);
    if (why !== null) {
      skipped.push({ commit: event.commit, reason: why });
      continue;
    }
    try {
      entries.push(historyEntry(event, site));
    } catch (error) {
      skipped.push({
        commit: event.commit,
        reason: `表示できない値です（${safeHistoryText(String((error as Error).message ?? error)).slice(0, 200)}）`,
      });
    }
  }
  return entries.reverse();
}

/** One event as an entry; may throw when a past value cannot be formatted (caught by `historyEntries`). */
function historyEntry(event: HistoryEvent, site: SiteContent): HistoryEntry {
  const content = plansById(site.plans).get(event.planId);
  const base = {
    date: event.date.slice(0, 10),
    time: event.date,
    commit: event.commit,
    reason: event.reason,
    type: event.type,
    planId: event.planId,
    planTitle: content?.plan.title ?? event.planId,
  };
  // A plan-level event: no indicator, year or value kind.
  const planLevel = { ...base, indicatorId: null, indicatorName: null, fiscalYear: null, valueKind: null };
  if (event.type === 'response-added') {
    return {
      ...planLevel,
      before: null,
      after: null,
      summary: `意見募集の結果（意見 ${event.number}）を掲載`,
      href: urls.responses(event.planId),
    };
  }
  if (event.type === 'version-added') {
    return {
      ...planLevel,
      before: null,
      after: event.versionId,
      summary: `計画の版「${event.label}」を掲載`,
      href: content?.versions.some((v) => v.id === event.versionId) ? urls.version(event.planId, event.versionId) : urls.home(),
    };
  }
  if (event.type === 'status-changed') {
    const summary =
      event.before === null
        ? `計画を「${statusLabel(event.after)}」として掲載`
        : `計画の状態を「${statusLabel(event.before)}」から「${statusLabel(event.after)}」に変更`;
    return {
      ...planLevel,
      before: event.before,
      after: event.after,
      summary,
      href: content ? urls.planHome(content.plan) : urls.home(),
    };
  }
  if ('itemType' in event) {
    const year = yearOf(event.fiscalYear);
    const item = content ? itemsOfType(content, event.itemType as EvaluatedItemType).find((i) => i.id === event.itemId) : undefined;
    const name = item?.name ?? event.itemId;
    const what = `${name}の${year === null ? '' : `${formatFiscalYear(year)}の`}評価`;
    const shown = (text: string | null) => `「${text ?? ''}」`;
    const summary =
      event.type === 'grade-added'
        ? `${what} ${shown(event.after)} を掲載`
        : event.type === 'grade-removed'
          ? `${what} ${shown(event.before)} を削除`
          : `${what}を ${shown(event.before)} から ${shown(event.after)} に変更`;
    const stillShown =
      content?.evaluations.some((e) => e.item_type === event.itemType && e.item_id === event.itemId && e.fiscal_year === year) ?? false;
    return {
      ...base,
      indicatorId: event.itemType === 'indicator' ? event.itemId : null,
      indicatorName: null,
      fiscalYear: year,
      valueKind: 'grade',
      before: event.before,
      after: event.after,
      summary,
      href:
        stillShown && year !== null
          ? `${urls.progressYear(event.planId, year)}#${event.itemType}-${event.itemId}`
          : content && content.evaluations.length > 0
            ? urls.progress(event.planId)
            : urls.planHome(content?.plan ?? { id: event.planId, is_primary: false }),
    };
  }
  const indicator = content?.indicators.find((i) => i.id === event.indicatorId);
  const unit = indicator?.unit ?? null;
  const shown = (text: string | null) =>
    text === '' || text === null ? '（値なし）' : asNumber(text) === null ? text : formatValue(asNumber(text), unit);
  const year = yearOf(event.fiscalYear);
  const what = `${year === null ? '年度の記載のない' : `${formatFiscalYear(year)}の`}${kindLabel(event.valueKind)}`;
  const summary =
    event.type === 'value-added'
      ? `${what} ${shown(event.after)} を掲載`
      : event.type === 'value-removed'
        ? `${what} ${shown(event.before)} を削除`
        : `${what}を ${shown(event.before)} から ${shown(event.after)} に変更`;
  // A value still published links to its own row (its permalink); otherwise to the indicator, or the list.
  const stillShown =
    content?.observations.some((o) => o.indicator_id === event.indicatorId && o.fiscal_year === year && o.kind === event.valueKind) ??
    false;
  const href = !indicator
    ? urls.indicators(event.planId)
    : stillShown
      ? urls.indicatorValue(event.planId, event.indicatorId, year, event.valueKind)
      : urls.indicator(event.planId, event.indicatorId);
  return {
    ...base,
    indicatorId: event.indicatorId,
    indicatorName: indicator?.name ?? event.indicatorId,
    fiscalYear: year,
    valueKind: event.valueKind,
    before: event.before,
    after: event.after,
    summary,
    href,
  };
}

/** The columns of the published history (`/data/history.csv`), documented like every table. */
export const HISTORY_COLUMNS: readonly ColumnSpec[] = [
  { name: 'date', label: '日付', type: 'date', required: true, description: '変更を記録した日（リポジトリの記録の日付）。' },
  {
    name: 'commit',
    label: '記録のID',
    type: 'text',
    required: true,
    description: 'リポジトリの記録（コミット）のID。同じIDの行は同時に変更されました。',
  },
  {
    name: 'reason',
    label: '変更の理由',
    type: 'text',
    required: false,
    description: '変更の記録に「理由:」として書かれた、市民向けの理由。書かれていない変更は空欄。',
  },
  {
    name: 'type',
    label: '変更の種類',
    type: 'text',
    required: true,
    description:
      'value-added（値を掲載）、value-changed（値を変更）、value-removed（値を削除）、grade-added（市の評価を掲載）、grade-changed（市の評価を変更）、grade-removed（市の評価を削除）、response-added（意見募集の結果を掲載）、version-added（計画の版を掲載）、status-changed（計画の状態を変更）。',
  },
  { name: 'plan_id', label: '計画ID', type: 'id', required: true, description: '変更された計画のID。' },
  { name: 'indicator_id', label: '指標ID', type: 'id', required: false, description: '値の変更のとき、その指標のID。' },
  { name: 'fiscal_year', label: '年度', type: 'fiscal_year', required: false, description: '値の年度（西暦）。' },
  {
    name: 'value_kind',
    label: '値の種類',
    type: 'text',
    required: false,
    description:
      'baseline（現状値）、actual（実績値）、projected（見込値）、target（目標値）、grade（市の評価。変更前・変更後は評価の記号）。',
  },
  { name: 'before', label: '変更前', type: 'text', required: false, description: '変更前の値（数値は単位なし）。掲載のときは空欄。' },
  { name: 'after', label: '変更後', type: 'text', required: false, description: '変更後の値（数値は単位なし）。削除のときは空欄。' },
  { name: 'summary', label: '内容', type: 'text', required: true, description: '変更の内容（日本語の文）。' },
];

/** The entries as rows of the published history table. */
export const historyRows = (entries: readonly HistoryEntry[]) =>
  entries.map((e) => ({
    date: e.date,
    commit: e.commit,
    reason: e.reason,
    type: e.type,
    plan_id: e.planId,
    indicator_id: e.indicatorId,
    fiscal_year: e.fiscalYear,
    value_kind: e.valueKind,
    before: e.before,
    after: e.after,
    summary: e.summary,
  }));
