import { describe, expect, it } from 'vitest';
import { versionsSite } from '../versions/versions-fixture.ts';
import {
  chapterChangesPage,
  chapterChangesPaths,
  versionChangesPage,
  versionChangesPaths,
  versionChapterPage,
  versionChapterPaths,
  versionListPage,
  versionListPaths,
  versionPage,
  versionPaths,
} from '../../../src/lib/page-data/version-pages.ts';
import { planById } from '../../../src/lib/content/queries.ts';
import { chapterPage } from '../../../src/lib/page-data/chapter-page.ts';
import { responsesPage } from '../../../src/lib/page-data/responses-page.ts';

const site = versionsSite();
const plan = 'ver-2026';

describe('version routes', () => {
  it('are made only for plans with versions.csv, for every version, chapter and comparison', () => {
    expect(versionListPaths(site)).toEqual([{ params: { plan } }]);
    expect(versionPaths(site).map((p) => p.params.version)).toEqual(['draft', 'adopted']);
    expect(versionChapterPaths(site).map((p) => `${p.params.version}/${p.params.chapter}`)).toEqual([
      'draft/c1',
      'draft/c2',
      'adopted/c1',
      'adopted/c2',
    ]);
    expect(versionChangesPaths(site).map((p) => p.params.version)).toEqual(['adopted']);
    expect(chapterChangesPaths(site).map((p) => p.params.chapter)).toEqual(['c1', 'c2']);
  });
});

describe('versionListPage', () => {
  it('lists the versions oldest first with status, printed date and the changes from the one before', () => {
    const page = versionListPage(site, { plan });
    expect(page.rows).toEqual([
      {
        id: 'version-draft',
        label: 'パブリックコメント版',
        current: null,
        href: '/plans/ver-2026/versions/draft/',
        status: '案（パブリックコメント用）',
        date: '令和8年●月',
        changes: null,
        first: '（最初の版）',
      },
      {
        id: 'version-adopted',
        label: '策定版',
        current: '（最新）',
        href: '/plans/ver-2026/versions/adopted/',
        status: '策定済み',
        date: '令和9年3月',
        changes: { label: 'パブリックコメント版から策定版への変更', href: '/plans/ver-2026/versions/adopted/changes/' },
        first: null,
      },
    ]);
    expect(page.lead).toContain('最新の版（策定版）');
  });
});

describe('versionPage and versionChapterPage', () => {
  it('says that an earlier version was replaced and links the latest', () => {
    const page = versionPage(site, { plan, version: 'draft' });
    expect(page.lead).toBe(
      'パブリックコメント版（令和8年●月）の本文です。この版は、その後「策定版」に改められました。このページの本文と表は、この版のままです。',
    );
    expect(page.chapters.map((c) => c.href)).toEqual([
      '/plans/ver-2026/versions/draft/chapters/c1/',
      '/plans/ver-2026/versions/draft/chapters/c2/',
    ]);
    expect(page.changes).toBeNull();
    expect(versionPage(site, { plan, version: 'adopted' }).latest).toBeNull();
  });

  it('shows a draft chapter with the draft’s own text and tables (a draft citation resolves to the draft)', () => {
    const page = versionChapterPage(site, { plan, version: 'draft', chapter: 'c2' });
    const texts = page.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.id] : []));
    expect(texts).toEqual(['system-p1', 'system-p2', 'progress-p1']);
    expect(planById(page.site, plan).observations.find((o) => o.kind === 'target')?.value).toBe(60);
    // The site passed to the page is untouched for every other use.
    expect(planById(site, plan).observations.find((o) => o.kind === 'target')?.value).toBe(80);
    expect(page.links).toEqual([{ label: 'この章を最新の版（策定版）で読む', href: '/plans/ver-2026/chapters/c2/' }]);
    expect(page.notice).toContain('この版は、その後「策定版」に改められました');
  });

  it('links the adopted chapter to its changes', () => {
    expect(versionChapterPage(site, { plan, version: 'adopted', chapter: 'c1' }).links).toEqual([
      { label: 'この章のパブリックコメント版からの変更点', href: '/plans/ver-2026/versions/adopted/changes/c1/' },
    ]);
  });
});

