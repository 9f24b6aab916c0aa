/**
 * Security policy of the site, in one place. Every page carries the Content-Security-Policy in a
 * <meta> (for hosts that cannot set headers), and the build writes the same policy as response
 * headers for each kind of host: `_headers` (Netlify, Cloudflare Pages; headers-file.ts), an nginx
 * snippet (nginx-conf.ts) and an Apache `.htaccess` (htaccess.ts). The site loads nothing from
 * another origin and has no inline script or style.
 *
 * Framing: no page may be shown in another site's frame (`frame-ancestors 'none'`, and
 * `X-Frame-Options: DENY` for old browsers), except the embeddable views under urls.embeds(),
 * which any site may frame (`frame-ancestors *`). `frame-ancestors` has no effect in a <meta>, so
 * this part exists only as a header.
 */
import { urls } from '../urls.ts';
import { underBase } from '../base-path.ts';

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
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');

/** Headers of every response, whatever its path — errors and unknown paths included. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Headers that replace or add to the common ones on the site's pages: framing forbidden. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
};

/** Headers that replace or add to the common ones on the embeddable views: any site may frame them. */
export const EMBED_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors *`,
};

/** The policy the host formats are written from: where the site lives and which headers go where. */
export interface HeaderPolicy {
  /** The path the site is served under, with slashes at both ends (`/`, or `/dx/`). */
  root: string;
  /** The folder of the embeddable views, under `root` (`/embed/`). */
  embedRoot: string;
  common: Readonly<Record<string, string>>;
  page: Readonly<Record<string, string>>;
  embed: Readonly<Record<string, string>>;
}

/**
 * The site's policy, with its paths from urls.ts under `basePath` (the build passes Astro's `base`:
 * the integrations run outside Vite, where urls.ts does not know it).
 */
export function headerPolicy(basePath = '/'): HeaderPolicy {
  return {
    root: underBase(basePath, urls.home()),
    embedRoot: underBase(basePath, urls.embeds()),
    common: COMMON_HEADERS,
    page: PAGE_HEADERS,
    embed: EMBED_HEADERS,
  };
}

/**
 * What a response must carry, by its path: the embeddable views their headers, every other path of
 * the site the page headers, and a response with no usable path (a malformed request) or outside
 * the site only the common ones. Later headers of the same name replace earlier ones. This is the
 * reference every host format is tested against.
 */
export function headersFor(policy: HeaderPolicy, path: string | null): Record<string, string> {
  if (path === null || !(path.startsWith(policy.root) || `${path}/` === policy.root)) return { ...policy.common };
  return { ...policy.common, ...(path.startsWith(policy.embedRoot) || `${path}/` === policy.embedRoot ? policy.embed : policy.page) };
}

/**
 * Header values go inside double quotes in the nginx and Apache formats and on one line in
 * `_headers`: refuses a value that would break out of them.
 */
export function checkHeaderValue(name: string, value: string): string {
  if (/["\\\r\n]/.test(value) || !/^[A-Za-z0-9-]+$/.test(name))
    throw new Error(`The header ${name}: ${value} cannot be written safely into a server configuration.`);
  return value;
}
