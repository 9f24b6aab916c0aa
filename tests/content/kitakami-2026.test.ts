/**
 * The real content, loaded exactly as the build loads it. The expected figures below were typed
 * from the source document (北上市情報基本計画2026（案）, chapters 3 and 5) independently of the
 * CSV files, so a slip in either shows up here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { formatValue } from '../../src/lib/format/number.ts';
import { planById, latestOf, observationAt, evaluationOf, indicatorsOfGoal } from '../../src/lib/content/queries.ts';

const { site, errors } = validateContent(readContentFiles(join(import.meta.dirname, '../../content')));

describe('the real content', () => {
  it('is valid', () => {
    expect(errors).toEqual([]);
  });

  const plan = planById(site!, 'kitakami-2026');
  const previous = planById(site!, 'kitakami-2023');

  it('holds the whole Kitakami 2026 draft', () => {
    expect(site!.primary.plan.id).toBe('kitakami-2026');
    expect(plan.chapters.map((c) => [c.number, c.page])).toEqual([
      [1, 2],
      [2, 4],
      [3, 10],
      [4, 16],
      [5, 18],
      [6, 20],
      [7, 21],
    ]);
    expect(plan.goals).toHaveLength(4);
    expect(plan.measures).toHaveLength(15);
    expect(plan.measures.filter((m) => m.is_priority).map((m) => m.id)).toEqual(['g1-m2', 'g3-m1', 'g3-m2', 'g4-m1', 'g4-m4']);
    expect(plan.initiatives).toHaveLength(37);
    expect(plan.indicators).toHaveLength(10);
    expect(plan.glossary).toHaveLength(33);
    expect(previous.indicators).toHaveLength(15);
    expect(previous.measures).toHaveLength(15);
    expect(previous.evaluations).toHaveLength(15);
  });

  it('keeps the unknown date unknown', () => {
    expect(plan.plan.date).toBeNull();
    expect(plan.plan.date_label).toBe('令和8年●月');
    expect([plan.plan.period_start, plan.plan.period_end]).toEqual([2026, 2030]);
  });

  // 第5章 成果指標: name, 現状値 as printed (with its year), 目標値 (R12).
  const chapter5 = [
    ['安心して子育て・教育ができる環境の実感度', '61.9%', 2025, '65%'],
    ['子育てLINEの登録者数', '3,096人', 2024, '5,600人'],
    ['校務支援システムによる保護者向け機能の稼働学校数（累計）', '1校', 2025, '14校'],
    ['産業支援センター等によるDXに関するセミナー開催数（累計）', '10件', 2025, '50件'],
    ['スマート農業普及のためのセミナー・情報提供等の実施回数（累計）', '5回', 2025, '30回'],
    ['各種行政サービスの手続きの満足度', '50.8%', 2025, '55%'],
    ['市からの情報発信の満足度', '61%', 2025, '65%'],
    ['スマート申請システム・かんたん窓口システムの手続き数（累計）', '11件', 2025, '21件'],
    ['ICTの利活用により新たに開始した取組数（累計）', '4件', 2025, '16件'],
    ['人材育成に係るセミナー等の取組数（累計）', '2件', 2025, '10件'],
  ] as const;

  it('has every chapter 5 figure exactly as printed', () => {
    const rows = plan.goals
      .flatMap((g) => indicatorsOfGoal(plan, g.id))
      .map((indicator) => {
        const baseline = latestOf(plan, indicator.id, 'baseline')!;
        const target = latestOf(plan, indicator.id, 'target')!;
        expect(target.fiscal_year).toBe(2030);
        return [
          indicator.name,
          formatValue(baseline.value, indicator.unit),
          baseline.fiscal_year,
          formatValue(target.value, indicator.unit),
        ];
      });
    expect(rows).toEqual(chapter5);
  });

  // 第3章(2) 評価指標と達成状況: 目標値(R7), 実績値(R5), 実績値(R6), 見込値(R7), 評価. 「-」 is blank.
  const chapter3 = [
    ['親子保健相談業務のオンライン対応（オンラインで相談を受けられる相談業務の割合）', '100%', '100%', '100%', '100%', '◎'],
    ['総合学力調査における平均正答率の全国比（中学1年）', '101%', '95%', '95%', '－', '○'],
    ['市立幼稚園、小学校、中学校における出欠連絡及び学校通信等のデジタル化（システム導入率）', '100%', '－', '－', '44%', '△'],
    ['博物館における更新後の収蔵品システム登録数', '200件', '0件', '46件', '56件', '△'],
    ['ICTツールを利用した販売活動などに取り組む企業への支援実施回数', '1回', '1回', '1回', '0回', '○'],
    ['3次元ものづくり技術人材育成事業の受講者数', '140人', '100人', '208人', '200人', '◎'],
    ['多言語・音声解説の整備施設数（鬼の館、博物館）', '2か所', '0か所', '0か所', '1か所', '△'],
    ['スマート農業普及のためのセミナー・情報提供等実施回数', '5回', '4回', '3回', '5回', '◎'],
    ['かんたん窓口システムの運用課', '5課', '1課', '5課', '5課', '◎'],
    ['スマートフォン講座受講者数（市主催分）', '60人/年', '210人/年', '0人/年', '0人/年', '○'],
    ['指定緊急避難所（第一・二次避難所）となっている公共施設のWi-Fi整備率', '69%', '34%', '39%', '39%', '△'],
    ['ノー残業デー・ライトダウンキャンペーン実施率', '90%', '86%', '87%', '87%', '○'],
    ['業務システムの標準化・共通化進捗率', '100%', '20%', '20%', '90%', '○'],
    ['情報セキュリティ研修受講率', '100%', '100%', '100%', '100%', '◎'],
    ['DXマイスター認定数', '30人', '0人', '0人', '0人', '×'],
  ];

  it('has every chapter 3 figure and mark exactly as printed', () => {
    const value = (id: string, unit: string | null, kind: 'target' | 'actual' | 'projected', year: number) =>
      formatValue(observationAt(previous, id, kind, year)!.value, unit);
    const rows = previous.goals
      .flatMap((g) => indicatorsOfGoal(previous, g.id))
      .map((i) => [
        i.name,
        value(i.id, i.unit, 'target', 2025),
        value(i.id, i.unit, 'actual', 2023),
        value(i.id, i.unit, 'actual', 2024),
        value(i.id, i.unit, 'projected', 2025),
        evaluationOf(previous, i.id)!.mark,
      ]);
    expect(rows).toEqual(chapter3);
  });

  it('explains every blank instead of writing 0', () => {
    const blanks = previous.observations.filter((o) => o.value === null);
    expect(blanks).toHaveLength(3);
    for (const blank of blanks) expect(blank.note).toBe('原本では「-」（数値の記載なし）');
  });

  // Seed 000: the predecessor's measures (第3章(1), lines 323–351) and this draft's (第7章(2), lines 557–592).
  it('pairs the measures as both texts support, and says each pairing is the site’s reading', () => {
    const rows = (kind: string) => plan.succession.filter((r) => r.kind === kind).map((r) => [r.previous_id, r.current_id, r.fate]);
    expect(rows('measure')).toEqual([
      ['g1-m1', 'g1-m1', 'changed'],
      ['g1-m2', 'g1-m2', 'changed'],
      ['g1-m3', 'g1-m2', 'changed'], // 学校業務のDX ↔ 校務支援システムの利活用
      ['g1-m3', 'g1-m3', 'changed'], // 教育委員会(の)情報セキュリティ対策基準の策定 (L328 ↔ L560)
      ['g1-m4', null, 'dropped'],
      ['g2-m1', 'g2-m1', 'changed'],
      ['g2-m2', null, 'dropped'], // ものづくり人材育成 (L335): no measure of the draft names it; 「稼ぐ力」 alone is a goal-level phrase (L466, L564)
      ['g2-m3', 'g2-m3', 'changed'],
      ['g2-m4', 'g2-m2', 'changed'],
      ['g3-m1', 'g3-m1', 'changed'],
      ['g3-m2', 'g3-m4', 'changed'], // デバインド対策 ↔ デジタルデバイド対策 (L343 ↔ L579)
      ['g3-m3', 'g3-m5', 'changed'], // 非常時の情報伝達 ↔ 災害情報の伝達の多重化 (L344 ↔ L580)
      ['g3-m3', 'g3-m2', 'changed'], // 日常生活…の情報伝達 ↔ 情報発信の推進 (L344 ↔ L577): not 「新規」
      [null, 'g3-m3', 'new'],
      ['g4-m1', 'g4-m1', 'changed'],
      [null, 'g4-m3', 'new'], // 「アウトプットデータの公開」 (L348) is not called open data: not paired
      ['g4-m2', 'g4-m2', 'changed'],
      ['g4-m3', 'g4-m2', 'changed'], // 情報セキュリティ対策 ↔ 「情報セキュリティ対策の徹底」 (L351 ↔ L590)
      ['g4-m4', 'g4-m4', 'changed'],
    ]);
    expect(rows('indicator').filter(([previous, current]) => previous && current)).toEqual([
      ['school-contact-digital', 'school-system-parent-features', 'changed'],
      ['smart-agri-seminars', 'smart-agri-seminars', 'changed'],
      ['easy-counter-departments', 'online-procedures', 'changed'],
    ]);
    // Only the goals are paired by the draft itself (第4章(2)); every other pairing is the site's, with its basis.
    expect(plan.succession.filter((r) => r.linked_by === 'document').map((r) => r.kind)).toEqual(['goal', 'goal', 'goal', 'goal']);
    expect(plan.succession.every((r) => r.basis.length > 10)).toBe(true);
    expect(plan.succession.find((r) => r.previous_id === 'g1-m3' && r.current_id === 'g1-m3')!.basis).toContain(
      '教育委員会情報セキュリティ対策基準の策定と運用',
    );
  });

  // Seed 000 L344, L374: a quoted basis is quoted whole, and no reading is made that the text does not carry.
  it('quotes each basis whole and never says the draft names an indicator it does not name', () => {
    const l344 =
      '日常生活だけでなく、非常時においてもタイムリーかつ確実な情報伝達を行うため、安心安全なくらしに資する情報通信環境を整備する。';
    for (const current of ['g3-m5', 'g3-m2']) {
      expect(plan.succession.find((r) => r.previous_id === 'g3-m3' && r.current_id === current)!.basis).toContain(`「${l344}」`);
    }
    for (const row of plan.succession) {
      // L374 lists 「校務支援システムによるデジタル化」 among what fell short; it never calls an indicator by that name.
      expect(`${row.basis}${row.reason ?? ''}`).not.toMatch(/(指標|その指標)を「校務支援システムによるデジタル化」と呼/);
      // L344 is never quoted from the middle of its sentence (row 17 once dropped 「日常生活だけでなく、」).
      expect(row.basis).not.toContain('「非常時においてもタイムリーかつ確実な情報伝達を行うため」');
    }
  });

  it('lists every correction with the string as extracted', () => {
    const corrected = plan.corrections.filter((c) => c.action === 'corrected');
    expect(corrected.map((c) => [c.original, c.corrected])).toContainEqual(['デジタルデバйд対策', 'デジタルデバイド対策']);
    // Words that could be the draft's own typo are published as printed and recorded as kept.
    const kept = plan.corrections.filter((c) => c.action === 'kept').map((c) => c.original);
    expect(kept).toEqual(
      expect.arrayContaining(['ガバナメントAI（仮称）', 'デバインド対策', 'ガバメントクラウドを活用した標準標準システムへの完全移行']),
    );
    expect(corrected.map((c) => c.original).join()).not.toMatch(/ガバナメント|デバインド|標準標準/);
    // The corrected strings really are what the site publishes.
    expect(plan.measures.map((m) => m.title)).toContain('デジタルデバイド対策');
    expect(plan.initiatives.map((i) => i.text)).toContain('ガバメントクラウドを活用した標準標準システムへの完全移行');
    for (const content of site!.plans) expect(JSON.stringify({ ...content, corrections: [] })).not.toMatch(/[\u0400-\u04FF]/);
  });
});
