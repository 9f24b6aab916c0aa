import { describe, expect, it } from 'vitest';
import { aboutPage, planSourceFacts } from '../../../src/lib/page-data/about-page.ts';
import { accessibilityPage } from '../../../src/lib/page-data/accessibility-page.ts';
import { columnsPage, columnsPaths } from '../../../src/lib/page-data/columns-page.ts';
import { homePage } from '../../../src/lib/page-data/home-page.ts';
import { methodologyPage } from '../../../src/lib/page-data/methodology-page.ts';
import { notFoundPage } from '../../../src/lib/page-data/not-found-page.ts';
import { searchPage } from '../../../src/lib/page-data/search-page.ts';
import {
  transcriptionNotesHref,
  transcriptionNotesPage,
  transcriptionNotesPaths,
} from '../../../src/lib/page-data/transcription-notes-page.ts';
import { fileText, fixtureSite, yokoteLikeSite } from './fixture-site.ts';

const site = fixtureSite();
const home = { label: 'トップ', href: '/' };

describe('homePage', () => {
  it('shows the front plan, described in its own vocabulary and filed in search as the plan', () => {
    const page = homePage(site);
    expect(page.content.plan.id).toBe('sample-2026');
    expect(page.layout).toEqual({
      title: '見本計画2026（案）',
      description: '北上市の「見本計画2026（案）」の本文、基本目標、施策、成果指標と達成状況。',
      breadcrumbs: [],
      search: { type: '計画', plan: '見本計画2026（案）' },
    });
    expect(homePage(yokoteLikeSite()).layout.description).toBe('北上市の「見本計画2026（案）」の本文、重点目標、施策、指標と達成状況。');
  });
});

describe('notFoundPage', () => {
  it("offers a search and the front plan's contents, indicators and glossary, in its words", () => {
    const page = notFoundPage(site);
    expect([page.heading, page.layout.title, page.lead]).toEqual([
      'ページが見つかりません',
      'ページが見つかりません',
      'お探しのページは、移動したか、アドレスが間違っている可能性があります。',
    ]);
    expect(page.search).toEqual({ action: '/search/', landmark: 'サイト内検索', label: 'サイト内を検索', submit: '検索' });
    expect(page.links).toEqual([
      { href: '/', label: 'トップページ（見本計画2026（案））' },
      { href: '/plans/sample-2026/chapters/', label: '計画本文の目次' },
      { href: '/plans/sample-2026/indicators/', label: '指標の一覧' },
      { href: '/plans/sample-2026/glossary/', label: '用語集' },
    ]);
    expect(notFoundPage(yokoteLikeSite()).links.at(-1)).toEqual({ href: '/plans/sample-2026/glossary/', label: '用語解説' });
  });
  it('leaves out the pages a front plan without chapters or glossary lacks', () => {
    const bare = { ...site, primary: { ...site.primary, chapters: [], glossary: [] } };
    expect(notFoundPage(bare).links.map((l) => l.label)).toEqual(['トップページ（見本計画2026（案））', '指標の一覧']);
  });
});

