import type { Plan } from '../../schemas/plan.ts';
import { offeredPrefectures, searchPrefecture } from '../search/search-scope.ts';
import { pageContact, reportErrorsSentence } from '../plan-facts/contacts.ts';
import type { PlanContent, SiteContent } from '../content/types.ts';
import { planTerms } from '../content/queries.ts';
import { plansById } from '../content/site-index.ts';
import { currentNotice, type PlanNotice } from '../comments/plan-notice.ts';
import { chromeLabels, sitePageTitles } from '../labels/chrome.ts';
import { urls } from '../urls.ts';
import type { SearchType } from '../search/search-types.ts';
import { pageMeta, type PageMeta } from '../web/page-meta.ts';
import { hasRegionalView, hasSharedGlossary } from './cross-plan-pages.ts';
import { siteNav, type NavItem } from './site-nav.ts';

/** One step of a page's breadcrumb trail; the last is the page itself, without a link. */
export interface Crumb {
  label: string;
  href?: string;
}

/** What a page passes to `Base.astro` besides the site: its title, summary, trail and how search files it. */
export interface PageLayout {
  title: string;
  description?: string;
  breadcrumbs: Crumb[];
  search?: { type: SearchType; plan: string };
  /** The plan a site-wide page is about (one plan's transcription notes): its banner and contact are shown. */
  planId?: string;
}

/**
 * The layout of a site-wide page: its title, and a trail from the top through `parents` to the page.
 * `search` files the page in the site search (under 「すべての計画」 unless a plan is given).
 */
export function sitePageLayout(
  title: string,
  options: { parents?: Crumb[]; search?: SearchType; description?: string; planId?: string } = {},
): PageLayout {
  return {
    title,
    breadcrumbs: [{ label: sitePageTitles.home, href: urls.home() }, ...(options.parents ?? []), { label: title }],
    ...(options.search ? { search: { type: options.search, plan: chromeLabels.allPlans } } : {}),
    ...(options.description ? { description: options.description } : {}),
    ...(options.planId ? { planId: options.planId } : {}),
  };
}

/** A link with its words. */
export interface ShellLink {
  href: string;
  label: string;
}

/** The header's search box: a plain form to the search page, kept within the plan being read. */
export interface HeaderSearchData {
  action: string;
  landmark: string;
  /** The box's (visually hidden) label. */
  label: string;
  /** The example shown in the empty box. */
  hint: string;
  submit: string;
  /** The title of the plan the search stays in (a hidden `plan` field); null on site-wide pages. */
  plan: string | null;
  /**
   * The plan's prefecture (a hidden `pref` field) on a site whose search offers prefectures, so that
   * the search page lists the prefecture's plans and reads only its part of the index; else null.
   */
  prefecture: string | null;
}

/** The plan's status banner, under the header on every page. */
export interface StatusBannerData {
  status: PlanNotice['status'];
  headline: string;
  detail: string;
  /** Whether there is more than the headline (shown in a disclosure on a phone). */
  hasMore: boolean;
  /** The comment letter's link, while the plan invites comments. */
  commentLink: ShellLink | null;
  landmark: string;
  more: string;
}

/** Everything the page shell (`Base.astro`) shows around a page's own content. */
export interface PageShell {
  meta: PageMeta;
  siteName: string;
  homeHref: string;
  /** The title of the plan the page belongs to (the front plan's on site-wide pages), under the site name. */
  planTitle: string;
  feed: ShellLink;
  favicon: string;
  skipLink: string;
  menu: string;
  navLandmark: string;
  /** The header navigation; `current` marks the link to the page itself. */
  nav: (NavItem & { current: boolean })[];
  search: HeaderSearchData;
  banner: StatusBannerData;
  breadcrumbsLandmark: string;
  footerLinks: ShellLink[];
  footerNote: string;
  /** The Pagefind filter names under which an indexed page is filed. */
  searchFilters: { plan: string; type: string; prefecture: string };
}

/** What a page tells the shell about itself (the props of `Base.astro` besides the site). */
export interface PageShellInput {
  title: string;
  description?: string | undefined;
  /** The page's path, base path included (`Astro.url.pathname`). */
  path: string;
  /** The plan the page belongs to; its banner and navigation are shown (the front plan's otherwise). */
  planId?: string | undefined;
}

/**
 * What the given plans publish, in words for a page description: 「本文」 when a plan has chapters, its
 * goal word when it has goals, 「<indicator word>と進捗」 when it has indicators. One plan speaks in its
 * own vocabulary (横手市: 指標); several plans in the site's generic words.
 */
export function publishedParts(plans: readonly PlanContent[]): string[] {
  const words = plans.length === 1 ? planTerms(plans[0]!.plan) : { goal: chromeLabels.meta.goal, indicator: chromeLabels.meta.indicator };
  const parts: (string | false)[] = [
    plans.some((p) => p.chapters.length > 0) && chromeLabels.meta.chapters,
    plans.some((p) => p.goals.length > 0) && words.goal,
    plans.some((p) => p.indicators.length > 0) && chromeLabels.meta.progress(words.indicator),
  ];
  return parts.filter((p): p is string => p !== false);
}

