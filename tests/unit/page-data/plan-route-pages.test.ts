import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import type { ContentFile, SiteContent } from '../../../src/lib/content/types.ts';

type Files = Map<string, ContentFile>;
import { planById, planTerms } from '../../../src/lib/content/queries.ts';
import { planPageLabels } from '../../../src/lib/labels/plan-pages.ts';
import { goalPage, goalPaths } from '../../../src/lib/page-data/goal-page.ts';
import { indicatorPage, indicatorPaths } from '../../../src/lib/page-data/indicator-page.ts';
import { comparePage, comparePaths } from '../../../src/lib/page-data/compare-page.ts';
import { resultsPage, resultsPaths } from '../../../src/lib/page-data/results-page.ts';
import { indicatorListPage, indicatorListPaths } from '../../../src/lib/page-data/indicator-list-page.ts';
import { chapterListPage, chapterPage, chapterPaths } from '../../../src/lib/page-data/chapter-page.ts';
import { planGlossaryPage } from '../../../src/lib/page-data/plan-glossary-page.ts';
import { responsesPage, responsesPaths } from '../../../src/lib/page-data/responses-page.ts';
import { commentsPage, commentsPaths } from '../../../src/lib/page-data/comments-page.ts';
import { planHomePage, planHomePaths, planHomeView } from '../../../src/lib/page-data/plan-home-page.ts';
import { embedIndicatorPage } from '../../../src/lib/page-data/embed-indicator-page.ts';
import { evaluationTableData, outcomeIndicatorTableData } from '../../../src/lib/page-data/indicator-tables.ts';
import type { HistoryEntry } from '../../../src/lib/history/history-view.ts';

const fixture = join(import.meta.dirname, '../../fixtures/base/content');

/** The fixture site after `edit` changed its files in memory; the validator must accept it. */
function siteWith(edit: (files: Files) => void = () => {}): SiteContent {
  const files = new Map(readContentFiles(fixture));
  edit(files);
  const { site, errors } = validateContent(files, 'content', {});
  expect(errors).toEqual([]);
  return site!;
}

/** Adds columns to plans.csv, with a value per plan id (blank for the others). */
function withPlanColumns(files: Files, columns: Record<string, Record<string, string>>): void {
  const text = files.get('content/plans.csv')!.toString();
  const names = Object.keys(columns);
  const lines = text.trimEnd().split('\n');
  const out = lines.map((line, index) => {
    if (index === 0) return `${line},${names.join(',')}`;
    const id = line.split(',')[0]!;
    return `${line},${names.map((n) => columns[n]![id] ?? '').join(',')}`;
  });
  files.set('content/plans.csv', Buffer.from(`${out.join('\n')}\n`));
}

const SUCCESSION_HEADER = 'kind,previous_id,current_id,fate,linked_by,basis,reason,reason_source';

/** A succession table for sample-2026: its goal linked by the document, its indicator by this site. */
function withSuccession(files: Files, rows: string[]): void {
  files.set('content/plans/sample-2026/succession.csv', Buffer.from(`${[SUCCESSION_HEADER, ...rows].join('\n')}\n`));
}

const GOAL_BY_DOCUMENT = 'goal,g1,g1,changed,document,本文が前計画の目標を継承するとしています。,目標を継承するとしています。,本文';
const INDICATOR_BY_SITE = 'indicator,wifi-rate,,dropped,site,本計画に対応する指標は見当たりません。,,';

const base = siteWith();
const yokoteLike = siteWith((files) =>
  withPlanColumns(files, {
    goal_term: { 'sample-2026': '個別目標' },
    measure_term: { 'sample-2026': '重点取組項目' },
    indicator_term: { 'sample-2026': '指標', 'sample-2023': '指標' },
  }),
);

