import { latestIndicatorEvaluation, scaleGrades } from '../progress/evaluations.ts';
import { compareObservations } from './observation-order.ts';
import { memoizeBy, plansById } from './site-index.ts';
import type { PlanContent, SiteContent } from './types.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Observation } from '../../schemas/observation.ts';
import type { Block, Chapter, HeadingBlock } from '../markdown/types.ts';
import { urls } from '../urls.ts';
import { planPageLabels } from '../labels/plan-pages.ts';

/** The plan with this id; throws when it does not exist (ids are validated before pages run). */
export function planById(site: SiteContent, id: string): PlanContent {
  const plan = plansById(site.plans).get(id);
  if (!plan) throw new Error(`unknown plan: ${id}`);
  return plan;
}

/** Measures of a goal, in file order. */
export const measuresOfGoal = (plan: PlanContent, goalId: string) => plan.measures.filter((m) => m.goal_id === goalId);

/** Initiatives of a measure, by their `order`. */
export const initiativesOfMeasure = (plan: PlanContent, measureId: string) =>
  plan.initiatives.filter((i) => i.measure_id === measureId).sort((a, b) => a.order - b.order);

/** Indicators of a goal, by their `order`. */
export const indicatorsOfGoal = (plan: PlanContent, goalId: string) =>
  plan.indicators.filter((i) => i.goal_id === goalId).sort((a, b) => a.order - b.order);

/**
 * The indicators printed under one initiative's block (`initiative_id`), or else all of a measure's,
 * by their `order` — Yokote prints one indicator under each 取組 block of a 重点取組項目.
 */
export function indicatorsUnder(
  plan: PlanContent,
  under: { measureId?: string | undefined; initiativeId?: string | undefined },
): Indicator[] {
  const matches = (i: Indicator) => (under.initiativeId ? i.initiative_id === under.initiativeId : i.measure_id === under.measureId);
  return plan.indicators.filter(matches).sort((a, b) => a.order - b.order);
}

/** The chapter directives that list indicators, and how each picks them. */
const INDICATOR_DIRECTIVES = ['evaluation-table', 'outcome-indicators', 'indicators'];

/**
 * Whether a chapter's directive shows an indicator in its table: `ownerPlanId` is the plan the
 * chapter belongs to (a directive without plan= shows that plan's data).
 */
export function directiveShowsIndicator(
  block: Block,
  ownerPlanId: string,
  planId: string,
  indicator: Pick<Indicator, 'goal_id' | 'measure_id' | 'initiative_id'>,
): boolean {
  if (block.type !== 'directive' || !INDICATOR_DIRECTIVES.includes(block.name) || (block.attributes.plan ?? ownerPlanId) !== planId)
    return false;
  const { goal, measure, initiative } = block.attributes;
  if (block.name !== 'indicators') return goal === indicator.goal_id;
  return initiative ? initiative === indicator.initiative_id : measure === indicator.measure_id;
}

/** For each plan id, the chapters (of any plan) with a directive that shows that plan's data, in plan and chapter order. */
const chaptersShowingPlan = memoizeBy((plans: readonly PlanContent[]) => {
  const found = new Map<string, { owner: PlanContent; chapter: Chapter }[]>();
  for (const owner of plans) {
    for (const chapter of owner.chapters) {
      const shown = new Set(chapter.blocks.flatMap((b) => (b.type === 'directive' ? [b.attributes.plan ?? owner.plan.id] : [])));
      for (const planId of shown) {
        if (!found.has(planId)) found.set(planId, []);
        found.get(planId)!.push({ owner, chapter });
      }
    }
  }
  return found;
});

/**
 * The footnote printed beside an indicator's name (`footnote` in indicators.csv): its label and
 * its place — the chapter that shows the indicator's table and holds the note's text.
 */
export function indicatorFootnote(site: SiteContent, planId: string, indicator: Indicator): { label: string; href: string } | null {
  if (indicator.footnote === null) return null;
  for (const { owner, chapter } of chaptersShowingPlan(site.plans).get(planId) ?? []) {
    const shows = chapter.blocks.some((b) => directiveShowsIndicator(b, owner.plan.id, planId, indicator));
    if (shows && chapter.blocks.some((b) => b.type === 'footnote' && b.label === indicator.footnote)) {
      return { label: indicator.footnote, href: urls.chapter(owner.plan.id, chapter.id, `fn-${indicator.footnote}`) };
    }
  }
  return null;
}

/** All observations of an indicator, by year, then baseline → actual → projected → target. */
export function observationsOf(plan: PlanContent, indicatorId: string): Observation[] {
  return plan.observations.filter((o) => o.indicator_id === indicatorId).sort(compareObservations);
}

/** The observation of a kind (the latest year when there are several). */
export function latestOf(plan: PlanContent, indicatorId: string, kind: Observation['kind']): Observation | undefined {
  return observationsOf(plan, indicatorId)
    .filter((o) => o.kind === kind)
    .at(-1);
}

/** The observation of a kind in a given fiscal year. */
export function observationAt(plan: PlanContent, indicatorId: string, kind: Observation['kind'], year: number): Observation | undefined {
  return plan.observations.find((o) => o.indicator_id === indicatorId && o.kind === kind && o.fiscal_year === year);
}

/** The city's latest published evaluation of an indicator (newest fiscal year), with its grade's meaning, if any. */
export const evaluationOf = (plan: PlanContent, indicatorId: string) => latestIndicatorEvaluation(plan, indicatorId);

