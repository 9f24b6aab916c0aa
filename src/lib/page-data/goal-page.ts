/** What a goal's page shows: its description quoted from the chapter, measures, initiatives, roadmap and indicators. */
import { gradeHistory, itemsOfType } from '../progress/evaluations.ts';
import { progressPageLabels } from '../labels/progress-pages.ts';
import { gradeHistoryText } from './progress-page.ts';
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { Goal } from '../../schemas/goal.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Block } from '../markdown/types.ts';
import {
  chapterLabel,
  indicatorsOfGoal,
  initiativesOfGoal,
  measuresOfGoal,
  planById,
  planTerms,
  sectionBlocks,
} from '../content/queries.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { sectionUrl, urls } from '../urls.ts';
import { param, planShell, type PlanPageShell, type PlanPath, type RouteParams } from './plan-page.ts';
import { searchLabels } from '../labels/search.ts';

/** One goal page per goal of every plan. */
export function goalPaths(site: SiteContent): PlanPath<{ plan: string; goal: string }>[] {
  return site.plans.flatMap((content) => content.goals.map((goal) => ({ params: { plan: content.plan.id, goal: goal.id } })));
}

/** Everything a goal's page shows; a section is null when the goal has nothing for it. */
export interface GoalPage {
  shell: PlanPageShell;
  content: PlanContent;
  goal: Goal;
  /** The h1: 「基本目標1：…」 in the plan's words. */
  title: string;
  /** The plan's title and the goal's page in the original. */
  meta: string;
  /** The on-page table of contents. */
  toc: { id: string; label: string }[];
  description: { heading: string; href: string; source: string; before: string; after: string; blocks: Block[]; noteBase: string } | null;
  measures: { heading: string } | null;
  initiatives: { heading: string } | null;
  /** 工程表: the goal's own roadmap (initiatives directly under it) and its measures' roadmaps. */
  roadmap: { heading: string; ofGoal: boolean; measureIds: string[] } | null;
  /** The city's grades of the goal and of its items across the years (「令和5年度 B → 令和6年度 A」). */
  grades: { heading: string; items: { type: string; name: string; text: string }[]; link: { label: string; href: string } } | null;
  indicators: {
    heading: string;
    /** The evaluation table where the plan has the city's marks, else the outcome-indicator table. */
    table: 'evaluation' | 'outcome';
    progressHeading: string;
    items: { indicator: Indicator; href: string; label: string }[];
    method: { before: string; link: string; after: string; href: string };
  } | null;
}

/** The page of one goal of a plan (params `plan`, `goal`), with the plan's own words for its levels. */
export function goalPage(site: SiteContent, params: RouteParams): GoalPage {
  const planId = param(params, 'plan');
  const goalId = param(params, 'goal');
  const content = planById(site, planId);
  const { plan } = content;
  const goal = content.goals.find((g) => g.id === goalId);
  if (!goal) throw new Error(`unknown goal: ${planId}/${goalId}`);
  const labels = planPageLabels.goal;
  const terms = planTerms(plan);
  const title = labels.title(terms, goal);
  const section = goal.section ? sectionBlocks(content, goal.section) : undefined;
  const measures = measuresOfGoal(content, goal.id);
  const direct = initiativesOfGoal(content, goal.id);
  const hasRoadmap = (id: string) => content.roadmap.some((s) => s.item_id === id);
  const measureIds = measures.filter((m) => hasRoadmap(m.id)).map((m) => m.id);
  const ofGoal = direct.some((i) => hasRoadmap(i.id));
  const indicators = indicatorsOfGoal(content, goal.id);
  const description =
    section && goal.section
      ? {
          heading: labels.description,
          href: sectionUrl(plan.id, goal.section),
          source: planPageLabels.common.section(chapterLabel(section.chapter), section.heading.text),
          ...labels.quotedFrom,
          blocks: section.blocks,
          noteBase: urls.chapter(plan.id, section.chapter.id),
        }
      : null;
  const page: GoalPage = {
    shell: planShell(plan, planPageLabels.common.pageTitle(title, plan.title), [{ label: title }], searchLabels.types.measure),
    content,
    goal,
    title,
    meta: `${plan.title}${goal.page ? labels.metaPage(goal.page) : ''}`,
    toc: [],
    description,
    measures: measures.length > 0 ? { heading: labels.measures(terms, measures.length) } : null,
    initiatives: direct.length > 0 ? { heading: labels.initiatives(terms, direct.length) } : null,
    roadmap: ofGoal || measureIds.length > 0 ? { heading: labels.roadmap, ofGoal, measureIds } : null,
    grades: goalGrades(content, goal.id),
    indicators:
      indicators.length > 0
        ? {
            heading: labels.indicators,
            table: content.evaluations.some((e) => e.item_type === 'indicator') ? 'evaluation' : 'outcome',
            progressHeading: labels.progress,
            items: indicators.map((indicator) => ({
              indicator,
              href: urls.indicator(plan.id, indicator.id),
              label: indicator.label ?? indicator.name,
            })),
            method: { ...labels.method, href: urls.methodology() },
          }
        : null,
  };
  page.toc = [
    page.description && { id: 'description', label: page.description.heading },
    page.measures && { id: 'measures', label: page.measures.heading },
    page.initiatives && { id: 'initiatives', label: page.initiatives.heading },
    page.roadmap && { id: 'roadmap', label: page.roadmap.heading },
    page.grades && { id: 'grades', label: page.grades.heading },
    page.indicators && { id: 'indicators', label: page.indicators.heading },
  ].filter((s): s is { id: string; label: string } => Boolean(s));
  return page;
}

/** The goal's graded items (the goal itself, its measures, initiatives and indicators) with their grades across the years. */
function goalGrades(content: PlanContent, goalId: string): GoalPage['grades'] {
  const terms = planTerms(content.plan);
  const labels = progressPageLabels;
  const items = (['goal', 'measure', 'initiative', 'indicator'] as const)
    .flatMap((type) => itemsOfType(content, type).filter((i) => i.goalId === goalId))
    .flatMap((item) => {
      const history = gradeHistory(content, item.type, item.id);
      return history.length > 0
        ? [
            {
              type: labels.year.typeName(terms, item.type),
              name: `${item.number ? `${item.number} ` : ''}${item.name}`,
              text: gradeHistoryText(history),
            },
          ]
        : [];
    });
  if (items.length === 0) return null;
  return { heading: labels.history.term, items, link: { label: labels.history.link, href: urls.progress(content.plan.id) } };
}
