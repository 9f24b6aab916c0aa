/**
 * What every page of a plan hands to the page shell (`Base`): its <title>, breadcrumbs, search type
 * and plan, so each page-data function of a plan route returns the same `shell` shape.
 */
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { SearchType } from '../search/search-types.ts';
import { urls } from '../urls.ts';

/** One step of the breadcrumb trail (the current page last, without a link). */
export interface PageCrumb {
  label: string;
  href?: string;
}

/** The props of the page shell for a plan's page. */
export interface PlanPageShell {
  title: string;
  planId: string;
  breadcrumbs: PageCrumb[];
  search?: { type: SearchType; plan: string };
}

/**
 * The shell of a plan's page: the title, the trail from the plan's home (`crumbs` follow it) and,
 * when the page is indexed, its search type.
 */
export function planShell(plan: Plan, title: string, crumbs: PageCrumb[], search?: SearchType): PlanPageShell {
  return {
    title,
    planId: plan.id,
    breadcrumbs: [{ label: plan.title, href: urls.planHome(plan) }, ...crumbs],
    ...(search ? { search: { type: search, plan: plan.title } } : {}),
  };
}

/** One path of a plan route: the plan's id (and the item's, for item pages). */
export interface PlanPath<P extends Record<string, string>> {
  params: P;
}

/** The paths of a route with one page per plan that `has` it. */
export function perPlanPaths(site: SiteContent, has: (content: PlanContent) => boolean = () => true): PlanPath<{ plan: string }>[] {
  return site.plans.filter(has).map((content) => ({ params: { plan: content.plan.id } }));
}

/** A route's parameters as Astro gives them (`Astro.params`). */
export type RouteParams = Readonly<Record<string, string | undefined>>;

/** One parameter of a route; a page built without it is a bug in its paths, so it throws. */
export function param(params: RouteParams, name: string): string {
  const value = params[name];
  if (value === undefined) throw new Error(`Missing route parameter: ${name}`);
  return value;
}