describe('plan route paths', () => {
  it('build one page per goal, indicator and chapter, and plan pages only where the plan has them', () => {
    expect(goalPaths(base).map((p) => p.params)).toEqual([
      { plan: 'sample-2026', goal: 'g1' },
      { plan: 'sample-2026', goal: 'g2' },
      { plan: 'sample-2023', goal: 'g1' },
    ]);
    expect(indicatorPaths(base).map((p) => `${p.params.plan}/${p.params.indicator}`)).toEqual([
      'sample-2026/line-users',
      'sample-2026/satisfaction',
      'sample-2023/wifi-rate',
    ]);
    expect(chapterPaths(base).map((p) => p.params)).toEqual([{ plan: 'sample-2026', chapter: 'c1' }]);
    expect(resultsPaths(base).map((p) => p.params.plan)).toEqual(['sample-2023']);
    expect(indicatorListPaths(base).map((p) => p.params.plan)).toEqual(['sample-2026', 'sample-2023']);
    expect(commentsPaths(base).map((p) => p.params.plan)).toEqual(['sample-2026']);
    expect(responsesPaths(base).map((p) => p.params.plan)).toEqual(['sample-2026']);
    // The primary plan's home is the site root.
    expect(planHomePaths(base).map((p) => p.params.plan)).toEqual(['sample-2023']);
    // Without a succession table there is nothing to compare.
    expect(comparePaths(base)).toEqual([]);
    expect(comparePaths(siteWith((files) => withSuccession(files, [GOAL_BY_DOCUMENT]))).map((p) => p.params.plan)).toEqual(['sample-2026']);
  });
  it('refuse parameters that name nothing', () => {
    expect(() => goalPage(base, { plan: 'sample-2026', goal: 'g9' })).toThrow('g9');
    expect(() => goalPage(base, { plan: 'sample-2026' })).toThrow('goal');
    expect(() => indicatorPage(base, { plan: 'nowhere', indicator: 'x' }, null)).toThrow('nowhere');
  });
});

describe('goalPage', () => {
  it('shows the goal, its quoted description and its sections in the default vocabulary', () => {
    const page = goalPage(base, { plan: 'sample-2026', goal: 'g1' });
    expect(page.title).toBe('基本目標1：子育ての目標');
    expect(page.shell).toEqual({
      title: '基本目標1：子育ての目標｜見本計画2026（案）',
      planId: 'sample-2026',
      breadcrumbs: [{ label: '見本計画2026（案）', href: '/' }, { label: '基本目標1：子育ての目標' }],
      search: { type: '施策', plan: '見本計画2026（案）' },
    });
    expect(page.meta).toBe('見本計画2026（案） ・原本 p.16');
    expect(page.description).toMatchObject({
      heading: '目標の説明',
      href: '/plans/sample-2026/chapters/c1/#goal-1',
      source: '第1章 計画の概要「基本目標1」',
      before: '本文 ',
      after: 'から引用しています。',
    });
    expect(page.measures).toEqual({ heading: '基本施策（2）' });
    expect(page.initiatives).toBeNull();
    expect(page.roadmap).toBeNull();
    expect(page.indicators).toMatchObject({ heading: '指標', table: 'outcome', progressHeading: '指標ごとの進捗' });
    expect(page.indicators!.items.map((i) => [i.label, i.href])).toEqual([
      ['子育てLINEの登録者数', '/plans/sample-2026/indicators/line-users/'],
    ]);
    expect(page.toc).toEqual([
      { id: 'description', label: '目標の説明' },
      { id: 'measures', label: '基本施策（2）' },
      { id: 'indicators', label: '指標' },
    ]);
  });
  it("uses the evaluation table for a plan with the city's marks, and leaves out what a goal lacks", () => {
    const page = goalPage(base, { plan: 'sample-2023', goal: 'g1' });
    expect(page.indicators?.table).toBe('evaluation');
    expect(page.description).toBeNull();
    expect(page.measures).toBeNull();
    expect(page.meta).toBe('見本計画2023 ・原本 p.10');
  });
  it("follows the plan's own words for its goals and measures", () => {
    const page = goalPage(yokoteLike, { plan: 'sample-2026', goal: 'g1' });
    expect(page.title).toBe('個別目標1：子育ての目標');
    expect(page.measures).toEqual({ heading: '重点取組項目（2）' });
    expect(page.toc.map((t) => t.label)).toContain('重点取組項目（2）');
  });
});

