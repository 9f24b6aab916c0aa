import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { headersFile } from '../lib/security/headers.ts';

/** Writes `_headers` (Netlify / Cloudflare Pages style) from the same policy the pages carry in <meta>. */
export function securityHeadersFileIntegration(): AstroIntegration {
  return {
    name: 'dx-plan:security-headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
      },
    },
  };
}