describe('aboutPage', () => {
  it('describes the comment letter only on a site with a plan under comment', () => {
    expect(aboutPage(site).build).toContain('意見書');
    const adopted = { ...site, plans: site.plans.map((p) => ({ ...p, plan: { ...p.plan, status: 'adopted' as const } })) };
    expect(aboutPage(adopted).build).not.toContain('意見書');
  });
  it("lists every plan's original with its facts, saying when the original's address is unknown", () => {
    const page = aboutPage(site);
    expect(page.layout.breadcrumbs).toEqual([home, { label: 'このサイトについて' }]);
    expect(page.sources.map((s) => [s.id, s.title])).toEqual([
      ['source-sample-2026', '見本計画2026（案）'],
      ['source-sample-2023', '見本計画2023'],
    ]);
    const facts = page.sources[1]!.facts;
    expect(facts.map((f) => f.term)).toEqual(['計画期間', '策定', '発行', '原本', 'データの利用条件', '出典の書き方（例）']);
    expect(facts[0]).toEqual({ term: '計画期間', text: '2023〜2025年度（令和5〜7年度）' });
    expect(facts[3]).toEqual({ term: '原本', text: '原本の公開場所（URL）は、このサイトではまだ確認できていません。' });
    expect(facts[5]).toEqual({ term: '出典の書き方（例）', text: '出典：見本計画' });
    expect([page.transcriptionNotesHref, page.columnsHref]).toEqual(['/transcription-notes/', '/data/columns/']);
  });
  it('links the original and shows the contacts a plan gives', () => {
    const plan = {
      ...site.primary.plan,
      source_url: 'https://example.jp/plan.pdf',
      postal_code: '024-8501',
      address: '北上市芳町1-1',
      phone: '0197-64-2111',
      fax: null,
      email: null,
    };
    const facts = planSourceFacts(plan);
    expect(facts).toContainEqual({ term: '原本', text: 'https://example.jp/plan.pdf', href: 'https://example.jp/plan.pdf' });
    expect(facts).toContainEqual({ term: '所在地', text: '024-8501 北上市芳町1-1' });
    expect(facts).toContainEqual({ term: '電話', text: '0197-64-2111' });
    expect(facts.map((f) => f.term)).not.toContain('FAX');
  });
});

describe('accessibilityPage', () => {
  const report = {
    date: '2026-12-01',
    axeVersion: '4.11.0',
    tags: ['wcag2a', 'wcag2aa'],
    modes: ['1280px', '320px', 'forced-colors', 'print'],
    pagesTested: 135,
    checks: 405,
    violations: 0,
    plans: ['sample-2023', 'sample-2026'],
  };
  it("shows the last run's results in words, and whom to tell", () => {
    const page = accessibilityPage(site, report);
    expect(page.results).toEqual({
      caption: '自動テストの結果（2026-12-01 実施）',
      rows: [
        { label: '実施日', value: '2026-12-01' },
        { label: '検査したページ数', value: '135 ページ（実施日に作ったサイトの全ページ）' },
        {
          label: '検査の条件',
          value: '画面幅 1280px、画面幅 320px（400% 拡大に相当）、強制カラー（ハイコントラスト）モード、print（計 405 回）',
        },
        { label: '検査ツール', value: 'axe-core 4.11.0（wcag2a、wcag2aa）' },
        { label: '見つかった問題', value: '0 件' },
      ],
    });
    expect(page.contact).toBe('読みにくい箇所や使いにくい点があれば、見本課へお知らせください。');
    // The fixture's front plan is under public comment: the letter tool is described.
    expect(page.withoutScript).toContain('意見書の作成');
    const noComment = { ...site, plans: site.plans.map((p) => ({ ...p, plan: { ...p.plan, status: 'adopted' as const } })) };
    expect(accessibilityPage(noComment, report).withoutScript).not.toContain('意見書');
  });
  it('says no results are recorded before the first run', () => {
    const page = accessibilityPage(site, null);
    expect(page.results).toBeNull();
    expect(page.noResults).toBe('自動テストの結果はまだ記録されていません。');
  });
  it('shows no results recorded on a build of other plans (a sixth city building from the README)', () => {
    for (const other of [
      { ...report, plans: ['kitakami-2026'] },
      { ...report, plans: undefined },
    ]) {
      const page = accessibilityPage(site, other);
      expect(page.results).toBeNull();
      expect(page.noResults).toBe('このサイトと同じ構成（掲載する計画）での自動テストの結果は、まだ記録されていません。');
    }
  });
});