describe("indicator tables in the plan's vocabulary", () => {
  it('head the outcome indicators and the evaluation with 成果指標 / 基本施策 by default', () => {
    const terms = planTerms(planById(base, 'sample-2026').plan);
    expect(planPageLabels.outcomeIndicatorTable.indicator(terms)).toBe('成果指標');
    expect(planPageLabels.outcomeIndicatorTable.caption(terms, '見本計画2026（案）', 1)).toBe('見本計画2026（案） 基本目標1の成果指標');
    expect(planPageLabels.evaluationTable.measure(terms)).toBe('基本施策');
  });
  it('head them with 指標 for a plan whose indicator_term is 指標 (as Yokote prints)', () => {
    const terms = planTerms(planById(yokoteLike, 'sample-2026').plan);
    expect(planPageLabels.outcomeIndicatorTable.indicator(terms)).toBe('指標');
    expect(planPageLabels.outcomeIndicatorTable.caption(terms, '見本計画2026（案）', 1)).toBe('見本計画2026（案） 個別目標1の指標');
    expect(planPageLabels.evaluationTable.measure(terms)).toBe('重点取組項目');
    const previous = planTerms(planById(yokoteLike, 'sample-2023').plan);
    expect(planPageLabels.evaluationTable.caption(previous, '見本計画2023', 1)).toBe('見本計画2023 基本目標1の指標と達成状況');
  });
});

describe('per-goal indicator tables', () => {
  it("head the outcome indicators with 成果指標 by default, and keep the document's note heading", () => {
    const table = outcomeIndicatorTableData(planById(base, 'sample-2026'), 'g1', 'c1-x');
    expect(table.caption).toBe('見本計画2026（案） 基本目標1の成果指標');
    expect(table.heads).toEqual({ indicator: '成果指標', baseline: '現状値', target: '目標値', source: '出典', note: '備考' });
    expect(table.rows.map((r) => [r.id, r.baseline?.value, r.source, r.note])).toEqual([
      ['c1-x-indicator-line-users', 3096, '所管課調べ', '・年間約500件の新規登録を目標'],
    ]);
    expect(outcomeIndicatorTableData(planById(base, 'sample-2026'), 'g2').heads.note).toBe('評価方法');
  });
  it('head them with 指標 for a plan whose indicator_term is 指標 (as Yokote prints)', () => {
    const table = outcomeIndicatorTableData(planById(yokoteLike, 'sample-2026'), 'g1');
    expect(table.caption).toBe('見本計画2026（案） 個別目標1の指標');
    expect(table.heads.indicator).toBe('指標');
    expect(JSON.stringify(table.heads)).not.toContain('成果指標');
  });
  it('give the evaluation table one column per kind and year, the measure column and the marks', () => {
    const table = evaluationTableData(planById(base, 'sample-2023'), 'g1');
    expect(table.caption).toBe('見本計画2023 基本目標1の成果指標と達成状況');
    expect(table.heads).toEqual({ measure: '基本施策', indicator: '指標', evaluation: '評価' });
    expect(table.columns.map((c) => [c.label, c.year])).toEqual([
      ['目標値', 2025],
      ['実績値', 2023],
      ['実績値', 2024],
    ]);
    expect(table.rows.map((r) => [r.id, r.cells.map((o) => o?.value), r.mark])).toEqual([['indicator-wifi-rate', [69, null, 39], '△']]);
  });
  it("word the evaluation table in the evaluated plan's vocabulary", () => {
    const table = evaluationTableData(planById(yokoteLike, 'sample-2023'), 'g1');
    expect(table.caption).toBe('見本計画2023 基本目標1の指標と達成状況');
    expect(JSON.stringify(table)).not.toContain('成果指標');
    expect(() => evaluationTableData(planById(base, 'sample-2023'), 'g9')).toThrow('g9');
  });
});

