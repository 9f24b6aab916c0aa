import type { PlanContent } from '../content/types.ts';

/** One rated item: its level on each axis in axis order (null where the source gives none, with the note). */
export interface ScoredItem {
  itemId: string;
  levels: (number | null)[];
  notes: (string | null)[];
}

/**
 * A plan's qualitative scores as a grid: the axes in their printed order, the highest level any
 * axis defines, and each rated item (in file order) with one cell per axis. The validator makes
 * every item have a row for every axis, so a missing cell here is a blank the source left blank.
 */
export function scoreGrid(plan: Pick<PlanContent, 'scoreAxes' | 'scoreLevels' | 'scores'>) {
  const axes = [...plan.scoreAxes].sort((a, b) => a.order - b.order);
  const max = Math.max(...plan.scoreLevels.map((l) => l.level));
  const items: ScoredItem[] = [...new Set(plan.scores.map((s) => s.item_id))].map((itemId) => {
    const cells = axes.map((a) => plan.scores.find((s) => s.item_id === itemId && s.axis_id === a.id));
    return { itemId, levels: cells.map((c) => c?.level ?? null), notes: cells.map((c) => c?.note ?? null) };
  });
  return { axes, max, items };
}
