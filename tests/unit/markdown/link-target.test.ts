import { describe, expect, it } from 'vitest';
import { linkHref, linkKind } from '../../../src/lib/markdown/link-target.ts';

describe('linkKind', () => {
  it('tells the four kinds of link a chapter may have', () => {
    expect(
      ['https://www.city.example.jp/a?b=1#c', 'mailto:dx@city.example.jp', '/plans/x/indicators/', '#goals'].map((url) => linkKind(url)),
    ).toEqual([{ kind: 'external' }, { kind: 'mail' }, { kind: 'internal' }, { kind: 'anchor' }]);
  });

  it('refuses an address that runs on into the text after it', () => {
    expect(linkKind('https://www.city.example.jp/をご覧ください')).toHaveProperty('message');
  });
});

describe('linkHref', () => {
  const withBase = (path: string) => `/dx${path}`;
  it('puts a site link under the base path and an in-chapter link on the page the chapter lives on', () => {
    expect(linkHref({ href: '/plans/x/', kind: 'internal' }, '', withBase)).toBe('/dx/plans/x/');
    expect(linkHref({ href: '#goals', kind: 'anchor' }, '', withBase)).toBe('#goals');
    expect(linkHref({ href: '#goals', kind: 'anchor' }, '/dx/plans/x/chapters/c4/', withBase)).toBe('/dx/plans/x/chapters/c4/#goals');
    expect(linkHref({ href: 'https://a.example.jp/', kind: 'external' }, '/x/', withBase)).toBe('https://a.example.jp/');
  });
});
