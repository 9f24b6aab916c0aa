/** What an indicator's page shows: its facts, lineage between plans, values, progress, history and embed code. */
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { Goal } from '../../schemas/goal.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Evaluation } from '../../schemas/evaluation.ts';
import { itemGradeHistory } from './progress-page.ts';
import { INDICATOR_AGGREGATIONS, INDICATOR_DIRECTIONS } from '../../schemas/indicator.ts';
import { chapterLabel, evaluationOf, labelOf, observationsOf, planById, planTerms, sectionsShowing } from '../content/queries.ts';
import { indicatorLineage, lineageWording, NO_REASON } from '../comparison/succession.ts';
import type { HistoryEntry } from '../history/history-view.ts';
import { embedView } from '../embed/embed-view.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { urls } from '../urls.ts';
import { param, planShell, type PlanPageShell, type PlanPath, type RouteParams } from './plan-page.ts';
import { searchLabels } from '../labels/search.ts';

/** One indicator page per indicator of every plan (also the paths of its embeddable view). */
export function indicatorPaths(site: SiteContent): PlanPath<{ plan: string; indicator: string }>[] {
  return site.plans.flatMap((content) =>
    content.indicators.map((indicator) => ({ params: { plan: content.plan.id, indicator: indicator.id } })),
  );
}

/** A link to the other plan's indicator, or the sentence that says there is none, and what it rests on. */
export interface LineageFact {
  term: string;
  lead: string;
  trail: string;
  other: { name: string; href: string } | null;
  none: string | null;
  /** 「…対応づけの根拠：…」 */
  basis: string;
  /** 「理由・経緯（原本）：…（箇所）」 */
  reason: string;
  compare: { label: string; href: string };
}

/** Everything an indicator's page shows. */
export interface IndicatorPage {
  shell: PlanPageShell;
  content: PlanContent;
  indicator: Indicator;
  goal: { term: string; label: string; href: string };
  measure: { term: string; label: string } | null;
  lineage: LineageFact[];
  /** Plain facts in the order shown: 単位, 値の種類, 望ましい方向, 目標の比較, 目標, 出典. */
  facts: { term: string; value: string }[];
  note: { term: string; text: string } | null;
  evaluation: { term: string; mark: Evaluation['grade']; label: string; where: string } | null;
  /** The city's grades of the indicator across the years (「令和5年度 B → 令和6年度 A」), when it has any. */
  gradeHistory: ReturnType<typeof itemGradeHistory>;
  printedIn: { term: string; text: string; sections: { label: string; href: string }[] };
  noActuals: string | null;
  /** Progress is computed only for indicators the city has not marked. */
  showProgress: boolean;
  /** The indicator's changes; null where the build had no repository history. */
  history: {
    heading: string;
    entries: HistoryEntry[] | null;
    message: string | null;
    siteLink: { before: string; link: string; after: string; href: string };
  };
  /** The frame height of the embeddable view, for its <iframe> code. */
  embedHeight: number;
  labels: typeof planPageLabels.indicator & { plan: string };
  planLink: { label: string; href: string };
}

