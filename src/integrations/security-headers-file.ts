import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { headerPolicy } from '../lib/security/headers.ts';
import { normaliseBasePath } from '../lib/base-path.ts';
import { headersFile } from '../lib/deploy/headers-file.ts';
import { nginxConf } from '../lib/deploy/nginx-conf.ts';
import { htaccess } from '../lib/deploy/htaccess.ts';

/** Where the build puts the server configuration that is not read from the site's folder itself. */
export const DEPLOY_FOLDER = '_deploy';

/**
 * Writes the security headers for each kind of host from the one policy the pages carry in <meta>:
 * `_headers` (Netlify, Cloudflare Pages; it lists the site's top-level entries, so it is written
 * last), `.htaccess` (Apache) and `_deploy/nginx.conf` (an nginx snippet to include).
 */
export function securityHeadersFileIntegration(): AstroIntegration {
  let basePath = '/';
  return {
    name: 'dx-plan:security-headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = normaliseBasePath(config.base);
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const policy = headerPolicy(basePath);
        writeFileSync(join(out, '.htaccess'), htaccess(policy));
        mkdirSync(join(out, DEPLOY_FOLDER), { recursive: true });
        writeFileSync(join(out, DEPLOY_FOLDER, 'nginx.conf'), nginxConf(policy));
        const entries = readdirSync(out, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
        if (!entries.some((e) => e.name === '_headers')) entries.push({ name: '_headers', folder: false });
        writeFileSync(join(out, '_headers'), headersFile(policy, entries));
      },
    },
  };
}