describe('resultsPage', () => {
  it('names the documents that published the values and counts the marks', () => {
    const page = resultsPage(base, { plan: 'sample-2023' });
    expect(page.title).toBe('見本計画2023の成果指標と達成状況');
    expect(page.shell.breadcrumbs.at(-1)).toEqual({ label: '成果指標と達成状況' });
    expect(page.lead).toBe(
      '見本計画2023で設定した1の成果指標について、「見本計画2026（案）」に掲載された実績値・見込値と、市による評価です。評価の記号は原本のとおりで、このサイトが計算し直したものではありません。',
    );
    expect(page.legend.marks.find((m) => m.value === '△')?.count).toBe(1);
    expect(page.legend.marks.reduce((sum, m) => sum + m.count, 0)).toBe(1);
    expect(page.goals.map((g) => g.heading)).toEqual(['基本目標1「前の目標」']);
    expect(page.successors).toEqual([]);
  });
  it('says 指標と達成状況 for a plan that calls its indicators 指標', () => {
    const page = resultsPage(yokoteLike, { plan: 'sample-2023' });
    expect(page.title).toBe('見本計画2023の指標と達成状況');
    expect(page.lead).toContain('1の指標について');
    expect(page.lead).not.toContain('成果指標');
  });
  it("points to the successor's comparison when it has one", () => {
    const site = siteWith((files) => withSuccession(files, [GOAL_BY_DOCUMENT]));
    expect(resultsPage(site, { plan: 'sample-2023' }).successors).toEqual([
      {
        before: 'これらの指標が「見本計画2026（案）」でどう引き継がれたか（継続・見直し・対応なし）は、',
        link: '前計画との比較',
        after: 'にまとめています。',
        href: '/plans/sample-2026/compare/#indicators',
      },
    ]);
  });
});

describe('comparePage', () => {
  it('says who links each level from the rows, and never a chapter the plan does not name', () => {
    const site = siteWith((files) => withSuccession(files, [GOAL_BY_DOCUMENT, INDICATOR_BY_SITE]));
    const page = comparePage(site, { plan: 'sample-2026' });
    expect(page.lead).toBe('見本計画2023から見本計画2026（案）へ、基本目標・基本施策・指標がどう引き継がれたかを示します。');
    expect(page.linkage).toEqual([
      '基本目標の対応は原本が示しています。',
      '指標の対応づけ（どの項目がどの項目を引き継いだか、「新規」「この計画に対応なし」の判断）は原本には書かれておらず、両計画の文言をもとにこのサイトが読み取ったものです。',
    ]);
    expect(JSON.stringify(page)).not.toContain('第4章');
  });
  it('names where the document states the succession when the plan records it (succession_source)', () => {
    const site = siteWith((files) => {
      withSuccession(files, [GOAL_BY_DOCUMENT, INDICATOR_BY_SITE]);
      withPlanColumns(files, { succession_source: { 'sample-2026': '第4章(2)' } });
    });
    expect(comparePage(site, { plan: 'sample-2026' }).linkage[0]).toBe(
      '基本目標の対応は原本（見本計画2026（案）第4章(2)）が示しています。',
    );
  });
  it('lists the rows of each level with links, marks and reasons', () => {
    const site = siteWith((files) => withSuccession(files, [GOAL_BY_DOCUMENT, INDICATOR_BY_SITE]));
    const page = comparePage(site, { plan: 'sample-2026' });
    expect(page.sections.map((s) => [s.id, s.heading, s.counts])).toEqual([
      ['goals', '基本目標', '見直して継続 1'],
      ['measures', '基本施策', ''],
      ['indicators', '指標', 'この計画に対応なし 1'],
    ]);
    expect(page.sections[0]!.rows[0]).toMatchObject({
      id: 'goal-g1-g1',
      previous: { name: '前の目標', href: '/plans/sample-2023/goals/g1/' },
      current: { name: '子育ての目標', href: '/plans/sample-2026/goals/g1/' },
      fate: '見直して継続',
      linkedBy: '原本が示す対応',
      reason: '目標を継承するとしています。',
      reasonSource: '本文',
    });
    expect(page.sections[2]!.rows[0]).toMatchObject({
      id: 'indicator-wifi-rate-none',
      current: null,
      mark: '△',
      reason: '原本に理由の記載なし',
    });
    expect(page.previousResults).toEqual({
      label: '前計画の成果指標と達成状況',
      after: 'もあわせてご覧ください。',
      href: '/plans/sample-2023/results/',
    });
    expect(page.missing).toBeNull();
  });
  it("uses the plan's words for its levels and says when a level is linked both ways", () => {
    const site = siteWith((files) => {
      withSuccession(files, [GOAL_BY_DOCUMENT, 'goal,,g2,new,site,前計画に対応する目標は見当たりません。,,']);
      withPlanColumns(files, { goal_term: { 'sample-2026': '個別目標' } });
    });
    const page = comparePage(site, { plan: 'sample-2026' });
    expect(page.sections[0]!.heading).toBe('個別目標');
    expect(page.linkage).toEqual(['個別目標の対応づけには、原本が示すものと、両計画の文言をもとにこのサイトが読み取ったものがあります。']);
    expect(page.missing).toBe('対応表に載っていない前計画の項目があります：wifi-rate');
  });
});

