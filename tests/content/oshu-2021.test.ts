/**
 * 奥州市DX全体方針 第3版 (oshu-2021), loaded exactly as the build loads it. The expected texts
 * below were typed from the source document (seed 004) independently of the CSV files, so a slip
 * in either shows up here. Glossary marks (※, ※¹, ※19 …) are removed and spaces that line-wrapping
 * inserted inside words are closed up, as recorded in corrections.csv.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { planById } from '../../src/lib/content/queries.ts';

const { site, errors } = validateContent(readContentFiles(join(import.meta.dirname, '../../content')));

const none = '—';

// 8. 主な取組と工程: No, 取組, 担当, R3 2021 … R7 2025 (「—」 = nothing that year).
const table: Record<string, [number, string, string, [string, string, string, string, string]][]> = {
  g1: [
    [1, 'スマート農業推進', '農政課', [none, '調査、検討、実証実験', '調査、検討、実証実験', '一部導入', '展開']],
    [2, 'ドローン等活用', '危機管理課・農政課・農地林務課・水道課', [none, '調査、検討', '実証実験 一部導入', '展開', '展開']],
    [3, '観光客動向把握システム導入', '商業観光課', [none, none, '調査、検討', '導入', '活用']],
    [4, '企業DX支援', '企業振興課', [none, none, '調査、検討', '実証実験 一部導入', '導入']],
    [5, '高齢者見守り支援', '福祉課・長寿社会課', [none, none, '民生委員タブレット活用 見守り電球導入', '拡大', '拡大']],
    [6, '遠隔医療車導入', '健康増進課', [none, none, '導入', '運用改善・展開', '運用改善・展開']],
    [
      7,
      '地区内交通におけるAIを活用した受付・配車システムの導入',
      '政策企画課',
      [none, '導入検討', '導入検討', '導入 (前沢地域)', '運用改善 (他地区への導入検討)'],
    ],
    [8, '学校DXの推進', '学校教育課', [none, none, 'AIドリル・電子黒板の導入', '運用改善 展開 ICT支援員増員', '運用改善 定着']],
    [9, '保育ICTシステム導入', '保育こども園課', [none, '導入調査検討', '実証実験', '導入', '運用改善 定着']],
    [
      10,
      '水道開栓閉栓のネット予約・スマートメーターの導入',
      '経営課・水道課',
      ['開栓閉栓ネット予約導入', none, 'スマートメーター調査検討', 'スマートメーター調査検討', 'スマートメーター調査検討'],
    ],
  ],
  g2: [
    [
      1,
      '基幹業務システムの標準化',
      '行革デジタル戦略課・各業務担当課',
      [none, '基本方針策定', 'Fit&Gap分析 移行計画策定', '移行準備', '移行 ガバメントクラウド利用'],
    ],
    [
      2,
      '行政手続きのオンライン化',
      '行革デジタル戦略課・各手続担当課',
      [
        '手続追加検討 (18手続実施)',
        '手続の追加 (28手続追加) 申請管理システム導入・引越しワンストップサービス導入',
        '手続の追加 (2手続追加、全48手続) 条例制定',
        '手続の追加',
        '手続の追加',
      ],
    ],
    [
      3,
      '問い合わせ対応AIチャットボットの導入',
      '行革デジタル戦略課・未来羅針盤課',
      ['検討', '導入、運用開始', '運用改善・展開・新機能追加検討', '運用改善・展開', '運用定着'],
    ],
    [
      4,
      'オンライン面談窓口の導入',
      '行革デジタル戦略課・納税課ほか・各総合支所',
      ['検討、実証実験', '導入、試行運用開始、検証', '本格運用開始', '運用改善・展開', '運用定着'],
    ],
    [
      5,
      'マイナンバーカードの利活用推進',
      '行革デジタル戦略課・市民課',
      [
        'コンビニ交付等周知',
        'コンビニ交付等周知',
        'コンビニ交付等周知 利活用検討',
        'コンビニ交付等周知 利活用検討',
        'コンビニ交付等周知 利活用検討',
      ],
    ],
    [
      6,
      'キャッシュレス決済の導入',
      '行革デジタル戦略課・市民課・納税課ほか',
      ['検討', '導入、運用開始、検証(拡充検討)', '運用改善・展開・拡充検討', '運用改善・展開・拡充検討', '運用定着 拡充検討'],
    ],
    [
      7,
      '公共施設予約管理システムの導入',
      '行革デジタル戦略課・地域づくり推進課・生涯学習スポーツ課',
      ['検討', '検討', '検討、導入・運用開始', '運用改善・展開', '運用改善・展開'],
    ],
    [
      8,
      'ショートメッセージサービス(SMS)による通知メッセージ配信',
      '納税課・健康増進課ほか',
      ['調査', '検討 実証実験', '納税督促サービス導入', '運用改善 拡大', '運用定着'],
    ],
    [
      9,
      'スマート窓口(書かない窓口)の導入・増設',
      '行革デジタル戦略課・市民課',
      ['調査、検討', '導入', '運用開始 運用改善 増設', '運用定着', '運用定着'],
    ],
    [
      10,
      'RPAの導入促進',
      '行革デジタル戦略課・各担当課',
      ['5業務導入 運用保守方法の検討', '6業務導入 運用保守方法の決定', '新規6業務導入', '新規6業務導入 グレードアップ', '新規6業務導入'],
    ],
    [
      11,
      'デジタル人材の育成・活用',
      '行革デジタル戦略課',
      [
        '外部登用検討 研修派遣・開催',
        'DXフェロー委嘱 DX支援業務委託',
        'DXフェロー委嘱 DXマネージャー委嘱 庁内デジタル人材育成',
        'DXフェロー委嘱 DXマネージャー委嘱 庁内デジタル人材育成',
        'DXフェロー委嘱 DXマネージャー委嘱 庁内デジタル人材育成',
      ],
    ],
    [12, 'EBPMの活用', '全庁', [none, none, '検討', '検討 活用', '検討 活用']],
    [13, '個人住民税申告の電子化', '税務課', [none, none, none, '検討 導入', '普及拡大']],
    [14, '総合計画管理システムの導入', '政策企画課', [none, none, '検討', '導入 運用開始', '運用改善 運用定着']],
    [
      15,
      'テレワークの推進',
      '行革デジタル戦略課',
      [
        'J-LIS実証実験',
        'J-LIS実証実験 単独導入検討',
        'J-LIS実証実験 単独導入検討',
        'J-LIS実証実験 単独導入検討',
        'J-LIS実証実験 単独導入検討',
      ],
    ],
    [
      16,
      'ペーパーレス会議の推進',
      '行革デジタル戦略課',
      [
        '庁内利用拡充',
        '庁内利用拡充',
        '庁内利用拡充 LGWAN接続系端末のノートPC化',
        '庁内利用拡充 LGWAN接続系端末のノートPC化 研修におけるタブレット活用',
        '庁内利用拡充 LGWAN接続系端末のノートPC化 研修におけるタブレット活用',
      ],
    ],
    [17, '生成AIの活用', '行革デジタル戦略課', [none, none, '調査・検討', '導入', '展開']],
    [18, '契約関連電子化', '財政課・経営課', [none, none, '電子入札・電子契約調査、検討', '運用検討', '運用検討']],
    [19, '請求関連電子化', '財政課・会計課・経営課', [none, none, '請求書受取電子化調査', '実証実験一部導入', '展開運用改善']],
    [
      20,
      'アナログ規制見直し',
      '総務課・行革デジタル戦略課',
      [none, '押印見直し実施', '対面・書面規制見直し・公印使用基準見直し', '見直し継続', '見直し継続'],
    ],
    [
      21,
      '登記課税連携システムの導入',
      '税務課',
      [none, none, '調査・検討', '業務導入・運用保守の検討', '導入 本稼働準備 (R8本格運用開始)'],
    ],
    [22, '軽自動車税納付確認システムの導入', '納税課', ['検討', '導入一部運用開始', '調査追加機能検討', '改修運用改善', '運用定着']],
    [23, '中小企業融資あっせん・利子補給運用システム導入', '企業振興課', [none, none, '調査・検討', '導入', '機能追加検討運用改善']],
  ],
  g3: [
    [
      1,
      '超高速ブロードバンド環境の整備',
      '行革デジタル戦略課',
      ['既存施設の維持管理 未整備エリア解消', '既存施設の維持管理', '既存施設の維持管理', '既存施設の維持管理', '既存施設の維持管理'],
    ],
    [
      2,
      'テレビ難視聴対策',
      '行革デジタル戦略課',
      [
        'CATV維持管理 テレビ共聴施設改修等支援',
        'CATV維持管理 テレビ共聴施設改修等支援(国への要望) テレビ共聴修繕費補助事業創設',
        'CATV維持管理 テレビ共聴施設改修等支援(国への要望)',
        'CATV維持管理 テレビ共聴施設改修等支援(国への要望)',
        'CATV維持管理 テレビ共聴施設改修等支援(国への要望)',
      ],
    ],
    [
      3,
      '公衆無線LAN環境の維持及び拡充',
      '行革デジタル戦略課',
      [none, '未整備公共施設への拡充検討', '未整備公共施設への拡充', '未整備公共施設への拡充', '未整備公共施設への拡充'],
    ],
    [
      4,
      'データ活用の推進',
      '都市計画課・行革デジタル戦略課',
      [
        'オープンデータ公開数32',
        '公開数32',
        '公開数増加',
        '公開数増加 地図情報展開の調査、検討開始',
        '公開数増加 地図情報展開の調査、検討',
      ],
    ],
    [
      5,
      '市民へのデジタル活用支援',
      '行革デジタル戦略課',
      [
        '講習会、デジタル活用支援員制度等検討',
        '高齢者デジタルサポーター育成講習会開催',
        'スマホ講習会・高齢者デジタルサポーター育成講習会開催',
        'スマホ講習会・高齢者デジタルサポーター育成講習会開催',
        'スマホ講習会・高齢者デジタルサポーター育成講習会開催',
      ],
    ],
    [
      6,
      '「ぽちっと奥州」等アプリによる情報発信の強化',
      '未来羅針盤課',
      ['アプリ拡充検討', '新機能「子育て応援」追加', 'LINE連携開始', 'アプリ利活用拡充', 'アプリ利活用拡充'],
    ],
  ],
};

// 用語解説: ※番号 and 用語, in the printed order (alphabet, then 五十音).
const glossary = [
  ['7', 'AIチャットボット'],
  ['5', 'AIを活用した受付・配車システム'],
  ['18', 'CDO'],
  ['1', 'DX（デジタル・トランスフォーメーション）'],
  ['12', 'EBPM'],
  ['10', 'RPA'],
  ['16', 'アナログ規制（見直し）'],
  ['17', 'アプリ'],
  ['19', 'オープンデータ'],
  ['8', 'キャッシュレス決済'],
  ['2', '情報システムの標準化・共通化'],
  ['9', 'ショートメッセージサービス（SMS）'],
  ['3', 'スマート農業'],
  ['6', 'スマートメーター（水道）'],
  ['15', '生成AI'],
  ['11', 'デジタル人材'],
  ['13', 'テレワーク'],
  ['4', 'ドローン'],
  ['14', 'ペーパーレス会議'],
];

describe('oshu-2021', () => {
  it('is valid', () => {
    expect(errors).toEqual([]);
  });

  const plan = planById(site!, 'oshu-2021');

  it('holds the whole policy: 9 sections, 3 directions, 39 initiatives, 19 glossary terms', () => {
    expect(plan.chapters.map((c) => [c.number, c.label, c.title, c.page])).toEqual([
      [1, '1.', '奥州市が取り組むDX', null],
      [2, '2.', 'DXとは？', null],
      [3, '3.', '全体方針の構成', null],
      [4, '4.', 'DX推進の方向性', null],
      [5, '5.', '施策一覧', null],
      [6, '6.', 'DX取組イメージ', null],
      [7, '7.', '推進体制', null],
      [8, '8.', '主な取組と工程', null],
      [9, '9.', '本方針の期間と見直し', null],
    ]);
    expect(plan.goals.map((g) => [g.number, g.title, g.section])).toEqual([
      ['(1)', '地域社会のDX推進', 's4#direction-1'],
      ['(2)', '行政のDX推進', 's4#direction-2'],
      ['(3)', 'デジタル社会の基盤づくり', 's4#direction-3'],
    ]);
    expect(plan.measures).toHaveLength(0);
    expect(plan.indicators).toHaveLength(0);
    expect(plan.initiatives).toHaveLength(39);
    expect(['g1', 'g2', 'g3'].map((g) => plan.initiatives.filter((i) => i.goal_id === g).length)).toEqual([10, 23, 6]);
    expect(plan.initiatives.every((i) => i.measure_id === null && i.page === null)).toBe(true);
    expect(plan.glossary).toHaveLength(19);
    expect(plan.roadmap).toHaveLength(160); // 39 × 5 cells − 35 「—」
  });

  it('has every initiative, department and roadmap cell as printed in 8. 主な取組と工程', () => {
    for (const [goal, rows] of Object.entries(table)) {
      const initiatives = plan.initiatives.filter((i) => i.goal_id === goal).sort((a, b) => a.order - b.order);
      expect(initiatives.map((i) => [i.order, i.text, i.department])).toEqual(rows.map(([no, text, dept]) => [no, text, dept]));
      for (const [no, , , cells] of rows) {
        const id = `${goal}-i${no}`;
        const steps = plan.roadmap.filter((s) => s.item_id === id).sort((a, b) => a.start_year - b.start_year);
        const expected = cells.flatMap((label, k) => (label === none ? [] : [[2021 + k, 2021 + k, label]]));
        expect(
          steps.map((s) => [s.start_year, s.end_year, s.label]),
          id,
        ).toEqual(expected);
      }
    }
  });

  it('no row of the roadmap is all 「—」, and no step was made for 「—」', () => {
    for (const rows of Object.values(table)) for (const [, , , cells] of rows) expect(cells.some((c) => c !== none)).toBe(true);
    expect(plan.roadmap.some((s) => s.label.includes(none))).toBe(false);
  });

  it('has the numbered glossary in printed order', () => {
    expect(plan.glossary.map((t) => [t.number, t.term])).toEqual(glossary);
    expect(plan.glossary.every((t) => t.page === null && t.reading === null)).toBe(true);
    expect(plan.glossary.find((t) => t.number === '18')!.description).toBe(
      '最高デジタル責任者。Chief Digital Officerの略。デジタル部門の責任者として、組織のDXを推進する役割を担っている。',
    );
  });

  it('keeps the plan facts as printed', () => {
    expect(plan.plan.date).toBeNull();
    expect(plan.plan.date_label).toBe('令和6年1月');
    expect(plan.plan.publisher).toBe('奥州市デジタル推進本部');
    expect(plan.plan.vision).toBe('デジタルで つながる、デジタルで かわる');
  });

  it('removes glossary marks everywhere and records the rule once', () => {
    const text = JSON.stringify({ chapters: plan.chapters, initiatives: plan.initiatives, roadmap: plan.roadmap });
    expect(text).not.toMatch(/※|[¹²³⁴⁵⁶⁷⁸⁹⁰]/);
    const rules = plan.corrections.filter((c) => c.original.includes('※¹'));
    expect(rules).toHaveLength(1);
    expect(rules[0]!.action).toBe('corrected');
    const corrected = plan.corrections.filter((c) => c.action === 'corrected').map((c) => [c.original, c.corrected]);
    expect(corrected).toContainEqual(['危機管理課・ 農政課・農地 林務課・水道 課', '危機管理課・農政課・農地林務課・水道課']);
    expect(corrected).toContainEqual(['ペーパーレス会議※の 推進', 'ペーパーレス会議の推進']);
  });
});