/** The page of one indicator (params `plan`, `indicator`); `history` is the site's history (null without one). */
export function indicatorPage(site: SiteContent, params: RouteParams, history: readonly HistoryEntry[] | null): IndicatorPage {
  const planId = param(params, 'plan');
  const content = planById(site, planId);
  const { plan } = content;
  const indicator = content.indicators.find((i) => i.id === param(params, 'indicator'));
  if (!indicator) throw new Error(`unknown indicator: ${planId}/${params.indicator}`);
  const labels = planPageLabels.indicator;
  const common = planPageLabels.common;
  const terms = planTerms(plan);
  const goal = content.goals.find((g) => g.id === indicator.goal_id) as Goal;
  const measure = content.measures.find((m) => m.id === indicator.measure_id);
  const evaluation = evaluationOf(content, indicator.id);
  const printedIn = planById(site, indicator.printed_in).plan;
  const shownIn = [
    ...sectionsShowing(site, plan.id, goal.id, 'outcome-indicators'),
    ...sectionsShowing(site, plan.id, goal.id, 'evaluation-table'),
  ];
  const entries = history?.filter((e) => e.planId === plan.id && e.indicatorId === indicator.id) ?? null;
  type Fact = { term: string; value: string };
  const facts = (
    [
      { term: labels.unit, value: indicator.unit ?? labels.noUnit },
      { term: labels.aggregation, value: labelOf(INDICATOR_AGGREGATIONS, indicator.aggregation) },
      { term: labels.direction, value: labelOf(INDICATOR_DIRECTIONS, indicator.direction) },
      indicator.target_comparator && { term: labels.comparator, value: labels.comparatorValue(indicator.target_comparator) },
      indicator.target_text && { term: labels.target, value: indicator.target_text },
      { term: labels.source, value: indicator.source ?? common.notInSource },
    ] as (Fact | '' | null)[]
  ).filter((f): f is Fact => Boolean(f));
  return {
    shell: planShell(
      plan,
      common.pageTitle(indicator.name, plan.title),
      [{ label: common.indicatorList, href: urls.indicators(plan.id) }, { label: indicator.label ?? indicator.name }],
      searchLabels.types.indicator,
    ),
    content,
    indicator,
    planLink: { label: plan.title, href: urls.planHome(plan) },
    goal: { term: terms.goal, label: planPageLabels.goal.title(terms, goal), href: urls.goal(plan.id, goal.id) },
    measure: measure ? { term: terms.measure, label: `${measure.number} ${measure.title}` } : null,
    lineage: indicatorLineage(site.plans, plan.id, indicator.id).map((l) => {
      const wording = lineageWording(l);
      return {
        term: l.direction === 'from' ? labels.lineageFrom : labels.lineageTo(l.otherPlanTitle),
        lead: wording.lead,
        trail: wording.trail,
        other: l.other ? { name: common.quoted(l.other.name), href: urls.indicator(l.otherPlanId, l.other.id) } : null,
        none: wording.none,
        basis: `${wording.whose}${labels.basis}${l.basis}`,
        reason: `${labels.reason}${l.reason ?? NO_REASON}${l.reasonSource ? common.aside(l.reasonSource) : ''}`,
        compare: { label: labels.compare, href: `${urls.comparison(l.direction === 'from' ? plan.id : l.otherPlanId)}#indicators` },
      };
    }),
    facts,
    note: indicator.note ? { term: indicator.note_label ?? labels.note, text: indicator.note } : null,
    evaluation: evaluation
      ? {
          term: labels.evaluation,
          mark: evaluation.mark,
          label: evaluation.label,
          where: common.aside(
            `${planById(site, evaluation.evaluated_in).plan.title}${evaluation.page ? labels.evaluationPage(evaluation.page) : ''}`,
          ),
        }
      : null,
    gradeHistory: itemGradeHistory(content, 'indicator', indicator.id),
    printedIn: {
      term: labels.printedIn,
      text: `${printedIn.title}${indicator.page ? labels.printedPage(indicator.page) : ''}`,
      sections: shownIn.map((s) => ({
        label: common.section(chapterLabel(s.chapter), s.heading.text),
        href: urls.chapter(s.plan.plan.id, s.chapter.id, s.heading.id),
      })),
    },
    noActuals: observationsOf(content, indicator.id).every((o) => o.kind !== 'actual') ? labels.noActuals : null,
    showProgress: !evaluation,
    history: {
      heading: labels.history,
      entries: entries && entries.length > 0 ? entries : null,
      message: entries === null ? labels.historyUnavailable : entries.length === 0 ? labels.historyEmpty : null,
      siteLink: { ...labels.siteHistory, href: urls.history() },
    },
    embedHeight: embedView(site, content, indicator).height,
    labels: { ...labels, plan: common.plan },
  };
}
