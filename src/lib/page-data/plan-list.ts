import type { PlanContent, SiteContent } from '../content/types.ts';
import { sitePageLabels } from '../labels/site-pages.ts';

/** One municipality on the plan list, with its plans newest first. */
export interface MunicipalityPlans {
  code: string;
  name: string;
  prefecture: string;
  plans: PlanContent[];
}

/** The plan list (`/plans/`): municipalities in the order of plans.csv, each with its plans, newest period first. */
export function plansByMunicipality(site: SiteContent): MunicipalityPlans[] {
  const byCode = new Map<string, PlanContent[]>();
  for (const content of site.plans) {
    const code = content.plan.municipality_code;
    if (!byCode.has(code)) byCode.set(code, []);
    byCode.get(code)!.push(content);
  }
  return [...byCode].map(([code, list]) => {
    const plans = list.sort((a, b) => b.plan.period_start - a.plan.period_start);
    return { code, name: plans[0]!.plan.municipality_name, prefecture: plans[0]!.plan.prefecture, plans };
  });
}

/** What a plan publishes, in words: 「本文 7章・目標 4・指標 10・用語 33」 (parts it lacks are left out). */
export function planContentsSummary(content: PlanContent): string {
  const t = sitePageLabels.planList.contents;
  return [
    content.chapters.length > 0 && t.chapters(content.chapters.length),
    content.goals.length > 0 && t.goals(content.goals.length),
    content.indicators.length > 0 && t.indicators(content.indicators.length),
    content.glossary.length > 0 && t.glossary(content.glossary.length),
  ]
    .filter(Boolean)
    .join(t.separator);
}
