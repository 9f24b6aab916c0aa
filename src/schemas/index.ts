/**
 * Every CSV table of the content model, in the order the column dictionary lists them.
 * This list is the single place that says which files a plan folder may contain.
 */
import type { RowOf, TableSpec } from './column-spec.ts';
import { planTable } from './plan.ts';
import { goalTable } from './goal.ts';
import { measureTable } from './measure.ts';
import { initiativeTable } from './initiative.ts';
import { indicatorTable } from './indicator.ts';
import { observationTable } from './observation.ts';
import { evaluationTable } from './evaluation.ts';
import { scaleTable } from './scale.ts';
import { rollupTable } from './rollup.ts';
import { glossaryTable } from './glossary-term.ts';
import { roadmapTable } from './roadmap-step.ts';
import { roadmapStatusTable } from './roadmap-status.ts';
import { datasetTable, datasetColumnTable } from './dataset.ts';
import { responseTable } from './comment-response.ts';
import { versionTable } from './plan-version.ts';
import { correctionTable } from './correction.ts';
import { scoreAxisTable, scoreLevelTable, scoreTable } from './score.ts';
import { successionTable } from './succession.ts';
import { regionalFigureTable } from './regional-figure.ts';

export const siteTables = [planTable, regionalFigureTable] as const satisfies readonly TableSpec[];

export const planTables = [
  goalTable,
  measureTable,
  initiativeTable,
  indicatorTable,
  observationTable,
  scaleTable,
  evaluationTable,
  rollupTable,
  glossaryTable,
  roadmapTable,
  roadmapStatusTable,
  scoreAxisTable,
  scoreLevelTable,
  scoreTable,
  datasetTable,
  successionTable,
  versionTable,
  responseTable,
  correctionTable,
] as const satisfies readonly TableSpec[];

/** The spec of one plan table: any of `planTables`. */
export type PlanTableSpec = (typeof planTables)[number];

/** The name of a plan table (`goals`, `score-axes`, …), as in `TableSpec.name`. */
export type PlanTableName = PlanTableSpec['name'];

/** Each plan table's spec, by table name. */
export type PlanTableSpecs = { [N in PlanTableName]: Extract<PlanTableSpec, { name: N }> };

/**
 * Each plan table's row type, by table name, derived from its spec (`PlanTables['score-axes']`
 * is `ScoreAxis`). Adding a table to `planTables` adds it here.
 */
export type PlanTables = { [N in PlanTableName]: RowOf<PlanTableSpecs[N]> };

/** All table specs, including the dataset sidecar, for the published column dictionary. */
export const allTables: readonly TableSpec[] = [...siteTables, ...planTables, datasetColumnTable];

export {
  planTable,
  goalTable,
  measureTable,
  initiativeTable,
  indicatorTable,
  observationTable,
  evaluationTable,
  scaleTable,
  rollupTable,
  glossaryTable,
  roadmapTable,
  roadmapStatusTable,
  datasetTable,
  datasetColumnTable,
  responseTable,
  versionTable,
  correctionTable,
  scoreAxisTable,
  scoreLevelTable,
  scoreTable,
  successionTable,
  regionalFigureTable,
};
