// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGateIntegration } from './src/integrations/content-gate.ts';
import { securityHeadersFileIntegration } from './src/integrations/security-headers-file.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { contentDirectory } from './src/io/read-content-files.ts';
import { siteSettings } from './src/lib/content/site-settings.ts';
import { checkSiteSettings } from './src/lib/content/check-site-settings.ts';

// Where the site lives: content/site.csv, overridden by SITE_URL and BASE_PATH (checked, with located
// messages, by the content gate). Without a public address the site still works anywhere, but has
// no canonical links, sitemap or absolute catalogue IRIs.
const configFile = join(contentDirectory(process.cwd()), 'site.csv');
const settings = siteSettings(existsSync(configFile) ? readFileSync(configFile, 'utf8') : undefined, process.env);
// Settings the content gate refuses are not given to Astro, whose own check would stop the build first, in English.
const usable = checkSiteSettings(settings).length === 0;

export default defineConfig({
  ...(settings.siteUrl && usable ? { site: settings.siteUrl } : {}),
  base: usable ? settings.basePath : '/',
  // Stylesheets stay external files, so the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  trailingSlash: 'always',
  // The headers file lists every top-level entry of the build, so it is written last.
  integrations: [contentGateIntegration(), mdx(), searchIndexIntegration(), sitemapIntegration(), securityHeadersFileIntegration()],
  // Small scripts would otherwise be inlined, which the CSP (script-src 'self') forbids.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // The content store in parts of at most 20 MB, each read as data, instead of one JavaScript module
  // that V8 compiles whole: at 900 plans compiling that module took 48 s (0.4 s at 300), and the
  // build 218 → 189 s (README, "Benchmark", run 10). Needs Astro 7.4 (7.3 rewrote every part on
  // each build, 3 minutes at 900 plans).
  experimental: { collectionStorage: 'chunked' },
});
