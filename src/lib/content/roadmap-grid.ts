import type { RoadmapStep } from '../../schemas/roadmap-step.ts';

/** One cell of a roadmap row: the years it covers and the steps that run in all of them. */
export interface RoadmapCell {
  start: number;
  end: number;
  /** Empty for a year in which the item has no step. */
  steps: RoadmapStep[];
}

/** One row of a roadmap (工程表) as the documents draw it: an item and its years. */
export interface RoadmapRow {
  itemId: string;
  cells: RoadmapCell[];
}

/** The fiscal years a roadmap's columns show: the plan period, widened to every step. */
export function roadmapYears(periodStart: number, periodEnd: number, steps: readonly RoadmapStep[]): number[] {
  const first = Math.min(periodStart, ...steps.map((s) => s.start_year));
  const last = Math.max(periodEnd, ...steps.map((s) => s.end_year));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * One row per item (in the given order; items without steps are left out), one column per year.
 * Neighbouring years that the same steps cover become one cell spanning them — the source's
 * arrow across years — so a step's words appear once; a year without a step is an empty cell.
 * Steps in a cell keep the order of `steps` (by start year, then file order).
 */
export function roadmapRows(itemIds: readonly string[], steps: readonly RoadmapStep[], years: readonly number[]): RoadmapRow[] {
  const rows: RoadmapRow[] = [];
  for (const itemId of itemIds) {
    const own = steps.filter((s) => s.item_id === itemId).sort((a, b) => a.start_year - b.start_year);
    if (own.length === 0) continue;
    const cells: RoadmapCell[] = [];
    for (const year of years) {
      const running = own.filter((s) => s.start_year <= year && year <= s.end_year);
      const previous = cells.at(-1);
      const same =
        previous !== undefined &&
        running.length > 0 &&
        previous.steps.length === running.length &&
        running.every((s, i) => previous.steps[i] === s);
      if (same) previous.end = year;
      else cells.push({ start: year, end: year, steps: running });
    }
    rows.push({ itemId, cells });
  }
  return rows;
}
