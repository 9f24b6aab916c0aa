/**
 * (仮称)盛岡市行政デジタル・トランスフォーメーション推進計画（案） (morioka-2021), loaded exactly
 * as the build loads it. The expected texts and figures below were typed from the source document
 * (seed 002) independently of the CSV files, so a slip in either shows up here. Where the seed's
 * extraction wrote 「, 」「 (」「A I」 on some pages, the site publishes 「，」「（」「AI」, as
 * recorded in corrections.csv.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import {
  planById,
  measuresOfGoal,
  initiativesOfMeasure,
  indicatorsOfGoal,
  latestOf,
  observationsOf,
} from '../../src/lib/content/queries.ts';
import { inlineText } from '../../src/lib/markdown/inline-text.ts';

const { site, errors } = validateContent(readContentFiles(join(import.meta.dirname, '../../content')));

// 目次: chapters and their pages; the appendix 総務省自治体DX推進計画概要 is 参考資料 (p.24).
const chapters = [
  [1, null, '計画策定にあたって', 1],
  [2, null, '推進方針', 7],
  [3, null, '計画の構成', 10],
  [4, null, '個別施策と取組の展開', 13],
  [5, '参考資料', '総務省自治体DX推進計画概要', 24],
];

const goals = [
  ['1', '利用者視点に立った行政サービスの実現', 10],
  ['2', '行政事務のデジタル改革', 11],
  ['3', 'デジタル化を支える基盤の確立', 11],
];

// 第4章: number, 施策名 (本文の見出し), page (目次), 主な取組 ①②③…
const measures: Record<string, [string, string, number, string[]][]> = {
  g1: [
    [
      '(1)',
      '行政手続きのオンライン化',
      13,
      [
        '国が「優先的にオンライン化を推進すべき」とする27手続きのオンライン化',
        'それ以外の各種行政手続きについても、「地方公共団体におけるオンライン利用促進指針」を踏まえて検討の上、実施可能なものについては極力実施することとし、取扱件数などに応じて随時導入を進める。',
        '手続きのワンストップ化の導入',
      ],
    ],
    [
      '(2)',
      '民間のデジタルサービスも活用した利便性向上',
      14,
      ['市民の質問への自動応答機能等の導入', 'キャッシュレス決済の拡大', 'GISサービスの拡大', 'アプリでのプッシュ通知の導入'],
    ],
    [
      '(3)',
      'オープンデータの推進',
      15,
      ['保有データの整理・公表', 'より利用しやすくなるよう機械判読性の高い形式での公開', 'GISサービスとの連携'],
    ],
  ],
  g2: [
    [
      '(1)',
      '情報システムの標準化・共通化',
      16,
      ['業務プロセスの把握・見直し', 'システムの全体最適化の推進', 'クラウド・バイ・デフォルト原則を踏まえた情報システムの整備'],
    ],
    ['(2)', 'AI・RPA等の利活用', 17, ['データ入力作業や単純業務の抽出', 'AI-OCR，RPA，作業補助ツール等の導入']],
    [
      '(3)',
      'データの利活用（EBPM）',
      18,
      [
        '市保有データの整理、取組事例や活用事例の収集・共有',
        '職員向けEBPM研修の実施',
        '蓄積されたデータを集めて分析し、意思決定に役立てるためのデジタル技術の導入を検討',
        'GISサービスの活用（再掲）',
      ],
    ],
  ],
  g3: [
    [
      '(1)',
      '情報セキュリティ対策の推進',
      19,
      ['セキュリティポリシーの見直し', '職員のセキュリティ意識の向上のための研修等の実施', '情報漏えい・サイバー攻撃対策の推進'],
    ],
    [
      '(2)',
      '情報化人材の育成',
      20,
      [
        '管理職向け及び実務者向け研修の実施',
        '外部研修機会の提供',
        '人事研修に、職階に合わせた必修のデータ活用研修を組み込むことの検討',
        '専門知識を有する外部人材の登用の検討と実施',
      ],
    ],
    [
      '(3)',
      'デジタル格差の解消',
      21,
      [
        '高齢者施策担当部署，社会教育施設等との連携による，モバイル端末等活用講習の実施',
        '地域におけるデジタル化サポート組織等の検討',
        '市が開設したサイトのウェブアクセシビリティ対応の徹底',
      ],
    ],
  ],
};

// 成果指標: the sentence, kind, unit, baseline [value, fiscal year], target value, 以上.
type Row = [string, 'numeric' | 'text', string | null, [number, number | null] | null, number | null, '以上' | null];
const indicators: Record<string, Row[]> = {
  g1: [
    ['法令によりオンライン化ができない手続き等を除き、行政手続きの80%以上をオンライン化する。', 'numeric', '%', null, 80, '以上'],
    ['上記27手続きは全てオンライン化し、マイナンバーカードを使ってできる手続きの利用促進を図る。', 'text', null, null, null, null],
    ['民間のデジタルサービスを活用する行政サービスを、現状の30件から60件に増やし充実を図る。', 'numeric', '件', [30, null], 60, null],
    // 現状と課題: 「令和3（2021）年5月時点で35種類のオープンデータを公開している」
    ['オープンデータ化している市保有データを、35セットから50セットまで増やす。', 'numeric', 'セット', [35, 2021], 50, null],
  ],
  g2: [
    [
      '17業務の情報システムを、全て標準化対応、かつ、クラウド対応するとともに、プロセスの見直しが必要な業務の見直しを図る。',
      'text',
      null,
      null,
      null,
      null,
    ],
    // one sentence, two targets: 20業務 and 計1万時間
    ['AI-OCR，RPA等を20業務に導入し，導入業務における作業時間を，計1万時間縮減する。', 'numeric', '業務', null, 20, null],
    ['AI-OCR，RPA等を20業務に導入し，導入業務における作業時間を，計1万時間縮減する。', 'numeric', '時間', null, 10000, null],
    ['EBPMの手法による計画や政策を1件以上立案する。', 'numeric', '件', null, 1, '以上'],
  ],
  g3: [
    ['セキュリティ対策に係る研修等を受講した職員のセキュリティに対する理解度を100%で維持する。', 'numeric', '%', null, 100, null],
    ['情報化人材の育成を目的とする研修等を実施し、延べ1,000人以上が受講する。', 'numeric', '人', null, 1000, '以上'],
    ['デジタル機器の利活用に関する講習を130回以上実施する。', 'numeric', '回', null, 130, '以上'],
  ],
};

// 工程表 steps that the extraction kept (label, measure).
const roadmap = [
  ['g1-m1', '優先手続きのオンライン化推進'],
  ['g1-m1', '全行政手続きのオンライン化推進'],
  ['g1-m2', 'サービスやアプリの導入に向けた意見収集・調査'],
  ['g1-m2', '導入可能なサービス等の仕様作成、調達（導入・移行テスト含む）'],
  ['g1-m2', '運用後は各年度末に利用状況調査・改善'],
  ['g2-m2', '最適なフォーマットへの見直しや導入効果の高い業務への拡充を検討，実施'],
  ['g2-m3', '市が保有するデータ等の横断的整理、事業分析モデルの検討・研究'],
  ['g2-m3', 'EBPM研修の実施・データ分析の実証'],
  ['g2-m3', 'ビッグデータ等の利活用に向けた検討・実施'],
  ['g3-m2', '外部研修機会の検討'],
  ['g3-m2', '外部人材登用の検討'],
  ['g3-m3', 'モバイル端末等活用講習の実施'],
  ['g3-m3', 'デジタル化サポート組織の検討'],
];

// 用語集 (p.22): 用語 and 該当頁, in the printed order.
const glossary = [
  ['アクセシビリティ', 'P21'],
  ['オープンデータ', 'P15'],
  ['クラウド・バイ・デフォルト', 'P16'],
  ['クラウドサービス', 'P16'],
  ['スマート自治体', 'P5'],
  ['デジタル・ガバメント', 'P2'],
  ['デジタル・トランスフォーメーション', 'P3'],
  ['テレワーク', 'P2'],
  ['マイナポータル', 'P13'],
  ['5G', 'P1'],
  ['AI', 'P1'],
  ['EBPM', 'P15'],
  ['GIS', 'P14'],
  ['IT', 'P2'],
  ['ICT', 'P5'],
  ['RPA', 'P11'],
  ['SDGs', 'P4'],
];

describe('morioka-2021', () => {
  it('is valid', () => {
    expect(errors).toEqual([]);
  });

  const plan = planById(site!, 'morioka-2021');

  it('keeps the cover facts of the draft', () => {
    expect(plan.plan.status).toBe('draft');
    expect([plan.plan.period_start, plan.plan.period_end]).toEqual([2021, 2025]);
    expect(plan.plan.date).toBeNull();
  });

  it('has the four chapters and the appendix with their TOC pages', () => {
    expect(plan.chapters.map((c) => [c.number, c.label, c.title, c.page])).toEqual(chapters);
  });

  it('has the 3 重点目標 pointing at their chapter 3 sections', () => {
    expect(plan.goals.map((g) => [g.number, g.title, g.page])).toEqual(goals);
    expect(plan.goals.map((g) => g.section)).toEqual(['c3#goal-1', 'c3#goal-2', 'c3#goal-3']);
  });

  it('has the 9 施策 with their 主な取組 in printed order', () => {
    expect(plan.measures).toHaveLength(9);
    expect(plan.initiatives).toHaveLength(29);
    for (const goal of plan.goals) {
      const rows = measuresOfGoal(plan, goal.id).map((m) => [
        m.number,
        m.title,
        m.page,
        initiativesOfMeasure(plan, m.id).map((i) => i.text),
      ]);
      expect(rows).toEqual(measures[goal.id]);
    }
    expect(plan.measures.every((m) => m.is_priority === false)).toBe(true);
  });

  it('has every 成果指標 exactly as printed', () => {
    expect(plan.indicators).toHaveLength(11);
    for (const goal of plan.goals) {
      const rows = indicatorsOfGoal(plan, goal.id).map((i) => {
        const baseline = latestOf(plan, i.id, 'baseline');
        const target = latestOf(plan, i.id, 'target');
        if (i.kind === 'text') expect(i.target_text).toBe(i.name);
        return [
          i.name,
          i.kind,
          i.unit,
          baseline ? [baseline.value, baseline.fiscal_year] : null,
          target ? target.value : null,
          i.target_comparator,
        ];
      });
      expect(rows).toEqual(indicators[goal.id]);
    }
  });

  it('leaves target years blank and explains every blank year', () => {
    for (const o of plan.observations) {
      if (o.kind === 'target') expect(o.fiscal_year).toBeNull();
      if (o.fiscal_year === null) expect(o.note).toMatch(/原本に年度の記載なし/);
    }
    const dated = plan.observations.filter((o) => o.fiscal_year !== null);
    expect(dated.map((o) => [o.indicator_id, o.kind, o.fiscal_year])).toEqual([['open-data-sets', 'baseline', 2021]]);
    expect(observationsOf(plan, 'open-data-sets')[0]!.note).toMatch(/令和3（2021）年5月時点/);
  });

  it('has the 工程表 steps, each with a note on its uncertain span', () => {
    expect(plan.roadmap.map((s) => [s.item_id, s.label])).toEqual(roadmap);
    for (const step of plan.roadmap) {
      expect(step.start_year).toBeGreaterThanOrEqual(2021);
      expect(step.end_year).toBeLessThanOrEqual(2025);
      expect(step.span_note).toMatch(/確かではありません/);
    }
    // the tab positions place these steps in specific years
    const span = (label: string) => plan.roadmap.filter((s) => s.label === label).map((s) => [s.start_year, s.end_year])[0];
    expect(span('優先手続きのオンライン化推進')![0]).toBe(2021);
    expect(span('全行政手続きのオンライン化推進')![0]).toBe(2024);
    expect(span('EBPM研修の実施・データ分析の実証')![0]).toBe(2022);
    expect(span('ビッグデータ等の利活用に向けた検討・実施')![0]).toBe(2023);
  });

  it('has the 17 glossary terms with 該当頁 as printed', () => {
    expect(plan.glossary.map((t) => [t.term, t.used_pages])).toEqual(glossary);
    expect(plan.glossary.every((t) => t.page === 22)).toBe(true);
    // readings are only those printed (in footnotes 1-3)
    expect(plan.glossary.filter((t) => t.reading !== null).map((t) => [t.term, t.reading])).toEqual([
      ['5G', 'ファイブジー'],
      ['AI', 'エーアイ'],
      ['IT', 'アイティー'],
    ]);
    for (const t of plan.glossary) expect(t.sort_reading === null).toBe(/^[A-Za-z0-9]/.test(t.term));
  });

  it('turns the 17 superscript footnotes into notes', () => {
    const labels = plan.chapters.flatMap((c) => c.blocks.filter((b) => b.type === 'footnote').map((b) => (b as { label: string }).label));
    expect(labels).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    const text = JSON.stringify(plan.chapters);
    expect(text).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
  });

  it('publishes the corrected strings and lists every correction', () => {
    const paragraphs = plan.chapters.flatMap((c) =>
      c.blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'footnote' ? [inlineText(b.inlines)] : [])),
    );
    expect(paragraphs).toContain(
      '世界規模でのデジタルサービスの普及やAI技術の飛躍的向上，5Gに代表される通信インフラの拡大など先端技術の発達とともに，スマートフォンなどのデジタルツールは人々の生活に深く浸透し，場所に縛られることなく居ながらにして様々なサービスを楽しむようになってきました。そして，この国境を越えた世界的なデジタル化の流れはさらに活発化していくと予想されます。',
    );
    const all = JSON.stringify({ ...plan, corrections: [] });
    expect(all).not.toMatch(/A I|5 G|R P A|, /);
    expect(all).not.toMatch(/[\u0400-\u04FF]/);
    const corrected = plan.corrections.filter((c) => c.action === 'corrected').map((c) => [c.original, c.corrected]);
    expect(corrected).toContainEqual(['デジタルデバйд対策', 'デジタルデバイド対策']);
    expect(corrected).toContainEqual(['A I ・ R P A¹⁰などのツール', 'AI・RPAなどのツール']);
    expect(corrected).toContainEqual(['（国費10/101508.6億円 2025年度まで）', '（国費10/10 1508.6億円 2025年度まで）']);
    expect(plan.corrections.filter((c) => c.action === 'kept').map((c) => c.original)).toContain('，');
  });
});
