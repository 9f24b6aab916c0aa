/**
 * A plan's yearly progress report, as cities publish it: the years with the city's grades
 * (`/plans/<plan>/progress/`), and per year (`/plans/<plan>/progress/<year>/`) the roll-up of
 * each scale first — counts and shares of every grade and of the items not yet reported, beside
 * what the city printed — then each goal's items with target, 実績, grade (symbol and words),
 * 担当部課, next step and the item's grades across the years.
 */
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { EvaluatedItemType } from '../../schemas/evaluation.ts';
import { latestOf, planById, planTerms } from '../content/queries.ts';
import { formatEraFiscalYear, formatFiscalYear } from '../format/fiscal-year.ts';
import { formatValue } from '../format/number.ts';
import { progressPageLabels } from '../labels/progress-pages.ts';
import { evaluatedYears, graded, gradeHistory, scaleGrades, scaleIds, type GradedEvaluation } from '../progress/evaluations.ts';
import { computeRollups, gradedItems, gradedTypes, shareDecimals, type Rollup } from '../progress/rollup.ts';
import { urls } from '../urls.ts';
import { param, perPlanPaths, planShell, type PlanPageShell, type PlanPath, type RouteParams } from './plan-page.ts';
import { planHasPage } from './site-nav.ts';

/** A link with its text. */
export interface Link {
  label: string;
  href: string;
}

/** The list of a plan's evaluated years (param `plan`), for plans with evaluations. */
export const progressIndexPaths = (site: SiteContent) => perPlanPaths(site, (content) => planHasPage(content, 'progress'));

/** One year report per plan and evaluated year (params `plan`, `year`). */
export function progressYearPaths(site: SiteContent): PlanPath<{ plan: string; year: string }>[] {
  return site.plans
    .filter((content) => planHasPage(content, 'progress'))
    .flatMap((content) => evaluatedYears(content).map((year) => ({ params: { plan: content.plan.id, year: String(year) } })));
}

/** 「令和5年度 B → 令和6年度 A」: an item's grades across the years, oldest first. */
export function gradeHistoryText(history: readonly GradedEvaluation[]): string {
  const labels = progressPageLabels.history;
  return history.map((e) => labels.step(formatEraFiscalYear(e.fiscal_year), e.grade)).join(labels.arrow);
}

/** An item page's grade history: the term, the text and where the year reports are; `null` when never graded. */
export function itemGradeHistory(
  content: PlanContent,
  type: EvaluatedItemType,
  id: string,
): { term: string; text: string; link: Link } | null {
  const history = gradeHistory(content, type, id);
  if (history.length === 0) return null;
  const labels = progressPageLabels.history;
  return { term: labels.term, text: gradeHistoryText(history), link: { label: labels.link, href: urls.progress(content.plan.id) } };
}

/** The list of evaluated years. */
export interface ProgressIndexPage {
  shell: PlanPageShell;
  title: string;
  lead: string;
  years: Link[];
}

/** The list of a plan's evaluated years (param `plan`). */
export function progressIndexPage(site: SiteContent, params: RouteParams): ProgressIndexPage {
  const content = planById(site, param(params, 'plan'));
  const labels = progressPageLabels.index;
  const title = labels.title(content.plan.title);
  return {
    shell: planShell(content.plan, title, [{ label: labels.crumb }]),
    title,
    lead: labels.lead,
    years: evaluatedYears(content).map((year) => {
      const evaluated = new Set(content.evaluations.filter((e) => e.fiscal_year === year).map((e) => `${e.item_type}:${e.item_id}`));
      const total = new Set(scaleIds(content).flatMap((s) => gradedItems(content, s).map((i) => `${i.type}:${i.id}`))).size;
      return { label: labels.year(formatFiscalYear(year), evaluated.size, total), href: urls.progressYear(content.plan.id, year) };
    }),
  };
}

/** One line of a roll-up table. */
export interface RollupRow {
  grade: string;
  meaning: string;
  count: number;
  share: string;
  /** What the city printed for this grade (「2件（50.0%） 原本 p.19」), or `null`. */
  printed: string | null;
}

/** One scale's roll-up for the whole plan. */
export interface RollupTable {
  id: string;
  heading: string;
  caption: string;
  columns: typeof progressPageLabels.year.rollupColumns;
  rows: RollupRow[];
  total: { label: string; count: number };
  /** Whether the city printed a roll-up (the table then has the 「市の公表」 column). */
  hasPrinted: boolean;
  notes: string[];
}

/** One graded item of the year table. */
export interface ItemRow {
  id: string;
  number: string;
  name: string;
  href: string | null;
  type: string;
  target: string;
  actual: string;
  /** The grade as printed and its meaning; `null` for an item without a row this year (未報告). */
  grade: { mark: string; label: string; evaluated: boolean } | null;
  department: string;
  next: string;
  history: string;
  source: string;
}

/** One goal's part of the year report. */
export interface GoalSection {
  id: string;
  heading: string;
  /** One sentence per scale: 「A 0件（0.0%）、B 1件（50.0%）…、未報告 1件（50.0%）」. */
  summaries: string[];
  caption: string;
  rows: ItemRow[];
}

/** Everything one year's report shows. */
export interface ProgressYearPage {
  shell: PlanPageShell;
  title: string;
  lead: string;
  nav: { label: string; previous: Link | null; next: Link | null; all: Link };
  rollups: RollupTable[];
  columns: typeof progressPageLabels.year.itemColumns;
  unreported: string;
  /** What an empty cell shows. */
  none: string;
  goals: GoalSection[];
}