describe('indicatorPage', () => {
  const entry = (indicatorId: string): HistoryEntry =>
    ({
      date: '2026-11-25',
      time: '2026-11-25T10:00:00+09:00',
      commit: 'abc',
      reason: 'r',
      type: 'value-added',
      planId: 'sample-2026',
      planTitle: '見本計画2026（案）',
      indicatorId,
      indicatorName: null,
      fiscalYear: 2030,
      valueKind: 'target',
      before: null,
      after: '5600',
      summary: '値を掲載',
      href: '/',
    }) as unknown as HistoryEntry;
  it("lists the facts in order, with the document's own note heading", () => {
    const page = indicatorPage(base, { plan: 'sample-2026', indicator: 'line-users' }, null);
    expect(page.goal).toEqual({ term: '基本目標', label: '基本目標1：子育ての目標', href: '/plans/sample-2026/goals/g1/' });
    expect(page.measure).toBeNull();
    expect(page.facts.map((f) => f.term)).toEqual(['単位', '値の種類', '望ましい方向', '出典']);
    expect(page.facts[0]!.value).toBe('人');
    expect(page.facts.at(-1)!.value).toBe('所管課調べ');
    expect(page.note).toEqual({ term: '備考', text: '・年間約500件の新規登録を目標' });
    expect(page.printedIn.text).toBe('見本計画2026（案） 原本 p.18〜（掲載節の開始ページ）');
    expect(page.printedIn.sections).toEqual([{ label: '第1章 計画の概要「基本目標1」', href: '/plans/sample-2026/chapters/c1/#goal-1' }]);
    expect(page.noActuals).toBe('この指標の実績値は掲載されていません。');
    expect(page.showProgress).toBe(true);
    expect(page.evaluation).toBeNull();
    expect(page.shell.breadcrumbs.map((c) => c.label)).toEqual(['見本計画2026（案）', '指標の一覧', '子育てLINEの登録者数']);
    expect(page.embedHeight).toBeGreaterThan(0);
  });
  it("says when the history is unavailable, empty, or lists only this indicator's changes", () => {
    const without = indicatorPage(base, { plan: 'sample-2026', indicator: 'line-users' }, null).history;
    expect([without.entries, without.message]).toEqual([
      null,
      'このサイトは元データの変更履歴がない環境で作られたため、更新履歴を表示できません。',
    ]);
    const empty = indicatorPage(base, { plan: 'sample-2026', indicator: 'line-users' }, [entry('satisfaction')]).history;
    expect([empty.entries, empty.message]).toEqual([null, '記録された変更はありません。']);
    const some = indicatorPage(base, { plan: 'sample-2026', indicator: 'line-users' }, [
      entry('satisfaction'),
      entry('line-users'),
    ]).history;
    expect(some.entries?.map((e) => e.indicatorId)).toEqual(['line-users']);
    expect(some.message).toBeNull();
  });
  it("shows the city's mark instead of computed progress, and where it was published", () => {
    const page = indicatorPage(base, { plan: 'sample-2023', indicator: 'wifi-rate' }, null);
    expect(page.evaluation).toEqual({ term: '市の評価', mark: '△', label: '一部達成', where: '（見本計画2026（案） 原本 p.12〜）' });
    expect(page.gradeHistory).toEqual({
      term: '年度ごとの評価',
      text: '令和7年度 △',
      link: { label: '年度ごとの進捗', href: '/plans/sample-2023/progress/' },
    });
    expect(page.showProgress).toBe(false);
    expect(page.noActuals).toBeNull();
    expect(page.facts.find((f) => f.term === '出典')?.value).toBe('原本に記載なし');
  });
  it('states the lineage and who made it', () => {
    const site = siteWith((files) => withSuccession(files, [GOAL_BY_DOCUMENT, INDICATOR_BY_SITE]));
    const [lineage] = indicatorPage(site, { plan: 'sample-2023', indicator: 'wifi-rate' }, null).lineage;
    expect(lineage).toMatchObject({
      term: '見本計画2026（案）での扱い',
      other: null,
      basis: 'この対応づけはこのサイトの読み取りで、原本はこの対応を示していません。対応づけの根拠：本計画に対応する指標は見当たりません。',
      reason: '理由・経緯（原本）：原本に理由の記載なし',
      compare: { label: '前計画との比較を見る', href: '/plans/sample-2026/compare/#indicators' },
    });
  });
  it('gives the embeddable view the same title, source and canonical page', () => {
    const page = embedIndicatorPage(base, { plan: 'sample-2026', indicator: 'line-users' });
    expect(page.shell).toEqual({
      title: '子育てLINEの登録者数｜見本計画2026（案）',
      description: '見本計画2026（案）の指標「子育てLINEの登録者数」の年度ごとの値（グラフと表）と出典です。',
      canonicalPath: '/plans/sample-2026/indicators/line-users/',
    });
    expect(page.view.height).toBe(indicatorPage(base, { plan: 'sample-2026', indicator: 'line-users' }, null).embedHeight);
  });
});

