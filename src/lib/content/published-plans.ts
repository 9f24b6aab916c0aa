import type { ContentError } from '../validate/content-error.ts';
import { settingLocation, type SiteSettings } from './site-settings.ts';
import type { PlanContent } from './types.ts';

/** The plans a deployment publishes, with its front door marked as the one primary plan. */
export interface PublishedPlans {
  plans: PlanContent[];
  primary: PlanContent;
}

/**
 * Chooses what a deployment publishes (SITE_PLANS or `plans` in site.csv; every plan by default; an
 * entry `pref:03` stands for every plan of the prefecture whose code begins the municipality codes) and
 * its front door (`front_plan`; else the plan marked is_primary when published; else the first one).
 * The chosen set must be whole: a plan's predecessor, and the documents its indicators and marks are
 * printed in, are published too — otherwise its pages would link to pages that do not exist.
 */
export function publishedPlans(
  all: readonly PlanContent[],
  settings: SiteSettings,
  frontPlan: string | null,
): { published: PublishedPlans | null; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const where = settingLocation(settings, settings.sources.plans, 'plans');
  const known = new Set(all.map((p) => p.plan.id));
  const wanted = new Set<string>();
  for (const entry of settings.plans ?? all.map((p) => p.plan.id)) {
    const prefecture = /^pref:(.*)$/i.exec(entry)?.[1];
    if (prefecture === undefined) {
      wanted.add(entry);
      continue;
    }
    const ofPrefecture = /^\d{2}$/.test(prefecture) ? all.filter((p) => p.plan.municipality_code.startsWith(prefecture)) : [];
    if (ofPrefecture.length === 0) {
      errors.push({
        ...where,
        value: entry,
        rule: 'site-plans',
        message: `「${entry}」の都道府県コードの計画が plans.csv にありません`,
        hint: `pref: の後に全国地方公共団体コードの先頭2桁を書きます（例: pref:03 は岩手県）。plans.csv にある都道府県コードは ${[...new Set(all.map((p) => p.plan.municipality_code.slice(0, 2)))].sort().join('、')} です`,
      });
    }
    for (const p of ofPrefecture) wanted.add(p.plan.id);
  }
  for (const id of [...wanted].filter((id) => !known.has(id))) {
    errors.push({
      ...where,
      value: id,
      rule: 'site-plans',
      message: `掲載する計画「${id}」は plans.csv にありません`,
      hint: `計画の ID は ${[...known].join('、')} のどれかです`,
    });
  }
  const plans = all.filter((p) => wanted.has(p.plan.id));
  const ids = new Set(plans.map((p) => p.plan.id));
  for (const content of plans) {
    const needs = new Set(
      [
        content.plan.predecessor_id,
        ...content.indicators.map((i) => i.printed_in),
        ...content.evaluations.map((e) => e.evaluated_in),
      ].filter((id): id is string => id !== null && id !== content.plan.id),
    );
    for (const id of [...needs].filter((id) => known.has(id) && !ids.has(id))) {
      errors.push({
        ...where,
        value: id,
        rule: 'site-plans',
        message: `計画「${content.plan.id}」は計画「${id}」を参照しています（前計画、または指標・評価の掲載文書）が、「${id}」が掲載する計画にありません`,
        hint: `掲載する計画に ${id} も加えてください（例: ${[...ids, id].join(settings.sources.plans === 'content/site.csv' ? '｜' : ',')}）`,
      });
    }
  }
  if (frontPlan !== null && !ids.has(frontPlan)) {
    errors.push({
      ...settingLocation(settings, 'content/site.csv', 'front_plan'),
      value: frontPlan,
      rule: 'site-plans',
      message: `トップページの計画「${frontPlan}」は掲載する計画にありません`,
      hint: `掲載する計画（${[...ids].join('、')}）のどれかを書くか、空欄にしてください`,
    });
  }
  if (errors.length > 0 || plans.length === 0) return { published: null, errors };
  const front = plans.find((p) => p.plan.id === frontPlan) ?? plans.find((p) => p.plan.is_primary) ?? plans[0]!;
  // Pages decide "front door or not" by is_primary, so the chosen plan is the only primary one.
  const marked = plans.map((p) => (p.plan.is_primary === (p === front) ? p : { ...p, plan: { ...p.plan, is_primary: p === front } }));
  return { published: { plans: marked, primary: marked[plans.indexOf(front)]! }, errors };
}