/**
 * The example in the header's empty search box, from the site's own content so that it finds
 * something on every city's site: the first term of the front plan's glossary, else the title of its
 * first goal, else a plain invitation (`chromeLabels.search.hint`).
 */
export function searchHint(site: Pick<SiteContent, 'primary'>): string {
  const { glossary, goals } = site.primary;
  const example = glossary[0]?.term ?? goals[0]?.title;
  return example ? chromeLabels.search.example(example) : chromeLabels.search.hint;
}

/** The status banner of a plan on a given day (`today` as YYYY-MM-DD in Japan; the build date by default). */
export function statusBanner(plan: Plan, notice: PlanNotice = currentNotice(plan)): StatusBannerData {
  const labels = chromeLabels.statusBanner;
  return {
    status: notice.status,
    headline: notice.headline,
    detail: notice.detail,
    hasMore: notice.detail !== '' || notice.invitesComments,
    commentLink: notice.invitesComments ? { href: urls.commentLetter(plan.id), label: labels.commentLink } : null,
    landmark: labels.landmark,
    more: labels.more,
  };
}

/** The footer's links: the site-wide pages, the cross-plan ones only where the site has them. */
export function footerLinks(site: SiteContent): ShellLink[] {
  const t = sitePageTitles;
  const links: (ShellLink | false)[] = [
    { href: urls.about(), label: t.about },
    { href: urls.transcriptionNotes(), label: t.transcriptionNotes },
    { href: urls.history(), label: t.history },
    { href: urls.accessibility(), label: t.accessibility },
    { href: urls.dataCatalogue(), label: t.openData },
    { href: urls.methodology(), label: t.methodology },
    { href: urls.columns(), label: t.columns },
    { href: urls.plans(), label: t.plans },
    hasSharedGlossary(site) && { href: urls.sharedGlossary(), label: t.sharedGlossary },
    hasRegionalView(site) && { href: urls.regional(), label: t.regional },
  ];
  return links.filter((link): link is ShellLink => link !== false);
}

/**
 * The page shell of one page: title and meta tags, the header (site name, the plan's title, navigation
 * in the plan's own words, the search box kept within the page's plan), the plan's status banner and the
 * footer. A page of a plan shows that plan's banner and navigation; a site-wide page the front plan's.
 */
export function pageShell(site: SiteContent, input: PageShellInput): PageShell {
  const own = input.planId === undefined ? undefined : plansById(site.plans).get(input.planId);
  const pagePlan = own ?? site.primary;
  const search = chromeLabels.search;
  return {
    meta: pageMeta({
      title: input.title,
      siteName: site.name,
      path: input.path,
      siteUrl: site.settings.siteUrl,
      plan: own?.plan ?? null,
      parts: publishedParts(own ? [own] : site.plans),
      description: input.description,
    }),
    siteName: site.name,
    homeHref: urls.home(),
    planTitle: pagePlan.plan.title,
    feed: { href: urls.historyFeed(), label: chromeLabels.feedTitle },
    favicon: urls.asset('favicon.svg'),
    skipLink: chromeLabels.skipLink,
    menu: chromeLabels.menu,
    navLandmark: chromeLabels.navLandmark,
    nav: siteNav(site, pagePlan).map((item) => ({ ...item, current: item.href === input.path })),
    search: {
      action: urls.search(),
      landmark: search.landmark,
      label: own ? search.inPlan(own.plan.title) : search.everywhere,
      hint: searchHint(site),
      submit: search.submit,
      plan: own?.plan.title ?? null,
      prefecture: own && offeredPrefectures(site).length > 0 ? searchPrefecture(site, own.plan.title) : null,
    },
    banner: statusBanner(pagePlan.plan),
    breadcrumbsLandmark: chromeLabels.breadcrumbsLandmark,
    footerLinks: footerLinks(site),
    footerNote: reportErrorsSentence(pageContact(site, own?.plan ?? null)),
    searchFilters: chromeLabels.searchFilters,
  };
}

/** Everything the shell of an embeddable view (`Embed.astro`) shows: its title, summary and canonical page. */
export interface EmbedShell {
  title: string;
  description: string;
  /** The full page's absolute address, or null when the site's public address is not configured. */
  canonical: string | null;
}

/** The shell of an embeddable view: `canonicalPath` (base path included) made absolute under the site's public address. */
export function embedShell(site: SiteContent, input: { title: string; description: string; canonicalPath: string }): EmbedShell {
  const { siteUrl } = site.settings;
  return {
    title: input.title,
    description: input.description,
    canonical: siteUrl ? new URL(input.canonicalPath, `${siteUrl}/`).href : null,
  };
}
