import type { SiteContent } from '../content/types.ts';
import { planById } from '../content/queries.ts';
import { chromeLabels, sitePageTitles } from '../labels/chrome.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { urls } from '../urls.ts';
import { hasRegionalView } from './cross-plan-pages.ts';
import { isPaged, prefectureGroups } from './site-paging.ts';
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
  /** The page's heading: 「計画を並べて見る」, or with the prefecture's name on its page. */
  title: string;
  topics: { id: string; title: string; count: string; caption: string; rows: RegionalRow[] }[];
  /** A site with many plans, on `/regional/`: the prefectures' pages (the tables are there, not here). */
  prefectures: ShellLink[];
  csvHref: string;
}

/**
 * The routes of the regional view: one page when some subject has figures of two plans, none otherwise
 * (and no link to it); a site with many plans (`isPaged`) adds one page per prefecture (`/regional/03/`)
 * and its first page lists the subjects and the prefectures.
 */
export const regionalPaths = (site: SiteContent) =>
  hasRegionalView(site)
    ? [{ params: { index: undefined } }, ...(isPaged(site) ? regionalPrefectures(site).map((p) => ({ params: { index: p.code } })) : [])]
    : [];

/** The prefectures whose plans give a figure of the regional view (a site with many plans). */
const regionalPrefectures = (site: SiteContent) => {
  const withFigures = new Set(regionalTopics(site).flatMap((t) => t.rows.map((r) => r.plan_id.valueOf())));
  return prefectureGroups(site).filter((g) => g.plans.some((p) => withFigures.has(p.plan.id)));
};

/**
 * 「計画を並べて見る」 (`/regional/`): figures several plans set on one subject, as each document prints
 * them, with what each counts. Plans in the order of plans.csv, never by value.
 */
export function regionalPage(site: SiteContent, prefecture?: string): RegionalPage {
  const labels = sitePageLabels.regional;
  const group = prefecture === undefined ? undefined : prefectureGroups(site).find((g) => g.code === prefecture);
  if (prefecture !== undefined && !group) throw new Error(`unknown prefecture: ${prefecture}`);
  const paged = isPaged(site);
  const title = group ? labels.prefectureTitle(group.name) : labels.title;
  const inGroup = group && new Set(group.plans.map((p) => p.plan.id));
  const topics = regionalTopics(site)
    .map((t) => ({ ...t, rows: inGroup ? t.rows.filter((r) => inGroup.has(r.plan_id)) : t.rows }))
    .filter((t) => t.rows.length > 0);
  return {
    layout: sitePageLayout(title, {
      search: chromeLabels.searchTypes.plan,
      parents: [
        { label: sitePageTitles.plans, href: urls.plans() },
        ...(group ? [{ label: sitePageTitles.regional, href: urls.regional() }] : []),
      ],
    }),
    labels,
    title,
    prefectures: paged && !group ? regionalPrefectures(site).map((g) => ({ href: urls.regionalPrefecture(g.code), label: g.name })) : [],
    topics: topics.map((t) => ({
      id: t.topic,
      title: t.title,
      count: labels.topicCount(t.rows.length),
      caption: labels.caption(t.title),
      // On a site with many plans the first page names the subjects only; the tables are per prefecture.
      rows: (paged && !group ? [] : t.rows).map((r) => {
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