describe('methodologyPage', () => {
  it("names the city's marks and explains every status with its symbol", () => {
    const marked = fixtureSite();
    const scale = ['◎ 達成', '○ 概ね達成', '△ 一部達成', '× 未取組'].map((g, i) => {
      const [symbol, label] = g.split(' ') as [string, string];
      return { scale_id: 'marks', symbol, label, definition: null, order: i + 1, evaluated: true };
    });
    marked.plans[0]!.scales = [...scale].reverse();
    const page = methodologyPage(marked);
    const unmarked = fixtureSite();
    for (const plan of unmarked.plans) plan.scales = [];
    expect(methodologyPage(unmarked).cityMarks).toBe(
      '市が公表した評価がある指標は、その記号を原本のとおりに示し、このサイトでは計算しません。',
    );
    expect(page.cityMarks).toBe(
      '市が公表した評価（◎ 達成、○ 概ね達成、△ 一部達成、× 未取組）がある指標は、その記号を原本のとおりに示し、このサイトでは計算しません。',
    );
    expect(page.statuses.map((s) => s.symbol)).toEqual(['★', '▲', '▼', '▶', '▽', '－', '◇']);
    expect(page.statuses[5]).toEqual({ symbol: '－', label: 'データなし', when: '現状値より後の年度の実績値が掲載されていないとき。' });
  });
});

describe('searchPage', () => {
  it("offers every plan and type as filters and, without JavaScript, the front plan's chapters, glossary and indicators", () => {
    const page = searchPage(site);
    expect(page.planGroups).toEqual([{ prefecture: null, plans: ['見本計画2026（案）', '見本計画2023'] }]);
    expect(page.types).toEqual(['計画', '章', '施策', '指標', '用語', 'データ']);
    expect(page.filters).toEqual({ plan: '計画', type: '種類', prefecture: '都道府県' });
    // The fixture's plans are all in one prefecture: no prefecture filter.
    expect(page.prefectures).toEqual([]);
    expect(page.plansByPrefecture).toBe(false);
    expect(page.noScriptLinks).toEqual([
      { href: '/plans/sample-2026/chapters/c1/', label: '第1章 計画の概要' },
      { href: '/plans/sample-2026/glossary/', label: '用語集' },
      { href: '/plans/sample-2026/indicators/', label: '指標の一覧' },
    ]);
    expect(page.labels.script.count.replace('{query}', 'AI').replace('{count}', '3')).toBe('「AI」の検索結果は 3 件です。');
  });
});

