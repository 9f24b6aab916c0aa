import { plansById } from '../content/site-index.ts';
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
import { historyLabels as words } from '../labels/history.ts';

/** The columns of the published history, documented in src/schemas/published-tables.ts. */
export { HISTORY_COLUMNS } from '../../schemas/published-tables.ts';

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
  status === null ? words.noStatus : (PLAN_STATUSES.find((s) => s.value === status)?.label ?? status);
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
      summary: words.response(event.number),
      href: urls.responses(event.planId),
    };
  }
  if (event.type === 'version-added') {
    return {
      ...planLevel,
      before: null,
      after: event.versionId,
      summary: words.version(event.label),
      href: content?.versions.some((v) => v.id === event.versionId) ? urls.version(event.planId, event.versionId) : urls.home(),
    };
  }
  if (event.type === 'status-changed') {
    const summary =
      event.before === null
        ? words.statusAdded(statusLabel(event.after))
        : words.statusChanged(statusLabel(event.before), statusLabel(event.after));
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
    const what = words.gradeOf(name, year === null ? null : formatFiscalYear(year));
    const shown = (text: string | null) => words.quoted(text ?? '');
    const summary =
      event.type === 'grade-added'
        ? words.added(what, shown(event.after))
        : event.type === 'grade-removed'
          ? words.removed(what, shown(event.before))
          : words.changed(what, shown(event.before), shown(event.after));
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
    text === '' || text === null ? words.noValue : asNumber(text) === null ? text : formatValue(asNumber(text), unit);
  const year = yearOf(event.fiscalYear);
  const what = words.valueOf(year === null ? null : formatFiscalYear(year), kindLabel(event.valueKind));
  const summary =
    event.type === 'value-added'
      ? words.added(what, shown(event.after))
      : event.type === 'value-removed'
        ? words.removed(what, shown(event.before))
        : words.changed(what, shown(event.before), shown(event.after));
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
