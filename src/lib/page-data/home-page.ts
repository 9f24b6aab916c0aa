import type { PlanContent, SiteContent } from '../content/types.ts';
import { planTerms } from '../content/queries.ts';
import { chromeLabels } from '../labels/chrome.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import type { PageLayout } from './page-shell.ts';

/** The front page: the front plan's home, filed in search as the plan itself. */
export interface HomePage {
  layout: PageLayout;
  /** The plan shown (the front plan). */
  content: PlanContent;
}

/** The front page (`/`): the front plan's home, described in the plan's own vocabulary (基本目標, 成果指標 …). */
export function homePage(site: SiteContent): HomePage {
  const content = site.primary;
  const { plan } = content;
  return {
    layout: {
      title: plan.title,
      description: sitePageLabels.home.description(plan.municipality_name, plan.title, planTerms(plan)),
      breadcrumbs: [],
      search: { type: chromeLabels.searchTypes.plan, plan: plan.title },
    },
    content,
  };
}