describe('transcriptionNotesPage', () => {
  it('has no section for a site without notes, and opens with the transcription policy', () => {
    const page = transcriptionNotesPage(site);
    expect(page.sections).toEqual([]);
    expect(page.policy.lead).toHaveLength(3);
    expect(page.policy.lead[2]).toBe('転記の決まりは次のとおりです。');
    expect(page.policy.rules).toHaveLength(8);
    expect(page.policy.rules[6]).toBe('原本にある半角スペース（「令和 5 年」など）は、原本のとおり残しています。');
    // The fixture's front plan is a draft under comment; a site without one does not mention comments.
    expect(page.policy.lead[0]).toContain('パブリックコメント中の案を含むため');
    const adopted = { ...site, plans: site.plans.map((p) => ({ ...p, plan: { ...p.plan, status: 'adopted' as const } })) };
    const text = JSON.stringify(transcriptionNotesPage(adopted).policy);
    expect(text).not.toMatch(/パブリックコメント|意見を出す/);
    // No example names one plan's own words.
    expect(text).not.toMatch(/標準標準|ガバナメント|◎/);
  });
  it('gives each plan a table of corrections and one of oddities kept as printed, with counts and row anchors', () => {
    const noted = fixtureSite((files) => {
      const mark = (path: string, text: string, id: number) => files.set(path, fileText(files.get(path)).replace(text, `${text}[!${id}]`));
      mark('content/plans/sample-2026/measures.csv', '行政事務の効率化', 1);
      mark('content/plans/sample-2026/initiatives.csv', '生成AIの活用', 2);
      mark('content/plans/sample-2026/goals.csv', '子育ての目標', 3);
      files.set(
        'content/plans/sample-2026/corrections.csv',
        'id,action,file,location,original,corrected,reason\n1,corrected,measures.csv,施策名,行政事務の効卒化,行政事務の効率化,抽出の誤り\n2,kept,initiatives.csv,取組,生成AIの活用,,原本のまま\n3,kept,goals.csv,目標,子育ての目標,,原本のまま\n',
      );
    });
    // The policy page lists each plan with its counts and links the plans that have notes.
    const index = transcriptionNotesPage(noted);
    expect(index.sections).toEqual([]);
    expect(index.plans).toEqual([
      {
        title: '見本計画2026（案）',
        href: '/transcription-notes/sample-2026/',
        counts: '（修正した箇所 1件、原文のまま掲載した気になる箇所 2件）',
      },
      { title: '見本計画2023', href: null, counts: '（記録はありません）' },
    ]);
    expect(transcriptionNotesPaths(noted).map((p) => p.params.part)).toEqual([undefined, 'sample-2026']);
    expect([transcriptionNotesHref(noted, 'sample-2026'), transcriptionNotesHref(noted, 'sample-2023')]).toEqual([
      '/transcription-notes/sample-2026/',
      '/transcription-notes/',
    ]);
    expect(() => transcriptionNotesPage(noted, 'sample-2023')).toThrow('unknown transcription notes page: sample-2023');
    // The plan's own page holds its tables, under the policy page.
    const page = transcriptionNotesPage(noted, 'sample-2026');
    expect([page.heading, page.showPolicy, page.policyHref]).toEqual(['転記の記録：見本計画2026（案）', false, '/transcription-notes/']);
    expect(page.layout.breadcrumbs.map((c) => c.label)).toEqual(['トップ', '転記の記録', '転記の記録：見本計画2026（案）']);
    // The page is about one plan: its banner and its contact are shown.
    expect(page.layout.planId).toBe('sample-2026');
    expect(page.sections.map((s) => [s.id, s.label, s.rows.map((r) => r.id)])).toEqual([
      ['sample-2026-corrected', '見本計画2026（案）：修正した箇所（1件）', ['sample-2026-note-1']],
      ['sample-2026-kept', '見本計画2026（案）：原文のまま掲載した、気になる箇所（2件）', ['sample-2026-note-2', 'sample-2026-note-3']],
    ]);
    expect(page.sections[0]!.columns).toEqual(['番号', '箇所', '抽出されたテキスト', '掲載している文字列', '理由']);
    expect(page.sections[1]!.columns).toEqual(['番号', '箇所', '原文', '気づいた点']);
    expect(page.sections[1]!.caption).toBe('見本計画2026（案）：原文のまま掲載した、気になる箇所（2件）の一覧');
    expect(page.sections[1]!.tableLabel).toBe('見本計画2026（案）：原文のまま掲載した、気になる箇所（2件）の一覧表');
  });
});

describe('columnsPage', () => {
  it('documents every table by its file, and a chapter file last', () => {
    const page = columnsPage();
    expect(page.heading).toBe('データの列の説明（列辞書）');
    expect(page.tables[0]).toMatchObject({
      title: '計画（plans.csv）',
      href: '/data/columns/plans/',
      count: expect.stringMatching(/^（\d+ 列）$/),
    });
    expect(page.tables.at(-1)).toMatchObject({ title: '本文の章（chapters/<章ID>.md の先頭）', href: '/data/columns/chapter/' });
    expect(page.section).toBeNull();
    // One page per table, each under the contents.
    const paths = columnsPaths().map((p) => p.params.table);
    expect(paths[0]).toBeUndefined();
    expect(new Set(paths).size).toBe(page.tables.length + 1);
    const plans = columnsPage('plans');
    expect([plans.heading, plans.section!.caption, plans.contentsHref]).toEqual([
      '計画（plans.csv）',
      '計画（plans.csv）の列',
      '/data/columns/',
    ]);
    expect(plans.layout.breadcrumbs.map((c) => c.label)).toEqual(['トップ', 'データの列の説明', '計画（plans.csv）']);
    expect(() => columnsPage('nothing')).toThrow('unknown column dictionary page: nothing');
  });
});
