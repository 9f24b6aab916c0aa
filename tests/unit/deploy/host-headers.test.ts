/**
 * The three host formats (`_headers`, nginx, Apache) are written from one policy: read back by
 * small evaluators written here from each server's documented rules, every format gives every
 * path exactly the headers of `headersFor` — framing forbidden on pages, allowed on the embeddable
 * views — at the site root and under a base path.
 */
import { describe, expect, it } from 'vitest';
import {
  COMMON_HEADERS,
  EMBED_HEADERS,
  headerPolicy,
  headersFor,
  PAGE_HEADERS,
  type HeaderPolicy,
} from '../../../src/lib/security/headers.ts';
import { headersFile, type SiteEntry } from '../../../src/lib/deploy/headers-file.ts';
import { nginxConf } from '../../../src/lib/deploy/nginx-conf.ts';
import { htaccess } from '../../../src/lib/deploy/htaccess.ts';

type Headers = Record<string, string>;

const ENTRIES: SiteEntry[] = ['index.html', '404.html', 'favicon.svg', '_headers', '.htaccess']
  .map((name) => ({ name, folder: false }))
  .concat(['plans', 'data', 'embed', '_astro', 'pagefind', 'glossary', '_deploy'].map((name) => ({ name, folder: true })));
const PATHS = [
  '',
  'index.html',
  '404.html',
  'plans/kitakami-2026/',
  'plans/kitakami-2026/indicators/x/',
  'data/dx-plan-data.zip',
  '_astro/a.js',
  'pagefind/pagefind.js',
  'glossary/',
  'embed/',
  'embed/plans/kitakami-2026/indicators/x/',
];

/** `_headers` as Netlify applies it: every matching rule, a later rule's header replacing an earlier one. */
function netlify(text: string, path: string): Headers {
  const result: Headers = {};
  for (const { pattern, headers } of rulesOf(text)) {
    const matches = pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
    if (matches) Object.assign(result, headers);
  }
  return result;
}

/** `_headers` as Cloudflare Pages applies it: every matching rule, the same header's values joined by ", ". */
function cloudflare(text: string, path: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const { pattern, headers } of rulesOf(text)) {
    const matches = pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
    if (matches) for (const [name, value] of Object.entries(headers)) (result[name] ??= []).push(value);
  }
  return result;
}

function rulesOf(text: string): { pattern: string; headers: Headers }[] {
  const rules: { pattern: string; headers: Headers }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith('  ')) rules.push({ pattern: line, headers: {} });
    else {
      const [, name, value] = line.match(/^ {2}([A-Za-z-]+): (.+)$/)!;
      rules.at(-1)!.headers[name!] = value!;
    }
  }
  return rules;
}