/** The fiscal years that have a value of some kind across a set of indicators (for table columns). */
export function yearsWith(plan: PlanContent, indicators: readonly Indicator[], kind: Observation['kind']): number[] {
  const ids = new Set(indicators.map((i) => i.id));
  return [
    ...new Set(
      plan.observations
        .filter((o) => ids.has(o.indicator_id) && o.kind === kind)
        .map((o) => o.fiscal_year)
        .filter((y) => y !== null),
    ),
  ].sort();
}

/** The headings of a chapter that form its table of contents (sections and subsections). */
export const tableOfContents = (chapter: Chapter) => chapter.blocks.filter((b): b is HeadingBlock => b.type === 'heading' && b.depth <= 3);

/**
 * The blocks of one section (a heading and everything until the next heading of the same or a
 * higher level), e.g. to show chapter 4's description of a goal on the goal's page.
 */
export function sectionBlocks(
  plan: PlanContent,
  reference: string,
): { chapter: Chapter; heading: HeadingBlock; blocks: Block[] } | undefined {
  const [chapterId, anchor] = reference.split('#');
  const chapter = plan.chapters.find((c) => c.id === chapterId);
  const start = chapter?.blocks.findIndex((b) => b.type === 'heading' && b.id === anchor) ?? -1;
  if (!chapter || start === -1) return undefined;
  const heading = chapter.blocks[start] as HeadingBlock;
  const rest = chapter.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === 'heading' && b.depth <= heading.depth);
  return { chapter, heading, blocks: end === -1 ? rest : rest.slice(0, end) };
}

/** A chapter's name as printed: 「第4章 計画の基本方針と基本目標」 (or 「参考資料 用語集」). */
export function chapterLabel(chapter: Chapter): string {
  return `${chapterNumberLabel(chapter)} ${chapter.title}`;
}

/** A chapter's number as printed: 「第4章」, or the original's own label (「1.」「参考資料」). */
export function chapterNumberLabel(chapter: Chapter): string {
  return chapter.label ?? planPageLabels.chapterNumber(chapter.number);
}

/**
 * Where a goal's table of a given kind appears in any chapter of any plan, e.g. chapter 5's
 * outcome-indicator table for goal g1 — so indicator and goal pages can link to the text.
 */
export function sectionsShowing(
  site: SiteContent,
  planId: string,
  goalId: string,
  directive: string,
): { plan: PlanContent; chapter: Chapter; heading: HeadingBlock }[] {
  return sectionsByDirective(site.plans).get(sectionKey(directive, planId, goalId)) ?? [];
}

const sectionKey = (directive: string, planId: string, goalId: string | undefined) => JSON.stringify([directive, planId, goalId ?? null]);

/** Every directive under a heading, by directive, plan shown and goal, in plan, chapter and block order (once per site). */
const sectionsByDirective = memoizeBy((plans: readonly PlanContent[]) => {
  const found = new Map<string, { plan: PlanContent; chapter: Chapter; heading: HeadingBlock }[]>();
  for (const plan of plans) {
    for (const chapter of plan.chapters) {
      let heading: HeadingBlock | undefined;
      for (const block of chapter.blocks) {
        if (block.type === 'heading') heading = block;
        if (block.type === 'directive' && heading) {
          const key = sectionKey(block.name, block.attributes.plan ?? plan.plan.id, block.attributes.goal);
          if (!found.has(key)) found.set(key, []);
          found.get(key)!.push({ plan, chapter, heading });
        }
      }
    }
  }
  return found;
});

/**
 * How many indicators got each grade of the scales the plan grades its indicators with, in each
 * scale's order (a summary of the city's own marks; each indicator counted at its latest grade).
 */
export function markCounts(plan: PlanContent): { value: string; label: string; count: number }[] {
  const latest = plan.indicators.map((i) => latestIndicatorEvaluation(plan, i.id)).filter((e) => e !== undefined);
  const scales = [...new Set(plan.evaluations.filter((e) => e.item_type === 'indicator').map((e) => e.scale_id))];
  return scales.flatMap((scale) =>
    scaleGrades(plan, scale).map((g) => ({
      value: g.symbol,
      label: g.label,
      count: latest.filter((e) => e.scale_id === scale && e.grade === g.symbol).length,
    })),
  );
}

/** The Japanese label of an enum value from a schema's value list. */
export function labelOf(values: readonly { value: string; label: string }[], value: string | null): string {
  return values.find((v) => v.value === value)?.label ?? '';
}

/** How a plan names its levels (重点目標, 重点取組項目 …) and its glossary (用語解説), with the defaults of the primary plan. */
export function planTerms(plan: {
  goal_term: string | null;
  measure_term: string | null;
  initiative_term: string | null;
  indicator_term: string | null;
  glossary_term?: string | null;
}): { goal: string; measure: string; initiative: string; indicator: string; glossary: string } {
  const defaults = planPageLabels.defaultTerms;
  return {
    goal: plan.goal_term ?? defaults.goal,
    measure: plan.measure_term ?? defaults.measure,
    initiative: plan.initiative_term ?? defaults.initiative,
    indicator: plan.indicator_term ?? defaults.indicator,
    glossary: plan.glossary_term ?? defaults.glossary,
  };
}

/** Initiatives directly under a goal (plans without a measure level), by order. */
export const initiativesOfGoal = (plan: PlanContent, goalId: string) =>
  plan.initiatives.filter((i) => i.goal_id === goalId && i.measure_id === null).sort((a, b) => a.order - b.order);

/** The name of a roadmap item (a measure or an initiative). */
export function roadmapItemName(plan: PlanContent, itemId: string): string {
  const measure = plan.measures.find((m) => m.id === itemId);
  if (measure) return `${measure.number} ${measure.title}`;
  const initiative = plan.initiatives.find((i) => i.id === itemId);
  return initiative ? initiative.text : itemId;
}
