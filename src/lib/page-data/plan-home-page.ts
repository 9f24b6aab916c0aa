/** A plan's home: its facts, vision, goals at a glance with their indicators, chapters and related pages. */
import { indicatorTargetDisplay } from '../plan-facts/target-display.ts';
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Plan } from '../../schemas/plan.ts';
import {
  chapterLabel,
  evaluationOf,
  indicatorsOfGoal,
  initiativesOfGoal,
  latestOf,
  measuresOfGoal,
  observationsOf,
  planById,
  planTerms,
} from '../content/queries.ts';
import { computeProgress, PROGRESS_STATUS_LABELS } from '../progress/compute-progress.ts';
import { currentNotice } from '../comments/plan-notice.ts';
import { formatFiscalYear } from '../format/fiscal-year.ts';
import { formatValue } from '../format/number.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { urls } from '../urls.ts';
import { versionLabels } from '../labels/versions.ts';
import { progressPageLabels } from '../labels/progress-pages.ts';
import { evaluatedYears } from '../progress/evaluations.ts';
import { planHasPage } from './site-nav.ts';
import { transcriptionNotesHref } from './transcription-notes-page.ts';
import { param, perPlanPaths, planShell, type PlanPageShell, type RouteParams } from './plan-page.ts';
import { searchLabels } from '../labels/search.ts';

/** A home page under /plans/<id>/ for every plan but the primary one (whose home is the site root). */
export const planHomePaths = (site: SiteContent) => perPlanPaths(site, (content) => !content.plan.is_primary);

/** What the plan's home shows (the h1 and facts come from the plan itself). */
export interface PlanHomeView {
  content: PlanContent;
  plan: Plan;
  vision: { heading: string; text: string } | null;
  goals: {
    heading: string;
    summary: string;
    withoutData: string | null;
    cards: {
      label: string;
      href: string;
      /** `id`: the measure's row, whose transcription-note markers the title carries. */
      measures: { heading: string; items: { id: string; label: string; priority: boolean }[] } | null;
      initiatives: string | null;
      indicators: {
        heading: string;
        items: { indicator: Indicator; label: string; href: string; values: string; showProgress: boolean }[];
      } | null;
    }[];
  } | null;
  chapters: { heading: string; items: { label: string; href: string; page: string | null }[] } | null;
  more: { heading: string; links: { label: string; href: string }[] };
}