describe('indicatorListPage', () => {
  it('shows only the value columns the plan has data for, and marks only where the plan has them', () => {
    const page = indicatorListPage(base, { plan: 'sample-2026' });
    expect(page.lead).toBe('見本計画2026（案）の2の指標です。指標名を選ぶと、すべての値と出典・備考を見られます。');
    expect(page.caption).toBe('見本計画2026（案）の指標（2指標）');
    expect(page.columns.values.map((c) => c.label)).toEqual(['現状値', '目標値']);
    expect(page.columns.evaluation).toBeNull();
    expect(page.rows.map((r) => [r.goal.label, r.indicator.id, r.values.map((v) => v.observation?.value)])).toEqual([
      ['基本目標1', 'line-users', [3096, 5600]],
      ['基本目標2', 'satisfaction', [50.8, 55]],
    ]);
    const previous = indicatorListPage(base, { plan: 'sample-2023' });
    expect(previous.columns.values.map((c) => c.label)).toEqual(['最新の実績値', '目標値']);
    expect(previous.rows[0]!.mark).toEqual({ value: '△', label: '一部達成' });
  });
  it("heads the goal column with the plan's word for goals", () => {
    expect(indicatorListPage(yokoteLike, { plan: 'sample-2026' }).columns.goal).toBe('個別目標');
  });
});

describe('chapter pages', () => {
  it('explain the citation labels and lead to the glossary after the last chapter', () => {
    const page = chapterPage(base, { plan: 'sample-2026', chapter: 'c1' });
    expect(page.title).toBe('第1章 計画の概要');
    expect(page.page).toBe('原本 p.2〜');
    expect(page.citeHelp).toBe(
      '各段落や見出しの後ろの「¶」は、その箇所の固定リンクです。選ぶと、引用用の表記（「第1章…」）、「引用をコピー」と「この箇所に意見を書く」が出ます。原本のページは、その節が始まるページです。',
    );
    expect(page.pager).toEqual({ label: '前後の章', previous: null, next: { label: '次：用語集', href: '/plans/sample-2026/glossary/' } });
    expect(page.shell.breadcrumbs.map((c) => c.label)).toEqual(['見本計画2026（案）', '目次', '第1章 計画の概要']);
  });
  it('list chapters with their sections and pages', () => {
    const page = chapterListPage(base, { plan: 'sample-2026' });
    expect(page.shell.title).toBe('目次 見本計画2026（案）');
    expect(page.lead).toBe('見本計画2026（案）の本文です。ページ番号は原本（PDF）の目次のページです。');
    expect(page.chapters[0]).toMatchObject({
      label: '第1章 計画の概要',
      page: '原本 p.2',
      sections: [{ text: '(1) 計画策定の趣旨', page: '原本 p.2' }],
    });
    expect(page.glossary).toEqual({ label: '用語集', href: '/plans/sample-2026/glossary/', page: '原本 p.24' });
  });
});

