import type { PlanContent, PlanTableRows } from './types.ts';

/**
 * A plan's rows of each table, by table name (`score-axes` is `content.scoreAxes`). The return
 * type lists every plan table with its own row type, so a table added to the specs, or a
 * property of the wrong table, fails type-checking here.
 */
export function rowsByTable(content: PlanContent): PlanTableRows {
  return {
    goals: content.goals,
    measures: content.measures,
    initiatives: content.initiatives,
    indicators: content.indicators,
    observations: content.observations,
    scales: content.scales,
    evaluations: content.evaluations,
    rollups: content.rollups,
    glossary: content.glossary,
    roadmap: content.roadmap,
    'roadmap-status': content.roadmapStatus,
    'score-axes': content.scoreAxes,
    'score-levels': content.scoreLevels,
    scores: content.scores,
    datasets: content.datasets,
    succession: content.succession,
    versions: content.versions,
    responses: content.responses,
    corrections: content.corrections,
  };
}
