import { checkHeaderValue, type HeaderPolicy } from '../security/headers.ts';

const addHeaders = (headers: Readonly<Record<string, string>>) =>
  Object.entries(headers).map(([name, value]) => `    add_header ${name} "${checkHeaderValue(name, value)}" always;`);

/**
 * The nginx snippet: two `location` blocks to include in the `server { }` that serves the built
 * site (its `root` pointing at the folder that holds dist/'s files). nginx forgets a level's
 * `add_header` lines in a block that has its own, so each block lists every header; `always` puts
 * them on error responses too. The site's own 404 page answers missing files.
 */
export function nginxConf(policy: HeaderPolicy): string {
  return [
    '# Security headers of the site for nginx, written by the build from src/lib/security/headers.ts (do not edit).',
    '# Include this file inside the server { } block that serves the site, e.g.',
    '#     include /etc/nginx/snippets/dx-plan-site.conf;',
    `# Every page forbids framing; only ${policy.embedRoot} (the embeddable views) may be shown in another site's frame.`,
    `location ${policy.root} {`,
    ...addHeaders({ ...policy.common, ...policy.page }),
    `    error_page 404 ${policy.root}404.html;`,
    '}',
    `location ${policy.embedRoot} {`,
    ...addHeaders({ ...policy.common, ...policy.embed }),
    `    error_page 404 ${policy.root}404.html;`,
    '}',
    '',
  ].join('\n');
}