describe('planGlossaryPage', () => {
  it('titles the glossary as the plan does and counts its terms', () => {
    const page = planGlossaryPage(base, { plan: 'sample-2026' });
    expect(page.title).toBe('用語集');
    expect(page.page).toBe('原本 p.24〜');
    expect(page.lead).toBe('見本計画2026（案）の用語集の2語です。説明は原本のとおりです。読みは原本に書かれているものだけを載せています。');
    expect(page.indexLabel).toBe('用語集の索引');
    expect(page.groups.flatMap((g) => g.entries.map((e) => e.term.id)).sort()).toEqual(['ai', 'app']);
    const ai = page.groups.flatMap((g) => g.entries).find((e) => e.term.id === 'ai')!;
    expect(ai.lines.length).toBe(2);
    const titled = planGlossaryPage(
      siteWith((files) => withPlanColumns(files, { glossary_term: { 'sample-2026': '用語解説' } })),
      { plan: 'sample-2026' },
    );
    expect([titled.title, titled.indexLabel, titled.shell.title]).toEqual(['用語解説', '用語解説の索引', '用語解説｜見本計画2026（案）']);
  });
});

describe('public comment pages', () => {
  it('say the results are not published yet and invite comments while the period is open', () => {
    const page = responsesPage(base, { plan: 'sample-2026' });
    expect(page.unpublished).toEqual({
      text: '見本計画2026（案）への意見募集（パブリックコメント）の結果（寄せられた意見の要旨と市の考え方）は、まだ公表されていません。市が公表した後、このページに掲載します。',
      invitation: { before: '意見を出したい方は、', link: '意見書の作成', after: 'をご覧ください。', href: '/plans/sample-2026/comments/' },
    });
    expect(page.rows).toEqual([]);
  });
  it('give the composer its subject and offer mail only with an address', () => {
    const page = commentsPage(base, { plan: 'sample-2026' });
    expect(page.subject).toBe('件名：見本計画2026（案）に対する意見');
    expect(page.canMail).toBe(false);
    expect(page.shell.search).toBeUndefined();
    expect(page.contentsHref).toBe('/plans/sample-2026/chapters/');
  });
});

describe('plan home', () => {
  it('summarises the plan in its own words', () => {
    const view = planHomeView(base, planById(base, 'sample-2026'));
    expect(view.goals?.heading).toBe('基本目標と基本施策・指標');
    expect(view.goals?.summary).toBe('この計画には、2 つの基本目標、3 の基本施策（うち重点 2）、2 の指標があります。');
    expect(view.goals?.cards[0]?.indicators?.items[0]?.values).toBe(
      '現状値 3,096人（2024年度（令和6年度）） → 目標値 5,600人（2030年度（令和12年度））',
    );
    expect(view.more.links.map((l) => l.label)).toContain('前計画（見本計画2023）の成果指標と達成状況');
    const yokote = planHomeView(yokoteLike, planById(yokoteLike, 'sample-2026'));
    expect(yokote.goals?.heading).toBe('個別目標と重点取組項目・指標');
    expect(yokote.more.links.map((l) => l.label)).toContain('前計画（見本計画2023）の指標と達成状況');
  });
  it("puts a plan's home under the plan list", () => {
    const page = planHomePage(base, { plan: 'sample-2023' });
    expect(page.shell.breadcrumbs).toEqual([
      { label: 'トップ', href: '/' },
      { label: '計画一覧', href: '/plans/' },
      { label: '見本計画2023' },
    ]);
    expect(page.view.more.links.map((l) => l.label)).toContain('成果指標と達成状況（市による評価）');
  });
});
