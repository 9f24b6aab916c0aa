import { plansById } from '../content/site-index.ts';
import type { PlanContent, SiteContent } from '../content/types.ts';
import { planTerms } from '../content/queries.ts';
import { urls } from '../urls.ts';
import { chromeLabels } from '../labels/chrome.ts';
import { progressPageLabels } from '../labels/progress-pages.ts';

/** The pages a plan may have besides its home; which of them exist depends on its content. */
export type PlanPage = 'chapters' | 'indicators' | 'glossary' | 'results' | 'progress' | 'compare' | 'comments' | 'responses' | 'versions';

/**
 * Whether a plan has a page: the one rule the routes' getStaticPaths and every link to the page share,
 * so no link can point at a page that was not built.
 */
export function planHasPage(content: PlanContent, page: PlanPage): boolean {
  switch (page) {
    case 'chapters':
      return content.chapters.length > 0;
    case 'indicators':
      return content.indicators.length > 0;
    case 'glossary':
      return content.glossary.length > 0;
    case 'results':
      return content.evaluations.some((e) => e.item_type === 'indicator');
    case 'progress':
      return content.evaluations.length > 0;
    case 'compare':
      return content.plan.predecessor_id !== null && content.succession.length > 0;
    case 'comments':
      return content.plan.status === 'public-comment';
    case 'responses':
      return content.plan.status === 'public-comment' || content.responses.length > 0;
    case 'versions':
      return content.versions.length > 0;
  }
}

/** One link of the header's navigation. */
export interface NavItem {
  href: string;
  label: string;
}

/**
 * The header's navigation for a page of `plan` (the front plan on site-wide pages): only the pages this
 * plan has, in its own words (成果指標, 重点取組項目 …), the previous plan's results where they are
 * published, and the plan list when the site has more than one plan.
 */
export function siteNav(site: SiteContent, plan: PlanContent): NavItem[] {
  const terms = planTerms(plan.plan);
  const predecessor = plan.plan.predecessor_id === null ? undefined : plansById(site.plans).get(plan.plan.predecessor_id);
  const items: (NavItem | false)[] = [
    { href: urls.home(), label: chromeLabels.nav.home },
    !plan.plan.is_primary && { href: urls.planHome(plan.plan), label: chromeLabels.nav.planHome },
    planHasPage(plan, 'chapters') && { href: urls.chapters(plan.plan.id), label: chromeLabels.nav.chapters },
    planHasPage(plan, 'indicators') && { href: urls.indicators(plan.plan.id), label: terms.indicator },
    predecessor !== undefined &&
      planHasPage(predecessor, 'results') && { href: urls.results(predecessor.plan.id), label: chromeLabels.nav.previousResults },
    planHasPage(plan, 'results') && { href: urls.results(plan.plan.id), label: chromeLabels.nav.results },
    planHasPage(plan, 'progress') && { href: urls.progress(plan.plan.id), label: progressPageLabels.nav },
    planHasPage(plan, 'glossary') && { href: urls.glossary(plan.plan.id), label: terms.glossary },
    site.plans.length > 1 && { href: urls.plans(), label: chromeLabels.nav.plans },
  ];
  return items.filter((item): item is NavItem => item !== false);
}
