// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGateIntegration } from './src/integrations/content-gate.ts';
import { securityHeadersFileIntegration } from './src/integrations/security-headers-file.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';

export default defineConfig({
  // The public address is not decided yet; links are root-relative, so the site works anywhere.
  // Stylesheets stay external files, so the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  trailingSlash: 'always',
  integrations: [contentGateIntegration(), mdx(), searchIndexIntegration(), securityHeadersFileIntegration()],
  // Small scripts would otherwise be inlined, which the CSP (script-src 'self') forbids.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
