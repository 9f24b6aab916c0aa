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
 * The meta description of a page: its own summary when it has one, otherwise one built from its title
 * and plan — never empty, and different for every page because titles are.
 */
export function pageDescription(title: string, plan: PlanLike | null, siteName: string, own?: string): string {
  if (own) return own;
  if (plan)
    return `${title}。${plan.municipality_name}の${title.includes(plan.title) ? '計画' : `「${plan.title}」`}の本文・目標・指標と進捗を、原本の文言と数値のとおりに掲載しています。`;
  return `${title}。${siteName}：自治体のDX計画の本文・目標・指標と進捗を、原本の文言と数値のとおりに掲載しています。`;
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
  description?: string | undefined;
}): PageMeta {
  const { title, siteName, path, siteUrl, plan } = options;
  const documentTitle = title === siteName ? title : `${title}｜${siteName}`;
  const description = pageDescription(title, plan, siteName, options.description);
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
