import { describe, expect, it } from 'vitest';
import { planNotice } from '../../../src/lib/comments/plan-notice.ts';
import {
  embedShell,
  footerLinks,
  pageShell,
  publishedParts,
  searchHint,
  sitePageLayout,
  statusBanner,
} from '../../../src/lib/page-data/page-shell.ts';
import { fileText, fixtureSite, withColumns, yokoteLikeSite } from './fixture-site.ts';

const site = fixtureSite();
const plan = (id: string) => site.plans.find((p) => p.plan.id === id)!;

describe('pageShell', () => {
  it('shows a site-wide page under the front plan: its title, navigation, banner, and a search over all plans', () => {
    const shell = pageShell(site, { title: 'オープンデータ', path: '/data/' });
    expect(shell.meta.documentTitle).toBe('オープンデータ｜北上市DX計画の進捗');
    expect(shell.siteName).toBe('北上市DX計画の進捗');
    expect(shell.planTitle).toBe('見本計画2026（案）');
    expect(shell.nav.map((i) => i.label)).toEqual(['トップ', '計画本文', '成果指標', '前計画の達成状況', '用語集', '計画一覧']);
    expect(shell.nav.some((i) => i.current)).toBe(false);
    expect(shell.search).toEqual({
      action: '/search/',
      landmark: 'サイト内検索',
      label: 'サイト内を検索',
      hint: '例：AI',
      submit: '検索',
      plan: null,
      prefecture: null,
    });
    expect(shell.banner.status).toBe('public-comment');
    expect([shell.skipLink, shell.menu, shell.navLandmark, shell.breadcrumbsLandmark]).toEqual([
      '本文へ移動',
      'メニュー',
      'サイト内の主なページ',
      '現在位置',
    ]);
    expect(shell.feed).toEqual({ href: '/history/feed.xml', label: '更新履歴（数値の掲載と変更）' });
    expect(shell.footerNote).toBe(
      'このサイトは、掲載している各計画文書（原本）の文言と数値をそのまま掲載しています。原本と異なる点に気づいたら、見本課にお知らせください。',
    );
  });

  it("keeps a plan's page within that plan: its banner, its navigation, a search inside it, the current page marked", () => {
    const shell = pageShell(site, { title: '成果指標', path: '/plans/sample-2023/indicators/', planId: 'sample-2023' });
    expect(shell.planTitle).toBe('見本計画2023');
    expect(shell.banner.headline).toBe('見本計画2023は、2023年3月31日に策定された計画です。');
    expect(shell.banner.hasMore).toBe(false);
    expect(shell.nav.map((i) => [i.label, i.current])).toEqual([
      ['トップ', false],
      ['この計画のトップ', false],
      ['成果指標', true],
      ['達成状況', false],
      ['年度の進捗', false],
      ['計画一覧', false],
    ]);
    expect(shell.search.label).toBe('見本計画2023の中を検索');
    expect(shell.search.plan).toBe('見本計画2023');
    expect(shell.meta.description).toContain('北上市の「見本計画2023」');
  });

  it("names the plan's own office on its pages, and no one city's office on the site's pages of a several-city site", () => {
    const lead = 'このサイトは、掲載している各計画文書（原本）の文言と数値をそのまま掲載しています。原本と異なる点に気づいたら、';
    const twoCities = fixtureSite((files) => {
      const plans = fileText(files.get('content/plans.csv')).replace('sample-2023,032069,北上市', 'sample-2023,052035,横手市');
      files.set('content/plans.csv', withColumns(plans, ['contact'], { 'sample-2023': ['旧計画担当課'] }));
    });
    expect(pageShell(twoCities, { title: 'x', path: '/plans/sample-2023/', planId: 'sample-2023' }).footerNote).toBe(
      `${lead}旧計画担当課にお知らせください。`,
    );
    expect(pageShell(twoCities, { title: 'x', path: '/plans/sample-2026/', planId: 'sample-2026' }).footerNote).toBe(
      `${lead}見本課にお知らせください。`,
    );
    expect(pageShell(twoCities, { title: 'x', path: '/data/' }).footerNote).toBe(
      `${lead}その計画のページに載せた問い合わせ先にお知らせください。`,
    );
  });

  it("names the navigation in the plan's own vocabulary", () => {
    const yokote = yokoteLikeSite();
    expect(pageShell(yokote, { title: 'x', path: '/' }).nav.map((i) => i.label)).toEqual([
      'トップ',
      '計画本文',
      '指標',
      '前計画の達成状況',
      '用語解説',
      '計画一覧',
    ]);
  });

  it('gives a canonical address only when the site has a public address', () => {
    expect(pageShell(site, { title: 'x', path: '/about/' }).meta.canonical).toBeNull();
    const published = fixtureSite(undefined, { SITE_URL: 'https://dx.example.jp' });
    expect(pageShell(published, { title: 'x', path: '/about/' }).meta.canonical).toBe('https://dx.example.jp/about/');
  });
});

