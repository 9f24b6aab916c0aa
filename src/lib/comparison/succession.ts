import { plansById, successorsOf } from '../content/site-index.ts';
import type { PlanContent } from '../content/types.ts';
import type { Succession } from '../../schemas/succession.ts';
import { SUCCESSION_FATES, SUCCESSION_LINKERS } from '../../schemas/succession.ts';
import { successionLabels } from '../labels/succession.ts';

/** Who makes a link and what it rests on: shown beside every link between the plans. */
export interface LinkBasis {
  linkedBy: Succession['linked_by'];
  /** 「原本が示す対応」 or 「このサイトの読み取り」. */
  linkedByLabel: string;
  basis: string;
}

/** One row of the comparison: the item in each plan (by its display name), its fate and why. */
export interface ComparisonRow extends LinkBasis {
  kind: Succession['kind'];
  fate: Succession['fate'];
  fateLabel: string;
  previous: { id: string; name: string; goalId: string | null } | null;
  current: { id: string; name: string; goalId: string | null } | null;
  reason: string | null;
  reasonSource: string | null;
}

const linkBasis = (row: Succession): LinkBasis => ({
  linkedBy: row.linked_by,
  linkedByLabel: SUCCESSION_LINKERS.find((l) => l.value === row.linked_by)!.label,
  basis: row.basis,
});

/** What pages say when the document gives no reason. */
export const NO_REASON = successionLabels.noReason;

/** The display name and goal of a goal, measure or indicator of a plan; null when missing. */
function itemOf(content: PlanContent, kind: Succession['kind'], id: string | null) {
  if (id === null) return null;
  if (kind === 'goal') {
    const goal = content.goals.find((g) => g.id === id);
    return goal ? { id, name: goal.title, goalId: goal.id } : null;
  }
  if (kind === 'measure') {
    const measure = content.measures.find((m) => m.id === id);
    return measure ? { id, name: `${measure.number} ${measure.title}`, goalId: measure.goal_id } : null;
  }
  const indicator = content.indicators.find((i) => i.id === id);
  return indicator ? { id, name: indicator.name, goalId: indicator.goal_id } : null;
}

/**
 * The comparison of a plan with its predecessor, from the plan's succession.csv, in the order
 * rows are written. Ids that name nothing are reported by the validator, never shown here.
 */
export function comparisonRows(current: PlanContent, previous: PlanContent): ComparisonRow[] {
  return current.succession.map((row) => ({
    kind: row.kind,
    fate: row.fate,
    fateLabel: SUCCESSION_FATES.find((f) => f.value === row.fate)!.label,
    previous: itemOf(previous, row.kind, row.previous_id),
    current: itemOf(current, row.kind, row.current_id),
    reason: row.reason,
    reasonSource: row.reason_source,
    ...linkBasis(row),
  }));
}

/** How many rows of each fate a kind has, in the fates' order (for the summary sentence). */
export function fateCounts(rows: readonly ComparisonRow[], kind: Succession['kind']): { label: string; count: number }[] {
  return SUCCESSION_FATES.map((f) => ({ label: f.label, count: rows.filter((r) => r.kind === kind && r.fate === f.value).length })).filter(
    (c) => c.count > 0,
  );
}

/** Items of the previous plan the succession table does not mention (should be none). */
export function unmentioned(rows: readonly ComparisonRow[], previous: PlanContent, kind: 'goal' | 'measure' | 'indicator'): string[] {
  const ids =
    kind === 'goal'
      ? previous.goals.map((g) => g.id)
      : kind === 'measure'
        ? previous.measures.map((m) => m.id)
        : previous.indicators.map((i) => i.id);
  const mentioned = new Set(rows.filter((r) => r.kind === kind && r.previous).map((r) => r.previous!.id));
  return ids.filter((id) => !mentioned.has(id));
}

/** Where an indicator came from, or what became of it, for its own page. */
export interface IndicatorLineage extends LinkBasis {
  /** `from`: this plan's indicator and its predecessor; `to`: a predecessor's indicator and its successor. */
  direction: 'from' | 'to';
  /** The other plan (predecessor for `from`, successor for `to`). */
  otherPlanId: string;
  otherPlanTitle: string;
  fate: Succession['fate'];
  fateLabel: string;
  /** The other plan's indicator, when there is one. */
  other: { id: string; name: string } | null;
  reason: string | null;
  reasonSource: string | null;
}

/** The lineage of an indicator in either direction, from the succession tables of the site. */
export function indicatorLineage(plans: readonly PlanContent[], planId: string, indicatorId: string): IndicatorLineage[] {
  const found: IndicatorLineage[] = [];
  const byId = plansById(plans);
  const own = byId.get(planId);
  const predecessor = own?.plan.predecessor_id ? byId.get(own.plan.predecessor_id) : undefined;
  const fateLabel = (fate: Succession['fate']) => SUCCESSION_FATES.find((f) => f.value === fate)!.label;
  for (const row of own?.succession ?? []) {
    if (row.kind !== 'indicator' || row.current_id !== indicatorId || !predecessor) continue;
    const other = row.previous_id ? itemOf(predecessor, 'indicator', row.previous_id) : null;
    found.push({
      direction: 'from',
      otherPlanId: predecessor.plan.id,
      otherPlanTitle: predecessor.plan.title,
      fate: row.fate,
      fateLabel: fateLabel(row.fate),
      other: other && { id: other.id, name: other.name },
      reason: row.reason,
      reasonSource: row.reason_source,
      ...linkBasis(row),
    });
  }
  for (const successor of successorsOf(plans).get(planId) ?? []) {
    for (const row of successor.succession) {
      if (row.kind !== 'indicator' || row.previous_id !== indicatorId) continue;
      const other = row.current_id ? itemOf(successor, 'indicator', row.current_id) : null;
      found.push({
        direction: 'to',
        otherPlanId: successor.plan.id,
        otherPlanTitle: successor.plan.title,
        fate: row.fate,
        fateLabel: fateLabel(row.fate),
        other: other && { id: other.id, name: other.name },
        reason: row.reason,
        reasonSource: row.reason_source,
        ...linkBasis(row),
      });
    }
  }
  return found;
}

/**
 * How an indicator page states its link to the other plan, never as a bare fact: the words before
 * and after the other indicator's (linked) name, or the sentence when there is none, and who made
 * the link — the document, or this site reading both plans (then 「原本はこの対応を示していません」).
 */
export function lineageWording(lineage: IndicatorLineage): { lead: string; trail: string; none: string | null; whose: string } {
  const bySite = lineage.linkedBy === 'site';
  const words = successionLabels;
  const whose = bySite ? words.whose.site : words.whose.document;
  const fate = words.fate(lineage.fateLabel);
  if (!lineage.other) {
    const none =
      lineage.direction === 'from' ? words.none.previous(lineage.otherPlanTitle, fate) : words.none.next(lineage.otherPlanTitle, fate);
    return { lead: '', trail: '', none, whose };
  }
  if (lineage.direction === 'from') {
    const from = bySite ? words.fromPrevious.site : words.fromPrevious.document;
    return { lead: from.lead, trail: from.trail(fate), none: null, whose };
  }
  const to = bySite ? words.toNext.site : words.toNext.document;
  return { lead: to.lead(lineage.otherPlanTitle), trail: to.trail(fate), none: null, whose };
}
