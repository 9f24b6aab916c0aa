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
import { planSourceFacts, type SourceFact } from './about-page.ts';
import { planContentsSummary, plansByMunicipality } from './plan-list.ts';
import { isPaged, partBySlug, partLinks, prefectureGroups, prefectureParts, type PrefecturePart } from './site-paging.ts';

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
  /** The page's heading: 「計画一覧」, or 「計画一覧：岩手県」 for a prefecture's part. */
  title: string;
  lead: string;
  rows: PlanListRow[];
  /** A prefecture's other parts (empty on a one-page list). */
  otherParts: ShellLink[];
  /** The pages that read across plans (a link and what it offers), only those the site has. */
  across: (ShellLink & { note: string })[];
  /** Each municipality's section (heading id `municipality-<code>`) with its plans' facts. */
  municipalities: { id: string; name: string; plans: { id: string; link: ShellLink; plan: Plan; sources: SourceFact[] }[] }[];
}

/** One prefecture on the plan list of a large site, with the links to its pages. */
export interface PrefectureRow {
  code: string;
  name: string;
  municipalities: string;
  plans: string;
  pages: ShellLink[];
}

/** 「計画一覧」 of a large site (`/plans/`): the prefectures, each linked to its pages. */
export interface PrefectureIndexPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.planList;
  lead: string;
  prefectures: PrefectureRow[];
  across: (ShellLink & { note: string })[];
}

/** The pages that read across plans (a link and what it offers), only those the site has. */
function acrossLinks(site: SiteContent): (ShellLink & { note: string })[] {
  const labels = sitePageLabels.planList;
  return [
    ...(hasSharedGlossary(site)
      ? [{ href: urls.sharedGlossary(), label: sitePageTitles.sharedGlossary, note: labels.sharedGlossary }]
      : []),
    ...(hasRegionalView(site) ? [{ href: urls.regional(), label: sitePageTitles.regional, note: labels.regional }] : []),
    { href: urls.search(), label: sitePageTitles.search, note: labels.search },
  ];
}

/**
 * 「計画一覧」 of a site with more than `SINGLE_PAGE_PLANS` plans (`/plans/`): one row per prefecture (by
 * code) with its numbers of municipalities and plans and the links to its pages (`/prefectures/<code>/`).
 */
export function prefectureIndexPage(site: SiteContent): PrefectureIndexPage {
  const labels = sitePageLabels.planList;
  const groups = prefectureGroups(site);
  const parts = prefectureParts(site);
  return {
    layout: sitePageLayout(labels.title),
    labels,
    lead: labels.prefectureLead(
      groups.length,
      groups.reduce((n, g) => n + g.municipalities.length, 0),
      site.plans.length,
      site.primary.plan.title,
    ),
    prefectures: groups.map((g) => ({
      code: g.code,
      name: g.name,
      municipalities: labels.prefectureCount(g.municipalities.length),
      plans: labels.prefectureCount(g.plans.length),
      pages: partLinks(
        parts.filter((part) => part.prefecture === g),
        urls.prefecture,
      ),
    })),
    across: acrossLinks(site),
  };
}

/** The routes of the prefecture pages: one per part, none for a site that lists its plans on one page. */
export const prefecturePaths = (site: SiteContent) =>
  isPaged(site) ? prefectureParts(site).map((part) => ({ params: { part: part.slug } })) : [];

/**
 * 「計画一覧」 (`/plans/`): every plan by municipality, newest first, what each publishes, and the
 * cross-plan pages. Given a part (a site with many plans: `/prefectures/<code>/`), that part's plans
 * only, with the links to the prefecture's other parts.
 */
export function planListPage(site: SiteContent, part?: PrefecturePart): PlanListPage {
  const labels = sitePageLabels.planList;
  const byMunicipality = part ? part.municipalities : plansByMunicipality(site);
  const title = part ? labels.partTitle(part.prefecture.name, part.part, part.parts) : labels.title;
  return {
    layout: part ? sitePageLayout(title, { parents: [{ label: sitePageTitles.plans, href: urls.plans() }] }) : sitePageLayout(labels.title),
    labels,
    title,
    lead: part
      ? labels.partLead(part.prefecture.name, part.municipalities.length, part.plans.length, part.part, part.parts)
      : labels.lead(byMunicipality.length, site.plans.length, site.primary.plan.title),
    rows: byMunicipality.flatMap((m) =>
      m.plans.map((content) => ({
        municipality: `${m.prefecture} ${m.name}`,
        plan: { href: urls.planHome(content.plan), label: content.plan.title },
        period: formatFiscalYearRange(content.plan.period_start, content.plan.period_end),
        status: labelOf(PLAN_STATUSES, content.plan.status),
        contents: planContentsSummary(content),
      })),
    ),
    across: acrossLinks(site),
    otherParts: part
      ? partLinks(
          prefectureParts(site).filter((p) => p.prefecture === part.prefecture && p !== part),
          urls.prefecture,
        )
      : [],
    municipalities: byMunicipality.map((m) => ({
      id: `municipality-${m.code}`,
      name: `${m.prefecture} ${m.name}`,
      // A prefecture's page also describes each original (the about page of a site with many plans links here).
      plans: m.plans.map(({ plan }) => ({
        id: `plan-${plan.id}`,
        link: { href: urls.planHome(plan), label: plan.title },
        plan,
        sources: part ? planSourceFacts(plan) : [],
      })),
    })),
  };
}

/** What `/plans/` shows: the plan list itself, or — on a site with many plans — the prefectures. */
export type PlansIndex = { kind: 'list'; page: PlanListPage } | { kind: 'prefectures'; page: PrefectureIndexPage };

/** `/plans/`: the plan list on one page, or the prefecture index when the site groups its plans (`isPaged`). */
export const plansIndexPage = (site: SiteContent): PlansIndex =>
  isPaged(site) ? { kind: 'prefectures', page: prefectureIndexPage(site) } : { kind: 'list', page: planListPage(site) };

/** One prefecture page (`/prefectures/<slug>/`); throws for a slug the site does not have. */
export function prefecturePage(site: SiteContent, slug: string): PlanListPage {
  const part = partBySlug(site, slug);
  if (!part) throw new Error(`unknown prefecture page: ${slug}`);
  return planListPage(site, part);
}