describe('statusBanner', () => {
  it('invites comments with a link to the letter while the period is open, and says only the headline once adopted', () => {
    const open = fixtureSite((files) => {
      const plans = fileText(files.get('content/plans.csv'));
      files.set('content/plans.csv', withColumns(plans, ['comment_start', 'comment_end'], { 'sample-2026': ['2026-01-05', '2026-02-04'] }));
    }).primary.plan;
    const banner = statusBanner(open, planNotice(open, '2026-01-20'));
    expect(banner.status).toBe('public-comment');
    expect(banner.hasMore).toBe(true);
    expect(banner.commentLink).toEqual({ href: '/plans/sample-2026/comments/', label: '意見の出し方と意見書の作成' });
    expect([banner.landmark, banner.more]).toEqual(['計画の状態', '詳しく']);
    const closed = statusBanner(open, planNotice(open, '2026-03-01'));
    expect(closed.commentLink).toBeNull();
    expect(statusBanner(plan('sample-2023').plan).commentLink).toBeNull();
  });
});

describe('footerLinks', () => {
  it('lists the site-wide pages, leaving out the cross-plan pages a site without shared terms or figures lacks', () => {
    expect(footerLinks(site).map((l) => l.label)).toEqual([
      'このサイトについて',
      '転記の記録',
      '更新履歴',
      'アクセシビリティ方針',
      'オープンデータ',
      '進捗の計算方法',
      'データの列の説明',
      '計画一覧',
    ]);
  });
});

describe('sitePageLayout', () => {
  it('trails from the top through the parents to the page, and files the page under all plans', () => {
    expect(sitePageLayout('用語', { parents: [{ label: '計画一覧', href: '/plans/' }], search: '用語' })).toEqual({
      title: '用語',
      breadcrumbs: [{ label: 'トップ', href: '/' }, { label: '計画一覧', href: '/plans/' }, { label: '用語' }],
      search: { type: '用語', plan: 'すべての計画' },
    });
  });
});

describe('embedShell', () => {
  it("points an embedded view's canonical link at the full page under the public address", () => {
    const input = { title: 't', description: 'd', canonicalPath: '/plans/sample-2026/indicators/line-users/' };
    expect(embedShell(site, input).canonical).toBeNull();
    const published = fixtureSite(undefined, { SITE_URL: 'https://dx.example.jp' });
    expect(embedShell(published, input)).toEqual({
      title: 't',
      description: 'd',
      canonical: 'https://dx.example.jp/plans/sample-2026/indicators/line-users/',
    });
  });
});

describe('searchHint', () => {
  it("takes its example from the front plan's own words: a glossary term, else a goal, else a plain invitation", () => {
    expect(searchHint(site)).toBe('例：AI');
    const noGlossary = { primary: { ...site.primary, glossary: [] } };
    expect(searchHint(noGlossary)).toBe(`例：${site.primary.goals[0]!.title}`);
    expect(searchHint({ primary: { ...site.primary, glossary: [], goals: [] } })).toBe('語句を入力');
  });
});

describe('publishedParts', () => {
  it('promises in a description only what the plan has, in its own words', () => {
    const front = site.primary;
    expect(publishedParts([front])).toEqual(['本文', '基本目標', '成果指標と進捗']);
    expect(publishedParts([{ ...front, indicators: [] }])).toEqual(['本文', '基本目標']);
    expect(publishedParts([{ ...front, chapters: [], indicators: [] }])).toEqual(['基本目標']);
    expect(publishedParts(yokoteLikeSite().plans.slice(0, 1))).toEqual(['本文', '重点目標', '指標と進捗']);
    expect(publishedParts(site.plans)).toEqual(['本文', '目標', '指標と進捗']);
  });
});