describe('versionChangesPage', () => {
  const page = versionChangesPage(site, { plan, version: 'adopted' });

  it('counts the changes per chapter', () => {
    expect(page.chapters.rows).toEqual([
      { label: '第1章 計画の概要', href: '/plans/ver-2026/versions/adopted/changes/c1/', counts: '追加 1・削除 0・変更 2' },
      { label: '第2章 計画の推進', href: '/plans/ver-2026/versions/adopted/changes/c2/', counts: '追加 0・削除 1・変更 1' },
    ]);
  });

  it('lists the changed figures from the tables', () => {
    expect(page.figures.rows.map((r) => [r.table, r.subject, r.change, r.fields.join(' ')])).toEqual([
      ['具体的な取組', '高齢者へのスマートフォン講座', '追加', '順番：3 取組内容：高齢者へのスマートフォン講座 原本のページ：3'],
      ['指標の値', 'オンラインで申請できる手続の割合', '変更', '値：60 → 80'],
    ]);
  });

  it('gives the response matrix: opinion → answer → the passages it changed, linked', () => {
    expect(page.matrix!.rows.map((r) => [r.id, r.passages, r.none])).toEqual([
      ['response-1', [{ label: '第1章(2) 第1段落', href: '/plans/ver-2026/versions/adopted/changes/c1/#change-goals-p1' }], null],
      [
        'response-2',
        [{ label: '第1章(2) 箇条書き1の3項目め', href: '/plans/ver-2026/versions/adopted/changes/c1/#change-goals-list1-3' }],
        null,
      ],
      ['response-3', [{ label: '第2章(2) 第1段落', href: '/plans/ver-2026/versions/adopted/changes/c2/#change-progress-p1' }], null],
      ['response-4', [], '修正なし'],
    ]);
    expect(page.matrix!.lead).toContain('意見4件のうち、市が「案を修正した」と答えたものは3件');
  });

  it('names the changes no answer is behind as the city’s own', () => {
    expect(page.own.passages).toEqual([
      { label: '第1章(1) 第2段落', href: '/plans/ver-2026/versions/adopted/changes/c1/#change-purpose-p2' },
      { label: '第2章(1) 第2段落', href: '/plans/ver-2026/versions/adopted/changes/c2/#removed-system-p2' },
    ]);
  });
});

describe('chapterChangesPage', () => {
  it('shows only the changed passages, marked inside, each with its answers or as the city’s own change', () => {
    const page = chapterChangesPage(site, { plan, version: 'adopted', chapter: 'c1' });
    expect(page.lead).toBe(
      'パブリックコメント版（令和8年●月）から策定版（令和9年3月）への、この章の変更 3件です（変更のない 5か所は省略しています）。',
    );
    expect(page.passages.map((p) => [p.id, p.label, p.kindLabel, p.answers.map((a) => a.label), p.own])).toEqual([
      ['change-purpose-p2', '第1章(1) 第2段落', '変更', [], '意見によらない修正'],
      ['change-goals-p1', '第1章(2) 第1段落', '変更', ['意見1'], null],
      ['change-goals-list1-3', '第1章(2) 箇条書き1の3項目め', '追加', ['意見2'], null],
    ]);
    const p1 = page.passages[1]!;
    expect(p1.answers[0]!.href).toBe('/plans/ver-2026/versions/adopted/changes/#response-1');
    expect(p1.read).toEqual([
      { label: 'パブリックコメント版で読む', href: '/plans/ver-2026/versions/draft/chapters/c1/#goals-p1' },
      { label: '策定版で読む', href: '/plans/ver-2026/versions/adopted/chapters/c1/#goals-p1' },
    ]);
    expect(page.passages[2]!.read.map((r) => r.label)).toEqual(['策定版で読む']);
  });

  it('labels a removed passage by its place in the older version', () => {
    const page = chapterChangesPage(site, { plan, version: 'adopted', chapter: 'c2' });
    expect(page.passages.map((p) => [p.label, p.kindLabel, p.parts])).toEqual([
      ['第2章(1) 第2段落', '削除', [{ kind: 'removed', text: '各課にDX推進員を置き、庁内の連携を図ります。' }]],
      [
        '第2章(2) 第1段落',
        '変更',
        [
          { kind: 'same', text: '毎年度、指標の実績を' },
          { kind: 'added', text: '市のホームページで' },
          { kind: 'same', text: '公表します。' },
        ],
      ],
    ]);
  });
});

describe('chapterPage of a plan with versions', () => {
  it("cites the newest version's own page, so a citation made today keeps its text when a newer version comes", () => {
    expect(chapterPage(site, { plan, chapter: 'c1' }).citePath).toBe('/plans/ver-2026/versions/adopted/chapters/c1/');
  });
  it('cites the page itself for a plan without versions.csv', () => {
    const without = { ...site, plans: site.plans.map((p) => ({ ...p, versions: [] })) };
    expect(chapterPage(without, { plan, chapter: 'c1' }).citePath).toBeNull();
  });
});

describe('responsesPage of a plan with versions', () => {
  it('links each answer that changed the draft to its row in the response matrix, and no other', () => {
    const rows = responsesPage(site, { plan }).rows;
    expect(rows.map((r) => [r.number, r.changesHref])).toEqual([
      [1, '/plans/ver-2026/versions/adopted/changes/#response-1'],
      [2, '/plans/ver-2026/versions/adopted/changes/#response-2'],
      [3, '/plans/ver-2026/versions/adopted/changes/#response-3'],
      [4, null],
    ]);
  });
});
