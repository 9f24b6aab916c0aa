import type { SiteContent } from '../content/types.ts';
import { chapterLabel, planTerms } from '../content/queries.ts';
import { chromeLabels } from '../labels/chrome.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { offeredPrefectures, siteSearchShards } from '../search/search-scope.ts';
import { SEARCH_TYPES, type SearchType } from '../search/search-types.ts';
import { urls } from '../urls.ts';
import { sitePageLayout, type PageLayout, type ShellLink } from './page-shell.ts';
import { planHasPage } from './site-nav.ts';
import { isPaged, prefectureGroups } from './site-paging.ts';

/** 「サイト内検索」. */
export interface SearchPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.search;
  action: string;
  landmark: string;
  submit: string;
  /**
   * The prefecture filter's choices (the filter's value is the name), each with the file of its plans
   * that the search script fetches when it is picked; empty when the site's plans are all in one prefecture.
   */
  prefectures: { name: string; label: string; plansHref: string }[];
  /**
   * The plan filter's choices before a prefecture is picked: every published plan's title (the filter's
   * value), in one group; on a site with many plans in one prefecture, one `<optgroup>` for it. On a
   * site with many plans in several prefectures none: the reader picks the prefecture first, so the
   * page never lists 1,741 plans.
   */
  planGroups: { prefecture: string | null; plans: string[] }[];
  /** Whether the plans are listed only once a prefecture is picked (said beside the plan filter). */
  plansByPrefecture: boolean;
  types: readonly SearchType[];
  /** The search index's filter names, which the search script filters by. */
  filters: { plan: string; type: string; prefecture: string };
  /** Without JavaScript: the front plan's chapters, glossary and indicator list. */
  noScriptLinks: ShellLink[];
  /** The front plan's title: unfiltered, its own text leads for a term its glossary defines (rank-results.ts). */
  frontPlan: string;
  /** Where the script fetches the synonym table (synonyms.ts). */
  synonyms: string;
  /**
   * On a site whose search index is in parts (search-shards.ts): the parts as JSON (folder and
   * prefectures), from which the script picks what a search reads; undefined for one index.
   */
  indexParts: string | undefined;
}

/** 「サイト内検索」 (`/search/`): the form and filters, and the links a reader without JavaScript follows instead. */
export function searchPage(site: SiteContent): SearchPage {
  const labels = sitePageLabels.search;
  const front = site.primary;
  const { id } = front.plan;
  const links: (ShellLink | false)[] = [
    ...front.chapters.map((chapter) => ({ href: urls.chapter(id, chapter.id), label: chapterLabel(chapter) })),
    planHasPage(front, 'glossary') && { href: urls.glossary(id), label: planTerms(front.plan).glossary },
    planHasPage(front, 'indicators') && { href: urls.indicators(id), label: labels.indicators },
  ];
  const prefectures = offeredPrefectures(site);
  const plansByPrefecture = prefectures.length > 0 && isPaged(site);
  return {
    layout: sitePageLayout(labels.title),
    labels,
    action: urls.search(),
    landmark: chromeLabels.search.landmark,
    submit: chromeLabels.search.submit,
    prefectures: prefectures.map((p) => ({
      name: p.name,
      label: labels.prefectureOption(p.name, p.plans),
      plansHref: urls.searchPlans(p.code),
    })),
    planGroups: plansByPrefecture
      ? []
      : isPaged(site)
        ? prefectureGroups(site).map((g) => ({ prefecture: g.name, plans: g.plans.map((p) => p.plan.title) }))
        : [{ prefecture: null, plans: site.plans.map((p) => p.plan.title) }],
    plansByPrefecture,
    types: SEARCH_TYPES,
    filters: chromeLabels.searchFilters,
    noScriptLinks: links.filter((link): link is ShellLink => link !== false),
    frontPlan: front.plan.title,
    synonyms: urls.searchSynonyms(),
    indexParts: siteSearchShards(site).length > 1 ? JSON.stringify(siteSearchShards(site)) : undefined,
  };
}
