import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { getSite } from '../io/site.ts';
import { robotsTxt, sitemapXml } from '../lib/web/sitemap.ts';

/**
 * Writes `sitemap.xml` and `robots.txt` after the build, from the pages Astro built and the configured
 * public address. Without one (SITE_URL / site_url) there can be no sitemap, whose URLs must be
 * absolute: the build says so, and robots.txt names none.
 */
export function sitemapIntegration(): AstroIntegration {
  return {
    name: 'dx-plan:sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const { siteUrl, basePath } = getSite().settings;
        writeFileSync(new URL('robots.txt', dir), robotsTxt(siteUrl, basePath));
        if (!siteUrl) {
          logger.warn(
            '公開するアドレス（SITE_URL または content/site.csv の site_url）が未設定のため、sitemap.xml と正規のURL（canonical）は作られません。',
          );
          return;
        }
        // Embeddable views are parts of indicator pages (their canonical link points there), not pages to list.
        writeFileSync(
          new URL('sitemap.xml', dir),
          sitemapXml(
            siteUrl,
            basePath,
            pages.map((p) => p.pathname).filter((p) => !p.startsWith('embed/')),
          ),
        );
      },
    },
  };
}
