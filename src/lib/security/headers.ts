/**
 * Security policy of the site, in one place: the build writes it to `_headers` (the format of
 * Netlify / Cloudflare Pages) and every page carries the CSP in a <meta> for hosts that cannot
 * set headers. The site loads nothing from another origin and has no inline script or style.
 */
const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  // Pagefind's search runs as WebAssembly: 'wasm-unsafe-eval' allows compiling it, nothing else.
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy for the <meta http-equiv> tag (frame-ancestors is ignored there, so it is left out). */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES).map(([k, v]) => `${k} ${v}`).join('; ');

/** Headers for every path of the static site. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The `_headers` file: one block for all paths. */
export function headersFile(): string {
  return ['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/** Parses a `_headers` file into (path pattern, headers) rules; only `/*` and exact paths are used. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
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
