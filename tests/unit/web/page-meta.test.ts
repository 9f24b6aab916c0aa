import { describe, expect, it } from 'vitest';
import { pageMeta } from '../../../src/lib/web/page-meta.ts';
import { robotsTxt, sitemapXml } from '../../../src/lib/web/sitemap.ts';

const plan = { title: '横手市デジタル推進計画', municipality_name: '横手市' };

describe('pageMeta', () => {
  it('gives every page a description, and a canonical URL and og:url only when the public address is known', () => {
    const meta = pageMeta({
      title: '用語集',
      siteName: '横手市DX計画の進捗',
      path: '/dx/plans/yokote-2023/glossary/',
      siteUrl: 'https://www.city.example.lg.jp',
      plan,
      parts: ['本文', '個別目標', '指標と進捗'],
    });
    expect(meta.documentTitle).toBe('用語集｜横手市DX計画の進捗');
    expect(meta.description).toBe(
      '用語集。横手市の「横手市デジタル推進計画」の本文・個別目標・指標と進捗を、原本の文言と数値のとおりに掲載しています。',
    );
    expect(meta.canonical).toBe('https://www.city.example.lg.jp/dx/plans/yokote-2023/glossary/');
    expect(meta.openGraph).toContainEqual(['og:locale', 'ja_JP']);
    const local = pageMeta({
      title: '横手市DX計画の進捗',
      siteName: '横手市DX計画の進捗',
      path: '/',
      siteUrl: null,
      plan: null,
      parts: [],
      description: '独自の説明',
    });
    expect([local.documentTitle, local.description, local.canonical]).toEqual(['横手市DX計画の進捗', '独自の説明', null]);
    expect(local.openGraph.map(([p]) => p)).not.toContain('og:url');
  });
});

describe('sitemap and robots.txt', () => {
  it('lists absolute URLs under the base path, sorted, without the 404 page', () => {
    const xml = sitemapXml('https://www.city.example.lg.jp', '/dx/', ['plans/b/', '', '404/', 'about/']);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://www.city.example.lg.jp/dx/',
      'https://www.city.example.lg.jp/dx/about/',
      'https://www.city.example.lg.jp/dx/plans/b/',
    ]);
    expect(robotsTxt('https://www.city.example.lg.jp', '/dx/')).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://www.city.example.lg.jp/dx/sitemap.xml\n',
    );
    expect(robotsTxt(null, '/')).toBe('User-agent: *\nAllow: /\n');
  });
});
