import { checkHeaderValue, type HeaderPolicy } from '../security/headers.ts';

const set = (indent: string, headers: Readonly<Record<string, string>>) =>
  Object.entries(headers).map(([name, value]) => `${indent}Header always set ${name} "${checkHeaderValue(name, value)}"`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');

/**
 * The Apache `.htaccess` for the site's folder (mod_headers; Apache 2.4 for `<If>`): every response
 * gets the page headers, and requests under the embeddable views' folder have the framing headers
 * replaced (an `<If>` is applied after the lines around it). `always` puts the headers on error
 * responses too; the site's own 404 page answers missing files. Without mod_headers the file
 * changes nothing, so the site still works (with only the <meta> policy).
 */
export function htaccess(policy: HeaderPolicy): string {
  const framingNames = Object.keys(policy.page).filter((name) => !(name in policy.embed));
  return [
    '# Security headers of the site for Apache, written by the build from src/lib/security/headers.ts (do not edit).',
    `# Every page forbids framing; only ${policy.embedRoot} (the embeddable views) may be shown in another site's frame.`,
    `ErrorDocument 404 ${policy.root}404.html`,
    '<IfModule mod_headers.c>',
    ...set('  ', { ...policy.common, ...policy.page }),
    `  <If "%{REQUEST_URI} =~ m#^${escapeRegExp(policy.embedRoot)}#">`,
    ...set('    ', policy.embed),
    ...framingNames.map((name) => `    Header always unset ${name}`),
    '  </If>',
    '</IfModule>',
    '',
  ].join('\n');
}
