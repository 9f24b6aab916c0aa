import { checkHeaderValue, type HeaderPolicy } from '../security/headers.ts';

/** One entry at the top of the built site (`plans` folder, `index.html` file). */
export interface SiteEntry {
  name: string;
  folder: boolean;
}

/** A rule of a `_headers` file: a path pattern and the headers it sets. */
export interface HeadersRule {
  pattern: string;
  headers: Record<string, string>;
}

const block = (pattern: string, headers: Readonly<Record<string, string>>) => [
  pattern,
  ...Object.entries(headers).map(([name, value]) => `  ${name}: ${checkHeaderValue(name, value)}`),
  '',
];

/**
 * The `_headers` file (Netlify, Cloudflare Pages). When two rules that match a path set the same
 * header, Netlify sends the later rule's value and Cloudflare Pages sends both, joined by a comma;
 * and neither can say "every path but one folder". So: `/*` has the common headers (its CSP
 * without frame-ancestors, so errors and unknown paths still carry a policy), the site's root and
 * every entry at its top (given by the build) have a rule with the page headers, and the embeddable
 * views' folder a rule with theirs. On Netlify the later CSP replaces the common one; on
 * Cloudflare both policies are enforced, which forbids or allows exactly the same. No rule that
 * matches an embeddable view forbids framing. (Cloudflare's `! Header` to drop a header is not
 * used: Netlify rejects it.)
 */
export function headersFile(policy: HeaderPolicy, entries: readonly SiteEntry[]): string {
  const embedFolder = policy.embedRoot.slice(policy.root.length).replace(/\/$/, '');
  if (!policy.embedRoot.startsWith(policy.root) || embedFolder === '' || embedFolder.includes('/'))
    throw new Error(`The embeddable views (${policy.embedRoot}) must be one folder directly under ${policy.root}.`);
  const pages = [...entries].filter((e) => e.name !== embedFolder).sort((a, b) => (a.name < b.name ? -1 : 1));
  return [
    '# Security headers of the site, written by the build from src/lib/security/headers.ts (do not edit).',
    ...block(`${policy.root}*`, policy.common),
    ...block(policy.root, policy.page),
    ...pages.flatMap((e) => block(`${policy.root}${e.name}${e.folder ? '/*' : ''}`, policy.page)),
    ...block(`${policy.embedRoot}*`, policy.embed),
  ].join('\n');
}

/** Parses a `_headers` file into its rules, in order. */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const index = line.indexOf(':');
      if (index > 0 && rules.length > 0) rules.at(-1)!.headers[line.slice(0, index).trim()] = line.slice(index + 1).trim();
    }
  }
  return rules;
}

/** Whether a `_headers` pattern matches a path: exactly, or `/a/*` for `/a` and everything under `/a/`. */
export function patternMatches(pattern: string, path: string): boolean {
  if (!pattern.endsWith('*')) return pattern === path;
  const prefix = pattern.slice(0, -1);
  return path.startsWith(prefix) || `${path}/` === prefix;
}

/** The headers the rules give a path (null: a request without a usable path), the later rule's value winning as on Netlify. */
export function headersFromRules(rules: readonly HeadersRule[], path: string | null): Record<string, string> {
  return Object.assign(
    {},
    ...rules.filter((r) => (path === null ? r.pattern === '/*' : patternMatches(r.pattern, path))).map((r) => r.headers),
  );
}
