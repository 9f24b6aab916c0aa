import type { SiteContent } from '../content/types.ts';
import type { RegionalFigure } from '../../schemas/regional-figure.ts';
import { planById } from '../content/queries.ts';
import { memoizeBy } from '../content/site-index.ts';
import { urls } from '../urls.ts';

/** One subject of the regional view with its figures, plans in the order of plans.csv (never ranked). */
export interface RegionalTopic {
  topic: string;
  title: string;
  rows: RegionalFigure[];
}

/**
 * The regional view's subjects in file order, each with its plans' figures in plan order. A subject
 * only one published plan speaks to has nothing to set beside it and is left out. Computed once per
 * site (every page's footer asks whether there are any).
 */
export const regionalTopics: (site: SiteContent) => RegionalTopic[] = memoizeBy((site: SiteContent) => {
  const order = new Map(site.plans.map((p, i) => [p.plan.id, i]));
  const byTopic = new Map<string, RegionalFigure[]>();
  for (const row of site.regional) {
    if (!byTopic.has(row.topic)) byTopic.set(row.topic, []);
    byTopic.get(row.topic)!.push(row);
  }
  return [...byTopic]
    .map(([topic, rows]) => ({
      topic,
      title: rows[0]!.topic_title,
      rows: rows.sort((a, b) => order.get(a.plan_id)! - order.get(b.plan_id)!),
    }))
    .filter((topic) => new Set(topic.rows.map((r) => r.plan_id)).size >= 2);
});

/**
 * Where a figure's item is read: the indicator's page, or the goal page that lists the initiative;
 * undefined when the figure names no item or the item has no page.
 */
export function regionalItemHref(site: SiteContent, planId: string, itemId: string | null): string | undefined {
  if (!itemId) return undefined;
  const content = planById(site, planId);
  if (content.indicators.some((i) => i.id === itemId)) return urls.indicator(planId, itemId);
  const initiative = content.initiatives.find((i) => i.id === itemId);
  const goalId = initiative?.goal_id ?? content.measures.find((m) => m.id === initiative?.measure_id)?.goal_id;
  return goalId ? urls.goal(planId, goalId) : undefined;
}
