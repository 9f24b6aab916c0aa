import { describe, expect, it } from 'vitest';
import { sharedGlossaryPage, sharedGlossaryPaths } from '../../../src/lib/page-data/glossary-page.ts';
import { planListPage } from '../../../src/lib/page-data/plan-list-page.ts';
import { regionalPage, regionalPaths } from '../../../src/lib/page-data/regional-page.ts';
import { footerLinks } from '../../../src/lib/page-data/page-shell.ts';
import { fixtureSite } from './fixture-site.ts';

const site = fixtureSite();

/** The fixture with a glossary in the predecessor plan too: its ＡＩ (full width) is the 2026 plan's AI. */
const withSharedTerm = () =>
  fixtureSite((files) => {
    files.set(
      'content/plans/sample-2023/glossary.csv',
      'id,term,reading,aliases,expansion,description,sort_reading,page\nai-2023,ＡＩ,エーアイ,,,人工知能のこと。,,11\n',
    );
  });

/** The fixture with figures of both plans on one subject, and one only the front plan speaks to. */
const withRegionalFigures = () =>
  fixtureSite((files) => {
    files.set(
      'content/regional-figures.csv',
      'topic,topic_title,plan_id,item_id,figure,counts,source\nwifi,避難所のWi-Fi,sample-2023,wifi-rate,整備率 39%,整備した避難所の割合,第3章\nwifi,避難所のWi-Fi,sample-2026,,今後も整備する,記載なし,第1章\nline,LINEの登録者,sample-2026,line-users,5600人,登録者数,第4章\n',
    );
  });

describe('planListPage', () => {
  it('lists every plan by municipality, newest first, with its period, status and what it publishes', () => {
    const page = planListPage(site);
    expect(page.layout.breadcrumbs).toEqual([{ label: 'トップ', href: '/' }, { label: '計画一覧' }]);
    expect(page.lead).toBe('このサイトに掲載している1団体の2計画です。トップページには見本計画2026（案）を表示しています。');
    expect(page.rows).toEqual([
      {
        municipality: '岩手県 北上市',
        plan: { href: '/', label: '見本計画2026（案）' },
        period: '2026〜2030年度（令和8〜12年度）',
        status: '案（パブリックコメント用）',
        contents: '本文 1章・目標 2・指標 2・用語 2',
      },
      {
        municipality: '岩手県 北上市',
        plan: { href: '/plans/sample-2023/', label: '見本計画2023' },
        period: '2023〜2025年度（令和5〜7年度）',
        status: '策定済み',
        contents: '目標 1・指標 1',
      },
    ]);
    expect(page.municipalities).toEqual([
      {
        id: 'municipality-032069',
        name: '岩手県 北上市',
        plans: [expect.objectContaining({ id: 'plan-sample-2026' }), expect.objectContaining({ id: 'plan-sample-2023' })],
      },
    ]);
  });
  it('links the cross-plan pages only where the site has them, and always the search', () => {
    expect(planListPage(site).across).toEqual([{ href: '/search/', label: 'サイト内検索', note: '：計画を選んで検索できます。' }]);
    expect(planListPage(withSharedTerm()).across.map((l) => l.label)).toEqual(['計画をまたぐ用語集', 'サイト内検索']);
    expect(planListPage(withRegionalFigures()).across.map((l) => l.label)).toEqual(['計画を並べて見る', 'サイト内検索']);
  });
});

describe('sharedGlossaryPage', () => {
  it('is not built, nor linked, when no term is defined by two plans', () => {
    expect(sharedGlossaryPaths(site)).toEqual([]);
    expect(sharedGlossaryPage(site).terms).toEqual([]);
  });
  it("sets each plan's definition side by side, naming a plan's own spelling when it differs", () => {
    const shared = withSharedTerm();
    expect(sharedGlossaryPaths(shared)).toEqual([{ params: { index: undefined } }]);
    expect(footerLinks(shared).map((l) => l.label)).toContain('計画をまたぐ用語集');
    const page = sharedGlossaryPage(shared);
    expect(page.layout.breadcrumbs).toEqual([
      { label: 'トップ', href: '/' },
      { label: '計画一覧', href: '/plans/' },
      { label: '計画をまたぐ用語集' },
    ]);
    expect(page.layout.search).toEqual({ type: '用語', plan: 'すべての計画' });
    expect(page.lead).toBe('2つ以上の計画が用語集で説明している用語1語について、各計画の説明を並べています。');
    expect(page.glossaries).toEqual([
      { href: '/plans/sample-2026/glossary/', label: '見本計画2026（案）（2語）' },
      { href: '/plans/sample-2023/glossary/', label: '見本計画2023（1語）' },
    ]);
    expect(page.terms).toHaveLength(1);
    expect(page.terms[0]!.label).toBe('AI');
    expect(page.terms[0]!.definitions).toEqual([
      {
        plan: { href: '/plans/sample-2026/glossary/#term-ai', label: '見本計画2026（案）' },
        ownSpelling: '',
        description: 'Artificial Intelligence の略称。\n人工知能。',
        notes: { marks: [], termId: 'ai' },
      },
      {
        plan: { href: '/plans/sample-2023/glossary/#term-ai-2023', label: '見本計画2023' },
        ownSpelling: '（ＡＩ）',
        description: '人工知能のこと。',
        notes: { marks: [], termId: 'ai-2023' },
      },
    ]);
  });
});

describe('regionalPage', () => {
  it('is not built when no subject has figures of two plans', () => {
    expect(regionalPaths(site)).toEqual([]);
  });
  it("quotes each plan's figure in plan order, linked to its item where it has a page, never ranked", () => {
    const regional = withRegionalFigures();
    expect(regionalPaths(regional)).toHaveLength(1);
    const page = regionalPage(regional);
    expect(page.topics.map((t) => [t.id, t.title, t.count])).toEqual([['wifi', '避難所のWi-Fi', '（2計画）']]);
    expect(page.topics[0]!.caption).toBe('避難所のWi-Fi：各計画の数値と数え方（順位ではありません）');
    expect(page.topics[0]!.rows).toEqual([
      {
        plan: { href: '/', label: '北上市' },
        planTitle: '見本計画2026（案）',
        figure: '今後も整備する',
        figureHref: undefined,
        counts: '記載なし',
        source: '第1章',
      },
      {
        plan: { href: '/plans/sample-2023/', label: '北上市' },
        planTitle: '見本計画2023',
        figure: '整備率 39%',
        figureHref: '/plans/sample-2023/indicators/wifi-rate/',
        counts: '整備した避難所の割合',
        source: '第3章',
      },
    ]);
    expect(page.csvHref).toBe('/data/regional-figures.csv');
  });
});
