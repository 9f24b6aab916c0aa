import { plansById } from '../content/site-index.ts';
import type { ColumnSpec } from '../../schemas/column-spec.ts';
import { OBSERVATION_KINDS } from '../../schemas/observation.ts';
import { PLAN_STATUSES } from '../../schemas/plan.ts';
import type { SiteContent } from '../content/types.ts';
import { formatFiscalYear } from '../format/fiscal-year.ts';
import { formatValue } from '../format/number.ts';
import { urls } from '../urls.ts';
import type { HistoryEvent } from './value-history.ts';

/** One change as pages, the open data and the feed show it. */
export interface HistoryEntry {
  /** Commit date, YYYY-MM-DD (in the committer's own time zone). */
  date: string;
  /** The full ISO 8601 time, for the feed. */
  time: string;
  commit: string;
  reason: string;
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

/**
 * Turns the repository's history events into entries for the pages, newest first. Events of plans
 * or indicators the site no longer publishes keep their ids, so nothing of the record is dropped.
 */
export function historyEntries(events: readonly HistoryEvent[], site: SiteContent): HistoryEntry[] {
  const entries = events.map((event): HistoryEntry => {
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
  });
  return entries.reverse();
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
  { name: 'reason', label: '変更の理由', type: 'text', required: true, description: '記録に添えられたメッセージ（変更の理由）の1行目。' },
  {
    name: 'type',
    label: '変更の種類',
    type: 'text',
    required: true,
    description:
      'value-added（値を掲載）、value-changed（値を変更）、value-removed（値を削除）、response-added（意見募集の結果を掲載）、status-changed（計画の状態を変更）。',
  },
  { name: 'plan_id', label: '計画ID', type: 'id', required: true, description: '変更された計画のID。' },
  { name: 'indicator_id', label: '指標ID', type: 'id', required: false, description: '値の変更のとき、その指標のID。' },
  { name: 'fiscal_year', label: '年度', type: 'fiscal_year', required: false, description: '値の年度（西暦）。' },
  {
    name: 'value_kind',
    label: '値の種類',
    type: 'text',
    required: false,
    description: 'baseline（現状値）、actual（実績値）、projected（見込値）、target（目標値）。',
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
