import type { Plan } from '../../schemas/plan.ts';
import type { RegionalFigure } from '../../schemas/regional-figure.ts';
import type { Chapter } from '../markdown/types.ts';
import { append } from '../append.ts';
import type { ContentError } from '../validate/content-error.ts';
import type { SourcedRow } from '../validate/validate-table.ts';
import { validRows, type ValidatedPlanTables } from './validated-tables.ts';
import { checkPlanList } from './checks/plan-list.ts';
import { checkPredecessorCycles } from './checks/predecessor-cycle.ts';
import { checkReferenceColumns, itemKeys } from './checks/reference-columns.ts';
import { checkIndicatorParents, checkInitiativeParents } from './checks/hierarchy.ts';
import { checkIndicatorFootnotes } from './checks/indicator-footnotes.ts';
import { checkIndicatorTargets } from './checks/indicator-targets.ts';
import { checkObservations } from './checks/observations.ts';
import { checkValueRanges } from './checks/value-ranges.ts';
import { checkRoadmap, checkRoadmapStatus } from './checks/roadmap.ts';
import { checkScores } from './checks/scores.ts';
import { checkEvaluations } from './checks/evaluations.ts';
import { checkSuccession } from './checks/succession.ts';
import { checkGlossaryExpansions, checkGlossaryTerms } from './checks/glossary-terms.ts';
import { checkCorrections } from './checks/corrections.ts';
import { checkSectionAnchors } from './checks/sections.ts';
import { checkDirectives } from './checks/directives.ts';
import { checkRegionalFigures } from './checks/regional-figures.ts';

/** What the cross-reference checks need: the validated tables and what could not be validated. */
export interface CrossReferenceInput {
  planRows: readonly SourcedRow<Plan>[];
  /** Raw cells of plans.csv rows rejected for a bad cell. */
  planRejected: readonly Record<string, string>[];
  /** Each plan's validated tables, by plan id. */
  tablesByPlan: ReadonlyMap<string, ValidatedPlanTables>;
  chaptersByPlan: ReadonlyMap<string, Chapter[]>;
  /** `plan/chapter` of chapter files that had problems (their anchors are not trusted). */
  brokenChapters: ReadonlySet<string>;
  planFile: string;
  /** Rows of the site-level regional-figures.csv. */
  regionalRows?: readonly SourcedRow<RegionalFigure>[];
}

/**
 * Checks what single rows cannot, one checker per concern (`checks/`), in this order: plans.csv
 * as a whole, then each plan's references, hierarchy, indicators, observations, roadmap, scores,
 * succession, glossary, corrections, sections and directives, then the regional figures.
 */
export function checkCrossReferences({
  planRows,
  planRejected,
  tablesByPlan,
  chaptersByPlan,
  brokenChapters,
  planFile,
  regionalRows = [],
}: CrossReferenceInput): ContentError[] {
  const planIds = [...tablesByPlan.keys(), ...planRejected.map((r) => r.id ?? '')];
  const errors = [...checkPlanList(planRows, planRejected, planIds, planFile), ...checkPredecessorCycles(planRows)];
  for (const { values: plan } of planRows) {
    const tables = tablesByPlan.get(plan.id)!;
    const period = { start: plan.period_start, end: plan.period_end };
    const chapters = chaptersByPlan.get(plan.id) ?? [];
    const [indicators, observations] = [validRows(tables, 'indicators'), validRows(tables, 'observations')];
    const items = itemKeys(tables);
    append(errors, checkReferenceColumns(tables, planIds));
    append(errors, checkIndicatorParents(tables));
    append(errors, checkIndicatorFootnotes(plan.id, indicators, chaptersByPlan, brokenChapters));
    append(errors, checkIndicatorTargets(indicators, tables.observations));
    append(errors, checkObservations(plan.id, observations, period));
    if (period.start <= period.end) append(errors, checkValueRanges(observations, indicators, validRows(tables, 'roadmap'), period));
    append(errors, checkInitiativeParents(validRows(tables, 'initiatives')));
    append(errors, checkRoadmap(validRows(tables, 'roadmap'), items));
    append(errors, checkRoadmapStatus(validRows(tables, 'roadmap-status'), items, period));
    append(errors, checkScores(tables, items));
    append(errors, checkEvaluations(tables, period));
    append(errors, checkSuccession(plan.id, plan.predecessor_id, validRows(tables, 'succession'), tables, tablesByPlan));
    append(errors, checkGlossaryExpansions(validRows(tables, 'glossary')));
    append(errors, checkGlossaryTerms(validRows(tables, 'glossary')));
    append(errors, checkCorrections(validRows(tables, 'corrections')));
    append(errors, checkSectionAnchors(plan.id, tables, chapters, brokenChapters));
    append(errors, checkDirectives(plan.id, chapters, tablesByPlan, planIds));
  }
  append(errors, checkRegionalFigures(regionalRows, tablesByPlan, planIds));
  return errors;
}
