import { expect, it } from 'vitest';
import { siteUrl } from './browser.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security/headers.ts';

it('serves the security headers from the built _headers file: no unsafe-inline or unsafe-eval (only wasm-unsafe-eval, for the search index)', async () => {
  const response = await fetch(siteUrl('/'));
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await response.text()).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
});