/** The home view of a plan, also shown at the site root for the primary plan. */
export function planHomeView(site: SiteContent, content: PlanContent): PlanHomeView {
  const { plan } = content;
  const labels = planPageLabels.planHome;
  const { page } = planPageLabels.common;
  const terms = planTerms(plan);
  const predecessor = plan.predecessor_id ? planById(site, plan.predecessor_id) : undefined;
  const priorities = content.measures.filter((m) => m.is_priority).length;
  const partialPriority = priorities > 0 && priorities < content.measures.length;
  const directInitiatives = content.initiatives.filter((i) => i.measure_id === null).length;
  const withoutData = new Set(
    content.indicators
      .filter((i) => !evaluationOf(content, i.id) && computeProgress(i, observationsOf(content, i.id)).status === 'no-data')
      .map((i) => i.id),
  );
  const noData = PROGRESS_STATUS_LABELS['no-data'];
  const summary = [
    labels.goalCount(terms, content.goals.length),
    content.measures.length > 0 && labels.measureCount(terms, content.measures.length, partialPriority ? priorities : null),
    directInitiatives > 0 && labels.initiativeCount(terms, directInitiatives),
    content.indicators.length > 0 && labels.indicatorCount(content.indicators.length),
  ].filter((s): s is string => Boolean(s));
  const value = (indicator: Indicator) => {
    const baseline = latestOf(content, indicator.id, 'baseline');
    const target = indicatorTargetDisplay(content, indicator);
    return [
      baseline && labels.baseline(formatValue(baseline.value, indicator.unit), formatFiscalYear(baseline.fiscal_year)),
      target.kind === 'text' && labels.targetText(target.text),
      target.kind === 'value' && labels.target(target.text, target.year!),
    ]
      .filter(Boolean)
      .join(labels.arrow);
  };
  const glossaryPage = content.glossary[0]?.page;
  const links = [
    currentNotice(plan).invitesComments && { label: labels.comments, href: urls.commentLetter(plan.id) },
    (plan.status === 'public-comment' || content.responses.length > 0) && {
      label: labels.responses(content.responses.length),
      href: urls.responses(plan.id),
    },
    planHasPage(content, 'versions') && { label: versionLabels.versionsLink, href: urls.versions(plan.id) },
    predecessor && content.succession.length > 0 && { label: labels.comparison(predecessor.plan.title), href: urls.comparison(plan.id) },
    content.indicators.length > 0 && { label: labels.indicatorList(content.indicators.length), href: urls.indicators(plan.id) },
    planHasPage(content, 'results') && { label: labels.results(terms), href: urls.results(plan.id) },
    planHasPage(content, 'progress') && {
      label: progressPageLabels.homeLink(evaluatedYears(content).length),
      href: urls.progress(plan.id),
    },
    predecessor &&
      planHasPage(predecessor, 'results') && {
        label: labels.previousResults(planTerms(predecessor.plan), predecessor.plan.title),
        href: urls.results(predecessor.plan.id),
      },
    content.glossary.length > 0 && { label: labels.glossary(terms, content.glossary.length), href: urls.glossary(plan.id) },
    { label: labels.data, href: urls.dataCatalogue() },
    { label: labels.methodology, href: urls.methodology() },
    { label: labels.transcriptionNotes, href: transcriptionNotesHref(site, plan.id) },
  ].filter((l): l is { label: string; href: string } => Boolean(l));
  return {
    content,
    plan,
    vision: plan.vision ? { heading: labels.vision, text: plan.vision } : null,
    goals:
      content.goals.length > 0
        ? {
            heading: labels.goals(terms, content.measures.length > 0, content.indicators.length > 0),
            summary: labels.summary(summary),
            withoutData:
              withoutData.size > 0
                ? labels.withoutData(withoutData.size, withoutData.size === content.indicators.length, `${noData.symbol} ${noData.label}`)
                : null,
            cards: content.goals.map((goal) => {
              const measures = measuresOfGoal(content, goal.id);
              const initiatives = initiativesOfGoal(content, goal.id);
              const indicators = indicatorsOfGoal(content, goal.id);
              return {
                label: planPageLabels.goal.title(terms, goal),
                href: urls.goal(plan.id, goal.id),
                measures:
                  measures.length > 0
                    ? {
                        heading: terms.measure,
                        items: measures.map((m) => ({
                          id: m.id,
                          label: `${m.number} ${m.title}`,
                          priority: m.is_priority && priorities < content.measures.length,
                        })),
                      }
                    : null,
                initiatives: initiatives.length > 0 ? labels.initiatives(terms, initiatives.length) : null,
                indicators:
                  indicators.length > 0
                    ? {
                        heading: labels.indicators,
                        items: indicators.map((indicator) => ({
                          indicator,
                          label: indicator.label ?? indicator.name,
                          href: urls.indicator(plan.id, indicator.id),
                          values: value(indicator),
                          showProgress: !withoutData.has(indicator.id),
                        })),
                      }
                    : null,
              };
            }),
          }
        : null,
    chapters:
      content.chapters.length > 0
        ? {
            heading: labels.chapters,
            items: [
              ...content.chapters.map((chapter) => ({
                label: chapterLabel(chapter),
                href: urls.chapter(plan.id, chapter.id),
                page: chapter.page !== null ? page(chapter.page) : null,
              })),
              ...(content.glossary.length > 0
                ? [{ label: terms.glossary, href: urls.glossary(plan.id), page: glossaryPage ? page(glossaryPage) : null }]
                : []),
            ],
          }
        : null,
    more: { heading: labels.more, links },
  };
}

/** The home page of a (non-primary) plan (param `plan`). */
export function planHomePage(site: SiteContent, params: RouteParams): { shell: PlanPageShell; view: PlanHomeView } {
  const content = planById(site, param(params, 'plan'));
  const { plan } = content;
  const { crumbs } = planPageLabels.planHome;
  const shell = planShell(plan, plan.title, [], searchLabels.types.plan);
  const breadcrumbs = [{ label: crumbs.home, href: urls.home() }, { label: crumbs.plans, href: urls.plans() }, { label: plan.title }];
  return { shell: { ...shell, breadcrumbs }, view: planHomeView(site, content) };
}
