/**
 * 前計画との比較: what became of each goal, measure and indicator of the predecessor plan, from the
 * plan's succession.csv. Who linked each level — the document or this site — is read from the rows'
 * `linked_by`, and where the document says so from the plan's `succession_source`, so no plan's
 * chapter number is ever written into the page for another plan.
 */
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { Succession } from '../../schemas/succession.ts';
import type { Evaluation } from '../../schemas/evaluation.ts';
import { evaluationOf, planById, planTerms } from '../content/queries.ts';
import { comparisonRows, fateCounts, NO_REASON, unmentioned, type ComparisonRow } from '../comparison/succession.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { urls } from '../urls.ts';
import { param, perPlanPaths, planShell, type PlanPageShell, type RouteParams } from './plan-page.ts';
import { planHasPage } from './site-nav.ts';
import { searchLabels } from '../labels/search.ts';

/** One comparison page per plan with a predecessor and a succession table. */
export const comparePaths = (site: SiteContent) => perPlanPaths(site, (content) => planHasPage(content, 'compare'));

/** One side of a comparison row: the item's name, linked where it has a page. */
export interface CompareCell {
  name: string;
  href: string | undefined;
}

/** One compared level (goals, measures, indicators) with its table. */
export interface CompareSection {
  kind: Succession['kind'];
  id: 'goals' | 'measures' | 'indicators';
  heading: string;
  /** The summary line's counts: 「継続 3、見直して継続 1」. */
  counts: string;
  caption: string;
  rows: {
    id: string;
    previous: CompareCell | null;
    current: CompareCell | null;
    fate: string;
    /** The predecessor's mark for an indicator (`undefined`: no mark; only indicator rows show the column). */
    mark: Evaluation['grade'] | undefined;
    /** The mark's meaning in the predecessor's scale. */
    markLabel: string | undefined;
    linkedBy: string;
    basis: string;
    reason: string;
    reasonSource: string | null;
  }[];
}

/** Everything the comparison page shows. */
export interface ComparePage {
  shell: PlanPageShell;
  title: string;
  lead: string;
  /** Who links each level, and where the document says so: sentences of the explanation. */
  linkage: string[];
  basis: { before: string; link: string; after: string; href: string };
  reasons: string;
  missing: string | null;
  sections: CompareSection[];
  previousResults: { label: string; after: string; href: string };
  /** The column heads of the tables. */
  columns: { previous: string; current: string; fate: string; previousEvaluation: string; linkBasis: string; reason: string };
  noMark: string;
  /** Between a level's name and its counts, and a row's linker and its basis. */
  colon: string;
  none: string;
  noReason: string;
}

/** Who links the rows of one level: all by the document, all by this site, or both. */
function linkerOf(rows: readonly ComparisonRow[]): 'document' | 'site' | 'mixed' {
  const linkers = new Set(rows.map((r) => r.linkedBy));
  return linkers.size > 1 ? 'mixed' : linkers.has('document') ? 'document' : 'site';
}

/** The comparison of a plan (param `plan`) with its predecessor, in the plan's words for its levels. */
export function comparePage(site: SiteContent, params: RouteParams): ComparePage {
  const content = planById(site, param(params, 'plan'));
  const { plan } = content;
  if (!plan.predecessor_id) throw new Error(`${plan.id} has no predecessor`);
  const previous = planById(site, plan.predecessor_id);
  const labels = planPageLabels.compare;
  const common = planPageLabels.common;
  const terms = planTerms(plan);
  const rows = comparisonRows(content, previous);
  const levels = [
    { kind: 'goal', id: 'goals', heading: labels.goals(terms) },
    { kind: 'measure', id: 'measures', heading: labels.measures(terms) },
    { kind: 'indicator', id: 'indicators', heading: labels.indicators },
  ] as const;
  const byLinker = (linker: 'document' | 'site' | 'mixed') =>
    labels.kindsAnd(
      levels
        .filter((l) => rows.some((r) => r.kind === l.kind) && linkerOf(rows.filter((r) => r.kind === l.kind)) === linker)
        .map((l) => l.heading),
    );
  const linkage = [
    byLinker('document') && labels.byDocument(byLinker('document'), plan.title, plan.succession_source),
    byLinker('site') && labels.bySite(byLinker('site')),
    byLinker('mixed') && labels.mixed(byLinker('mixed')),
  ].filter((s): s is string => Boolean(s));
  const link = (
    owner: PlanContent,
    kind: Succession['kind'],
    item: { id: string; name: string; goalId: string | null } | null,
  ): CompareCell | null => {
    if (!item) return null;
    const href =
      kind === 'indicator' ? urls.indicator(owner.plan.id, item.id) : item.goalId ? urls.goal(owner.plan.id, item.goalId) : undefined;
    return { name: item.name, href };
  };
  const missing = levels.flatMap((l) => unmentioned(rows, previous, l.kind));
  return {
    shell: planShell(plan, common.pageTitle(labels.title, plan.title), [{ label: labels.title }], searchLabels.types.plan),
    title: labels.title,
    lead: labels.lead(previous.plan.title, plan.title, levels.map((l) => l.heading).join(labels.kindSeparator)),
    linkage,
    basis: { ...labels.basis, href: urls.dataFile(`plans/${plan.id}/succession.csv`) },
    reasons: labels.reasons,
    missing: missing.length > 0 ? labels.missing(missing) : null,
    sections: levels.map((level) => ({
      kind: level.kind,
      id: level.id,
      heading: level.heading,
      counts: labels.counts(fateCounts(rows, level.kind)),
      caption: labels.caption(level.heading, previous.plan.title, plan.title),
      rows: rows
        .filter((r) => r.kind === level.kind)
        .map((r) => ({
          id: `${level.kind}-${r.previous?.id ?? 'new'}-${r.current?.id ?? 'none'}`,
          previous: link(previous, level.kind, r.previous),
          current: link(content, level.kind, r.current),
          fate: r.fateLabel,
          mark: r.previous && level.kind === 'indicator' ? evaluationOf(previous, r.previous.id)?.mark : undefined,
          markLabel: r.previous && level.kind === 'indicator' ? evaluationOf(previous, r.previous.id)?.label : undefined,
          linkedBy: r.linkedByLabel,
          basis: r.basis,
          reason: r.reason ?? NO_REASON,
          reasonSource: r.reasonSource,
        })),
    })),
    previousResults: {
      label: labels.previousResults(planTerms(previous.plan)),
      after: labels.previousResultsAfter,
      href: urls.results(previous.plan.id),
    },
    columns: {
      previous: previous.plan.title,
      current: plan.title,
      fate: labels.fate,
      previousEvaluation: labels.previousEvaluation,
      linkBasis: labels.linkBasis,
      reason: labels.reason,
    },
    noMark: labels.noMark,
    colon: common.colon,
    none: common.none,
    noReason: NO_REASON,
  };
}
