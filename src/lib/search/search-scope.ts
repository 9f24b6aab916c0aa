/**
 * The scopes a reader can search in: a prefecture (the first two digits of the 全国地方公共団体コード),
 * then a plan of one of its municipalities. A page of a plan is filed in the search index under its
 * plan and its prefecture (`data-pagefind-filter`, Base.astro; the glossary records, search-index.ts),
 * so a search scoped to a prefecture finds the pages of every plan there.
 *
 * The search page lists the prefectures (47 at most); the plans of one prefecture are a small JSON
 * file of their own (`/search/plans/03.json`), fetched when the reader picks the prefecture, so that
 * the page does not grow with the number of plans (1,741 municipalities).
 */
import { memoizeBy } from '../content/site-index.ts';
import type { SiteContent } from '../content/types.ts';
import { chromeLabels } from '../labels/chrome.ts';
import { prefectureGroups } from '../page-data/site-paging.ts';
import { PLANS_PER_SHARD, searchShards, type SearchShard } from './search-shards.ts';

/** One prefecture in the search page's prefecture filter. */
export interface SearchPrefecture {
  /** Two digits: `03` is 岩手県 (the name of its plan-list file). */
  code: string;
  /** The filter's value: the prefecture as the plans print it (岩手県). */
  name: string;
  /** How many plans it has, to show beside its name. */
  plans: number;
}

/** One municipality's plans in a prefecture's plan list: the plan filter's values (plan titles). */
export interface SearchMunicipality {
  name: string;
  plans: string[];
}

/** The plan choices of one prefecture: its municipalities in code order, each with its plans newest first. */
export interface SearchPrefecturePlans {
  prefecture: string;
  municipalities: SearchMunicipality[];
}

/** Each plan's prefecture by the plan's title, the value the search index files a plan's pages under (computed once per site). */
const prefectureByPlanTitle: (site: SiteContent) => ReadonlyMap<string, string> = memoizeBy(
  (site: SiteContent) => new Map(prefectureGroups(site).flatMap((group) => group.plans.map((p) => [p.plan.title, group.name] as const))),
);

/**
 * The prefecture a page is filed under in the search index, from the plan it is filed under
 * (its title); null for a page filed under every plan (「すべての計画」) or an unknown title.
 */
export function searchPrefecture(site: SiteContent, planTitle: string): string | null {
  return prefectureByPlanTitle(site).get(planTitle) ?? null;
}

/** The prefecture filter's choices: the site's prefectures in code order, each with its number of plans. */
export function searchPrefectures(site: SiteContent): SearchPrefecture[] {
  return prefectureGroups(site).map((group) => ({ code: group.code, name: group.name, plans: group.plans.length }));
}

/**
 * The prefecture filter's choices the search page offers: the site's prefectures when its plans are
 * in two or more, else none (then neither the page nor the header's form mention prefectures).
 */
export function offeredPrefectures(site: SiteContent): SearchPrefecture[] {
  const found = searchPrefectures(site);
  return found.length > 1 ? found : [];
}

/** The plan filter's choices within one prefecture (by its two-digit code), or undefined if the site has no plan there. */
export function searchPrefecturePlans(site: SiteContent, code: string): SearchPrefecturePlans | undefined {
  const group = prefectureGroups(site).find((g) => g.code === code);
  if (!group) return undefined;
  return {
    prefecture: group.name,
    municipalities: group.municipalities.map((m) => ({ name: m.name, plans: m.plans.map((p) => p.plan.title) })),
  };
}

/**
 * An index-only record (a glossary entry, term-records.ts) filed, like its plan's pages, under its
 * plan's prefecture too (the filter `都道府県`), so that a search scoped to a prefecture finds it.
 */
export function withPrefectureFilter<R extends { meta: { plan: string }; filters: object }>(
  site: SiteContent,
  record: R,
): R | (R & { filters: Record<string, string[]> }) {
  const prefecture = searchPrefecture(site, record.meta.plan);
  if (prefecture === null) return record;
  return { ...record, filters: { ...record.filters, [chromeLabels.searchFilters.prefecture]: [prefecture] } };
}

/**
 * The parts of the site's search index (search-shards.ts): consecutive prefectures of at most
 * SEARCH_PLANS_PER_SHARD plans each; one part, `pagefind/`, for a site of fewer plans.
 */
export const siteSearchShards: (site: SiteContent) => SearchShard[] = memoizeBy((site: SiteContent) => {
  const { searchPlansPerShard } = site.settings;
  return searchShards(searchPrefectures(site), typeof searchPlansPerShard === 'number' ? searchPlansPerShard : PLANS_PER_SHARD);
});
