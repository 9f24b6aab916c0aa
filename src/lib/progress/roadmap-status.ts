/**
 * What the city reported against the 工程表: the statuses of one roadmap item in the years of one
 * cell of the grid, as the city words them (「令和6年度：完了」). Pure.
 */
import type { RoadmapStatus } from '../../schemas/roadmap-status.ts';
import { formatEraFiscalYear } from '../format/fiscal-year.ts';
import { progressPageLabels } from '../labels/progress-pages.ts';

/** A reported status as shown in the grid: its year in words and the city's status. */
export interface ReportedStatus {
  year: number;
  /** 「令和6年度：完了」 (with the note after the status, in brackets, when there is one). */
  text: string;
}

/** The statuses reported for an item in the years `start`–`end`, oldest first. */
export function reportedStatuses(statuses: readonly RoadmapStatus[], itemId: string, start: number, end: number): ReportedStatus[] {
  return statuses
    .filter((s) => s.item_id === itemId && s.fiscal_year >= start && s.fiscal_year <= end)
    .sort((a, b) => a.fiscal_year - b.fiscal_year)
    .map((s) => ({ year: s.fiscal_year, text: progressPageLabels.roadmapStatus(formatEraFiscalYear(s.fiscal_year), s.status, s.note) }));
}
