import type { Plan } from '../../schemas/plan.ts';
import { PLAN_STATUSES } from '../../schemas/plan.ts';
import type { SiteContent } from '../content/types.ts';
import { labelOf } from '../content/queries.ts';
import { formatFiscalYearRange } from '../format/fiscal-year.ts';
import { sitePageTitles } from '../labels/chrome.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { urls } from '../urls.ts';
import { hasRegionalView, hasSharedGlossary } from './cross-plan-pages.ts';
import { sitePageLayout, type PageLayout, type ShellLink } from './page-shell.ts';
import { planContentsSummary, plansByMunicipality } from './plan-list.ts';

/** One row of the plan table. */
export interface PlanListRow {
  municipality: string;
  plan: ShellLink;
  period: string;
  status: string;
  contents: string;
}

/** 「計画一覧」. */
export interface PlanListPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.planList;
  lead: string;
  rows: PlanListRow[];
  /** The pages that read across plans (a link and what it offers), only those the site has. */
  across: (ShellLink & { note: string })[];
  /** Each municipality's section (heading id `municipality-<code>`) with its plans' facts. */
  municipalities: { id: string; name: string; plans: { id: string; link: ShellLink; plan: Plan }[] }[];
}

/** 「計画一覧」 (`/plans/`): every plan by municipality, newest first, what each publishes, and the cross-plan pages. */
export function planListPage(site: SiteContent): PlanListPage {
  const labels = sitePageLabels.planList;
  const byMunicipality = plansByMunicipality(site);
  const across: (ShellLink & { note: string })[] = [
    ...(hasSharedGlossary(site)
      ? [{ href: urls.sharedGlossary(), label: sitePageTitles.sharedGlossary, note: labels.sharedGlossary }]
      : []),
    ...(hasRegionalView(site) ? [{ href: urls.regional(), label: sitePageTitles.regional, note: labels.regional }] : []),
    { href: urls.search(), label: sitePageTitles.search, note: labels.search },
  ];
  return {
    layout: sitePageLayout(labels.title),
    labels,
    lead: labels.lead(byMunicipality.length, site.plans.length, site.primary.plan.title),
    rows: byMunicipality.flatMap((m) =>
      m.plans.map((content) => ({
        municipality: `${m.prefecture} ${m.name}`,
        plan: { href: urls.planHome(content.plan), label: content.plan.title },
        period: formatFiscalYearRange(content.plan.period_start, content.plan.period_end),
        status: labelOf(PLAN_STATUSES, content.plan.status),
        contents: planContentsSummary(content),
      })),
    ),
    across,
    municipalities: byMunicipality.map((m) => ({
      id: `municipality-${m.code}`,
      name: `${m.prefecture} ${m.name}`,
      plans: m.plans.map(({ plan }) => ({ id: `plan-${plan.id}`, link: { href: urls.planHome(plan), label: plan.title }, plan })),
    })),
  };
}
