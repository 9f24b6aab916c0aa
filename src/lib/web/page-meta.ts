import { chromeLabels } from '../labels/chrome.ts';

/** What a page says about itself to search engines and link previews. */
export interface PageMeta {
  /** `<title>`: the page's title and the site's name. */
  documentTitle: string;
  description: string;
  /** Absolute canonical URL, or null when the site's public address is not configured. */
  canonical: string | null;
  /** Open Graph properties, in the order they are written. */
  openGraph: [property: string, content: string][];
}

/** The plan a page belongs to, as the description names it. */
interface PlanLike {
  title: string;
  municipality_name: string;
}

/**
 * What the site publishes of a plan (or of all its plans), in the plan's own words — 「本文」「基本目標」
 * 「成果指標と進捗」 — so a description never promises what the page's plan does not have.
 */
export type PublishedParts = readonly string[];

/**
 * The meta description of a page: its own summary when it has one, otherwise one built from its title
 * and plan — never empty, and different for every page because titles are.
 */
export function pageDescription(title: string, plan: PlanLike | null, siteName: string, parts: PublishedParts, own?: string): string {
  if (own) return own;
  const words = chromeLabels.meta;
  if (plan) return words.planPage(title, plan.municipality_name, title.includes(plan.title) ? null : plan.title, parts);
  return words.sitePage(title, siteName, parts);
}

/**
 * Title, description, canonical link and Open Graph tags of a page. `siteUrl` is the configured
 * public origin (SITE_URL); `path` already includes the base path.
 */
export function pageMeta(options: {
  title: string;
  siteName: string;
  path: string;
  siteUrl: string | null;
  plan: PlanLike | null;
  /** What the page's plan (or, on a site page, the site's plans) publishes: `publishedParts`. */
  parts: PublishedParts;
  description?: string | undefined;
}): PageMeta {
  const { title, siteName, path, siteUrl, plan } = options;
  const documentTitle = title === siteName ? title : chromeLabels.documentTitle(title, siteName);
  const description = pageDescription(title, plan, siteName, options.parts, options.description);
  const canonical = siteUrl ? new URL(path, `${siteUrl}/`).href : null;
  const openGraph: [string, string][] = [
    ['og:type', 'website'],
    ['og:title', documentTitle],
    ['og:description', description],
    ['og:site_name', siteName],
    ['og:locale', 'ja_JP'],
    ...(canonical ? [['og:url', canonical] as [string, string]] : []),
  ];
  return { documentTitle, description, canonical, openGraph };
}
