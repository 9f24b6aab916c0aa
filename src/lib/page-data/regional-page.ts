import type { SiteContent } from '../content/types.ts';
import { planById } from '../content/queries.ts';
import { chromeLabels, sitePageTitles } from '../labels/chrome.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { urls } from '../urls.ts';
import { hasRegionalView } from './cross-plan-pages.ts';
import { sitePageLayout, type PageLayout, type ShellLink } from './page-shell.ts';
import { regionalItemHref, regionalTopics } from './regional-view.ts';

/** One plan's figure in a subject's table: the plan (linked to its home), the figure (linked to its item when it has a page). */
export interface RegionalRow {
  plan: ShellLink;
  planTitle: string;
  figure: string;
  figureHref: string | undefined;
  counts: string;
  source: string;
}

/** 「計画を並べて見る」. */
export interface RegionalPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.regional;
  topics: { id: string; title: string; count: string; caption: string; rows: RegionalRow[] }[];
  csvHref: string;
}

/** The route of the regional view: one page when some subject has figures of two plans, none otherwise (and no link to it). */
export const regionalPaths = (site: SiteContent) => (hasRegionalView(site) ? [{ params: { index: undefined } }] : []);

/**
 * 「計画を並べて見る」 (`/regional/`): figures several plans set on one subject, as each document prints
 * them, with what each counts. Plans in the order of plans.csv, never by value.
 */
export function regionalPage(site: SiteContent): RegionalPage {
  const labels = sitePageLabels.regional;
  return {
    layout: sitePageLayout(labels.title, {
      search: chromeLabels.searchTypes.plan,
      parents: [{ label: sitePageTitles.plans, href: urls.plans() }],
    }),
    labels,
    topics: regionalTopics(site).map((t) => ({
      id: t.topic,
      title: t.title,
      count: labels.topicCount(t.rows.length),
      caption: labels.caption(t.title),
      rows: t.rows.map((r) => {
        const { plan } = planById(site, r.plan_id);
        return {
          plan: { href: urls.planHome(plan), label: plan.municipality_name },
          planTitle: plan.title,
          figure: r.figure,
          figureHref: regionalItemHref(site, r.plan_id, r.item_id),
          counts: r.counts,
          source: r.source,
        };
      }),
    })),
    csvHref: urls.dataFile('regional-figures.csv'),
  };
}
