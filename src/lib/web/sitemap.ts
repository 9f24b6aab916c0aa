import { underBase } from '../base-path.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `sitemap.xml` (sitemaps.org 0.9) for the built pages: absolute URLs under the public address and
 * base path, sorted, the 404 page left out. `pathnames` are Astro's page paths relative to the base
 * (`''` for the home page, `plans/x/` …).
 */
export function sitemapXml(siteUrl: string, basePath: string, pathnames: readonly string[]): string {
  const urls = [...new Set(pathnames.filter((p) => !/^404\/?$/.test(p)))]
    .map((p) => new URL(underBase(basePath, `/${p.replace(/^\//, '')}`), `${siteUrl}/`).href)
    .sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** `robots.txt`: everything may be crawled; names the sitemap when the public address is known. */
export function robotsTxt(siteUrl: string | null, basePath: string): string {
  return ['User-agent: *', 'Allow: /', ...(siteUrl ? [`Sitemap: ${new URL(`${basePath}sitemap.xml`, `${siteUrl}/`).href}`] : []), ''].join(
    '\n',
  );
}