/** The nginx snippet as nginx applies it: the location with the longest matching prefix, its add_header lines only. */
function nginx(text: string, path: string): Headers {
  const blocks = [...text.matchAll(/^location (\S+) \{\n([\s\S]*?)^\}/gm)].map((m) => ({ prefix: m[1]!, body: m[2]! }));
  const block = blocks.filter((b) => path.startsWith(b.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  if (!block) return {};
  const headers: Headers = {};
  for (const line of block.body.split('\n').filter((l) => l.includes('add_header'))) {
    const [, name, value] = line.match(/^ {4}add_header ([A-Za-z-]+) "([^"]*)" always;$/)!;
    headers[name!] = value!;
  }
  return headers;
}

/** The .htaccess as Apache applies it: the lines in order, then those of each matching <If>. */
function apache(text: string, path: string): Headers {
  const headers: Headers = {};
  let inIf: RegExp | null = null;
  for (const line of text.split('\n').map((l) => l.trim())) {
    const opening = line.match(/^<If "%\{REQUEST_URI\} =~ m#(.+)#">$/);
    if (opening) {
      inIf = new RegExp(opening[1]!.replace(/\\#/g, '#'));
      continue;
    }
    if (line === '</If>') {
      inIf = null;
      continue;
    }
    if (inIf && !inIf.test(path)) continue;
    const set = line.match(/^Header always set ([A-Za-z-]+) "([^"]*)"$/);
    const unset = line.match(/^Header always unset ([A-Za-z-]+)$/);
    if (set) headers[set[1]!] = set[2]!;
    if (unset) delete headers[unset[1]!];
  }
  return headers;
}

describe.each([
  ['at the site root', headerPolicy()],
  ['under a base path', { ...headerPolicy(), root: '/dx/', embedRoot: '/dx/embed/' } satisfies HeaderPolicy],
])('%s', (_where, policy) => {
  const files = { headers: headersFile(policy, ENTRIES), nginx: nginxConf(policy), apache: htaccess(policy) };

  it.each(PATHS.map((p) => [`${policy.root}${p}`]))('%s gets the same headers from every format', (path) => {
    const expected = headersFor(policy, path);
    expect(netlify(files.headers, path)).toEqual(expected);
    expect(nginx(files.nginx, path)).toEqual(expected);
    expect(apache(files.apache, path)).toEqual(expected);
    // Cloudflare sends both policies where two rules set one; the browser enforces both, so the
    // effect is that of the stricter: every other value must be the common policy it contains.
    const joined = cloudflare(files.headers, path);
    expect(Object.keys(joined).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, values] of Object.entries(joined)) {
      expect(values.at(-1), name).toBe(expected[name]);
      for (const other of values.slice(0, -1))
        expect([name, other]).toEqual(['Content-Security-Policy', COMMON_HEADERS['Content-Security-Policy']]);
    }
  });

  it('forbids framing of pages and allows it only for the embeddable views', () => {
    expect(headersFor(policy, `${policy.root}plans/a/`)['Content-Security-Policy']).toMatch(/; frame-ancestors 'none'$/);
    expect(headersFor(policy, `${policy.root}plans/a/`)['X-Frame-Options']).toBe('DENY');
    expect(headersFor(policy, `${policy.embedRoot}plans/a/indicators/b/`)['Content-Security-Policy']).toMatch(/; frame-ancestors \*$/);
    expect(headersFor(policy, `${policy.embedRoot}plans/a/indicators/b/`)['X-Frame-Options']).toBeUndefined();
    expect(headersFor(policy, null)).toEqual(COMMON_HEADERS);
  });

  it('gives every top-level entry but the embeddable views a rule in _headers', () => {
    const patterns = rulesOf(files.headers).map((r) => r.pattern);
    for (const entry of ENTRIES)
      expect(patterns, entry.name).toContain(
        `${policy.root}${entry.name}${entry.folder ? '/*' : ''}`.replace(`${policy.embedRoot.slice(0, -1)}/*`, `${policy.embedRoot}*`),
      );
    expect(patterns.filter((p) => p.startsWith(policy.embedRoot.slice(0, -1)))).toEqual([`${policy.embedRoot}*`]);
  });
});

describe('the formats', () => {
  it('send the policy with every response code (nginx always, Apache always) and use the site 404 page', () => {
    const policy = headerPolicy();
    expect(nginxConf(policy).match(/add_header/g)!.length).toBe(nginxConf(policy).match(/ always;/g)!.length);
    expect(nginxConf(policy)).toContain('error_page 404 /404.html;');
    expect(htaccess(policy)).not.toMatch(/^\s*Header (set|unset)/m);
    expect(htaccess(policy)).toContain('ErrorDocument 404 /404.html');
  });

  it('refuse a header value that would break out of its quotes', () => {
    const bad = { ...headerPolicy(), page: { ...PAGE_HEADERS, 'X-Test': 'a" always; add_header X "b' } };
    expect(() => nginxConf(bad)).toThrow(/cannot be written safely/);
    expect(() => htaccess(bad)).toThrow(/cannot be written safely/);
    expect(() => headersFile({ ...headerPolicy(), embed: { ...EMBED_HEADERS, 'X-Test': 'a\nb' } }, ENTRIES)).toThrow(
      /cannot be written safely/,
    );
  });

  it('refuse embeddable views that are not one folder under the root', () => {
    expect(() => headersFile({ ...headerPolicy(), embedRoot: '/data/embed/' }, ENTRIES)).toThrow(/one folder directly under/);
  });
});