/** A roll-up's lines as 「A 0件（0.0%）」 parts, the unreported line last. */
function summaryParts(rollup: Rollup): string[] {
  const labels = progressPageLabels.year;
  return rollup.lines.map((l) => labels.goalSummaryPart(l.symbol ?? labels.unreported, l.count, l.share));
}

/** The year report of a plan (params `plan`, `year`). */
export function progressYearPage(site: SiteContent, params: RouteParams): ProgressYearPage {
  const content = planById(site, param(params, 'plan'));
  const year = Number(param(params, 'year'));
  const { plan } = content;
  const terms = planTerms(plan);
  const labels = progressPageLabels.year;
  const yearText = formatFiscalYear(year);
  const title = labels.title(plan.title, yearText);
  const years = evaluatedYears(content);
  const at = years.indexOf(year);
  const yearLink = (y: number | undefined, label: (t: string) => string): Link | null =>
    y === undefined ? null : { label: label(formatFiscalYear(y)), href: urls.progressYear(plan.id, y) };
  const scales = scaleIds(content).filter((s) => gradedTypes(content, s).length > 0);
  const rollupsByScale = new Map(scales.map((s) => [s, computeRollups(content, year, s)]));
  const scaleName = (s: string) =>
    labels.scaleName(
      terms,
      gradedTypes(content, s).map((t) => labels.typeName(terms, t)),
    );
  const rollups: RollupTable[] = scales.map((s) => {
    const [whole] = rollupsByScale.get(s)!;
    const meanings = new Map(scaleGrades(content, s).map((g) => [g.symbol, g]));
    const decimals = shareDecimals(whole!.printed);
    return {
      id: `rollup-${s}`,
      heading: labels.rollupHeading(scaleName(s)),
      caption: labels.rollupCaption(labels.wholePlan),
      columns: labels.rollupColumns,
      rows: whole!.lines.map((l) => {
        const printed = l.symbol === null ? undefined : whole!.printed.find((p) => p.grade === l.symbol);
        const grade = l.symbol === null ? undefined : meanings.get(l.symbol);
        return {
          grade: l.symbol ?? labels.unreported,
          meaning: l.symbol === null ? labels.unreportedMeaning : `${l.label}${grade?.evaluated === false ? labels.notEvaluated : ''}`,
          count: l.count,
          share: l.share,
          printed: printed ? labels.printedAs(printed.count, printed.share_text, printed.page) : null,
        };
      }),
      total: { label: labels.total, count: whole!.total },
      hasPrinted: whole!.printed.length > 0,
      notes: [
        decimals > 0 ? labels.shareNote(decimals) : labels.shareNoteWhole,
        ...(whole!.printed.length > 0 ? [labels.printedNote] : []),
      ],
    };
  });
  const evaluationsOfYear = content.evaluations.filter((e) => e.fiscal_year === year);
  const rowsOf = (goalId: string | null): ItemRow[] =>
    scales.flatMap((s) =>
      gradedItems(content, s)
        .filter((item) => item.goalId === goalId)
        .map((item) => {
          const row = evaluationsOfYear.find((e) => e.scale_id === s && e.item_type === item.type && e.item_id === item.id);
          const evaluation = row ? graded(content, row) : undefined;
          const indicator = item.type === 'indicator' ? content.indicators.find((i) => i.id === item.id) : undefined;
          const target = indicator ? latestOf(content, indicator.id, 'target') : undefined;
          const unit = indicator?.unit ?? null;
          const actual = [evaluation?.actual_text, evaluation?.actual_value != null ? formatValue(evaluation.actual_value, unit) : null]
            .filter((t): t is string => Boolean(t))
            .join(' ');
          const history = gradeHistory(content, item.type, item.id).filter((e) => e.scale_id === s);
          return {
            id: `${item.type}-${item.id}`,
            number: item.number,
            name: item.name,
            href: item.type === 'indicator' ? urls.indicator(plan.id, item.id) : item.type === 'goal' ? urls.goal(plan.id, item.id) : null,
            type: labels.typeName(terms, item.type),
            target: indicator?.target_text ?? (target?.value != null ? formatValue(target.value, unit) : labels.none),
            actual: actual || labels.none,
            grade: evaluation ? { mark: evaluation.grade, label: evaluation.label, evaluated: evaluation.evaluated } : null,
            department: evaluation?.department ?? labels.none,
            next: evaluation?.next_step ?? labels.none,
            history: history.length > 0 ? gradeHistoryText(history) : labels.none,
            source: evaluation ? labels.source(planById(site, evaluation.evaluated_in).plan.title, evaluation.page) : '',
          };
        }),
    );
  const goals: GoalSection[] = content.goals
    .map((goal) => ({
      id: `goal-${goal.id}`,
      heading: `${terms.goal}${goal.number} ${goal.title}`,
      summaries: scales.flatMap((s) => {
        const rollup = rollupsByScale.get(s)!.find((r) => r.goalId === goal.id);
        return rollup ? [progressPageLabels.scaleSummary(scaleName(s), labels.goalSummary(summaryParts(rollup)))] : [];
      }),
      caption: labels.itemsCaption(`${terms.goal}${goal.number}`),
      rows: rowsOf(goal.id),
    }))
    .filter((g) => g.rows.length > 0);
  return {
    shell: planShell(plan, title, [{ label: progressPageLabels.index.crumb, href: urls.progress(plan.id) }, { label: yearText }]),
    title,
    lead: labels.lead,
    nav: {
      label: labels.yearNav,
      previous: yearLink(years[at - 1], labels.previous),
      next: at >= 0 ? yearLink(years[at + 1], labels.next) : null,
      all: { label: labels.allYears, href: urls.progress(plan.id) },
    },
    rollups,
    columns: labels.itemColumns,
    unreported: labels.unreported,
    none: labels.none,
    goals,
  };
}
