/**
 * 横手市デジタル推進計画 (令和8年3月一部改定), loaded exactly as the build loads it. The expected
 * figures below were typed from the source document (the seed text: 第3章 計画の体系, 第4章 表4–表6
 * and the 施策内容 cards, 第2章 表1–表3, the 用語集) independently of the CSV files, so a slip in
 * either shows up here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { planById, latestOf, indicatorsOfGoal, indicatorsUnder, initiativesOfMeasure } from '../../src/lib/content/queries.ts';

const { site, errors } = validateContent(readContentFiles(join(import.meta.dirname, '../../content')));

describe('横手市デジタル推進計画 (yokote-2023)', () => {
  it('is valid', () => {
    expect(errors.filter((e) => e.file.includes('yokote-2023'))).toEqual([]);
    expect(site).not.toBeNull();
  });

  const plan = planById(site!, 'yokote-2023');

  it('has the revision history and the five chapters with their TOC pages', () => {
    expect(plan.chapters.map((c) => [c.id, c.number, c.label, c.page])).toEqual([
      ['history', 0, '改定履歴', null],
      ['c1', 1, null, 1],
      ['c2', 2, null, 6],
      ['c3', 3, null, 12],
      ['c4', 4, null, 16],
      ['c5', 5, null, 28],
    ]);
    expect(plan.chapters.map((c) => c.title)).toEqual([
      '改定履歴',
      '横手市デジタル推進計画について',
      '本市の現状と課題',
      '計画の基本的な方針（デジタル推進の目指す方向）',
      '施策の展開',
      '推進体制',
    ]);
  });

  it('keeps both statements of the plan period as printed', () => {
    const text = (id: string) => JSON.stringify(plan.chapters.find((c) => c.id === id)!.blocks);
    expect(text('history')).toContain('計画期間を令和4年度から令和8年度の4年間に変更');
    expect(text('c1')).toContain('本計画の期間は、令和5年（2023年）度から令和8年（2026年）度の4年間とします。');
    expect(plan.corrections.some((c) => c.action === 'kept' && c.original === '計画期間を令和4年度から令和8年度の4年間に変更')).toBe(true);
  });

  // 第3章 2: 3 個別目標, 8 重点取組項目 under them.
  it('has the 3 個別目標 and the 8 重点取組項目 in the 体系 of chapter 3', () => {
    expect(plan.goals.map((g) => [g.id, g.number, g.title])).toEqual([
      ['g1', '1', '住民の利便性向上'],
      ['g2', '2', '新たな価値創造'],
      ['g3', '3', '誰一人取り残さない社会の実現'],
    ]);
    expect(plan.measures.map((m) => [m.id, m.goal_id, m.number, m.title])).toEqual([
      ['p1', 'g1', '1', '行政手続のオンライン化の取組'],
      ['p2', 'g1', '2', '窓口手続等の最適化の取組'],
      ['p3', 'g1', '3', 'マイナンバーカードの普及・活用の取組'],
      ['p4', 'g1', '4', '安全・安心の向上の取組'],
      ['p5', 'g2', '5', '地域社会の DX 推進の取組'],
      ['p6', 'g2', '6', '官民データ活用の推進の取組'],
      ['p7', 'g2', '7', '行政運営の効率化への DX 推進の取組'],
      ['p8', 'g3', '8', 'デジタル・デバイドの解消の取組'],
    ]);
    expect(plan.measures.every((m) => m.is_priority)).toBe(true);
    expect(plan.measures.find((m) => m.id === 'p8')!.description).toBe(
      'スマートフォンなどの情報端末の体験講座などを通じて、使える人と使えない人の格差の是正を図ります。',
    );
  });

  // 表4 代表的な取組み内容, with 主な担当課 from the matching 施策内容 card.
  it('has the 13 representative initiatives of 表4 with the departments of their cards', () => {
    const rows = plan.measures.flatMap((m) => initiativesOfMeasure(plan, m.id)).map((i) => [i.measure_id, i.text, i.department]);
    expect(rows).toEqual([
      ['p1', 'オンラインによる申請、予約、照会等', '経営企画課・総務課・情報政策課・各課'],
      ['p2', '書かない窓口、キャッシュレス決済、ワンストップ窓口等', '国保市民課・市民サービス課・税務課等'],
      ['p3', 'ぴったりサービス、e-tax等', '情報政策課・国保市民課・市民サービス課・税務課等'],
      ['p4', 'プッシュ型情報提供、防災情報発信手段の拡充', '秘書広報課・危機対策課・子育て支援課・地域課・建設課等'],
      ['p5', 'テレワークの推進', '人事課・商工労働課'],
      ['p5', '産業や観光、暮らしに役立つICTの活用', '各課'],
      ['p5', '教育におけるICTリテラシーの向上', '教育総務課・教育指導課'],
      ['p6', 'オープンデータの推進', '情報政策課・各課'],
      ['p7', '情報システムの標準化・共通化', '情報政策課・各課'],
      ['p7', 'AI・RPA等の利用促進', '情報政策課・各課'],
      ['p7', '会議の効率化、ICT活用による現地との情報共有等', '各課'],
      ['p7', 'セキュリティ対策の徹底', '情報政策課'],
      ['p8', 'デジタル活用講座', '各課'],
    ]);
  });

  // 施策内容 cards: 指標 現状値 → 目標値, as printed. null = 「－」 or 「なし」 (no value).
  const cards: [string, number | null, number | string][] = [
    ['オンライン手続き数', 13, 1063],
    ['導入の検証', null, '検証済み'],
    ['ぴったりサービス利用割合', 0, 10],
    ['プッシュ型情報発信手段の数', 3, 6],
    ['テレワークを実施した職員数', null, 30],
    ['まちづくりアンケート調査（デジタル行政）に対する市民満足度', null, 70],
    ['ICT を使った授業が分かりやすく楽しいと思う児童生徒の割合', null, 90],
    ['オープンデータ項目数', 27, 40],
    ['対象 20 業務の標準化・共通化', null, '令和 7 年度末まで対象 20 業務について標準準拠システムに移行'],
    ['AIやRPA等により削減した年間作業時間数', null, 5512],
    ['導入の可否', null, '導入'],
    ['インシデント件数', 0, 0],
    ['講座等受講者の理解・満足した人の割合', null, 70],
    ['情報バリアフリーの検討数', null, 3],
  ];

  it('has every indicator of the 施策内容 cards exactly as printed', () => {
    const rows = plan.goals
      .flatMap((g) => indicatorsOfGoal(plan, g.id))
      .map((indicator) => {
        const baseline = latestOf(plan, indicator.id, 'baseline')!;
        const target = indicator.kind === 'text' ? indicator.target_text! : latestOf(plan, indicator.id, 'target')!.value!;
        return [indicator.name, baseline.value, target];
      });
    expect(rows).toEqual(cards);
  });

  // 第4章 2 施策内容 (seed lines 530–625): each 取組 card prints its own 指標, not its measure's.
  it('shows under each 施策内容 card only the indicators the card prints', () => {
    const printed: [string, string[]][] = [
      ['online-procedures', ['オンライン手続き数']],
      ['counter-procedures', ['導入の検証']],
      ['my-number-card', ['ぴったりサービス利用割合']],
      ['safety-information', ['プッシュ型情報発信手段の数']],
      ['telework', ['テレワークを実施した職員数']],
      ['community-digital', ['まちづくりアンケート調査（デジタル行政）に対する市民満足度']],
      ['school-ict', ['ICT を使った授業が分かりやすく楽しいと思う児童生徒の割合']],
      ['open-data', ['オープンデータ項目数']],
      ['system-standardization', ['対象 20 業務の標準化・共通化']],
      ['ai-rpa', ['AIやRPA等により削減した年間作業時間数']],
      ['work-efficiency', ['導入の可否']],
      ['security', ['インシデント件数']],
      ['digital-divide', ['講座等受講者の理解・満足した人の割合', '情報バリアフリーの検討数']],
    ];
    const blocks = plan.chapters.find((c) => c.id === 'c4')!.blocks;
    const shown = printed.map(([section]) => {
      const directives = blocks.filter((b) => b.sectionId === section && b.type === 'directive' && b.name === 'indicators');
      return [
        section,
        directives.flatMap((d) =>
          (d.type === 'directive'
            ? indicatorsUnder(plan, { measureId: d.attributes.measure, initiativeId: d.attributes.initiative })
            : []
          ).map((i) => i.name),
        ),
      ];
    });
    expect(shown).toEqual(printed);
  });

  it('keeps the printed wording of targets with words around the number, and invents no years', () => {
    const note = (id: string, kind: 'baseline' | 'target') => latestOf(plan, id, kind)!.note;
    expect(note('online-procedure-count', 'target')).toContain('オンライン化対象事業 1063 手続き');
    expect(note('ai-rpa-hours-saved', 'target')).toContain('5,512時間（職員3人分の年間労働時間相当）');
    expect(plan.observations.every((o) => o.fiscal_year === null)).toBe(true);
    const dashes = plan.observations.filter((o) => o.value === null && o.kind === 'baseline');
    expect(dashes).toHaveLength(9);
    expect(dashes.filter((o) => o.note === '原本では「－」（現状値の記載なし）')).toHaveLength(8);
  });

  // 表5 評価レベルの基準 and 表6 定性評価の一覧.
  it('has the qualitative evaluation of 表5 and 表6', () => {
    expect(plan.scoreAxes.map((a) => a.name)).toEqual([
      '対象とする市民の規模',
      '市民生活への影響度',
      '新しい生活様式への対応度',
      '庁内体制への影響度',
      '活用するICTの難易度',
      '見込まれる費用',
    ]);
    expect(plan.scoreLevels).toHaveLength(30);
    const level = (axis: number, n: number) =>
      plan.scoreLevels.find((l) => l.axis_id === plan.scoreAxes[axis]!.id && l.level === n)!.definition;
    expect(level(0, 5)).toBe('ほぼすべての市民');
    expect(level(4, 5)).toBe('複数の高度な技術の組み合わせと調整が必要');
    expect(level(5, 1)).toBe('費用を要しないまたは現年予算内で可能');
    const table6: [string, number[]][] = [
      ['オンラインによる申請、予約、照会等', [5, 4, 4, 5, 3, 3]],
      ['書かない窓口、キャッシュレス決済、ワンストップ窓口等', [5, 4, 3, 4, 4, 3]],
      ['ぴったりサービス、e-tax等', [3, 4, 5, 3, 2, 2]],
      ['プッシュ型情報提供、防災情報発信手段の拡充', [5, 5, 5, 3, 1, 2]],
      ['テレワークの推進', [2, 2, 4, 4, 2, 3]],
      ['産業や観光、暮らしに役立つICTの活用', [5, 4, 3, 4, 3, 4]],
      ['教育におけるICTリテラシーの向上', [4, 2, 2, 3, 3, 2]],
      ['オープンデータの推進', [5, 2, 1, 5, 1, 1]],
      ['情報システムの標準化・共通化', [5, 2, 1, 4, 5, 5]],
      ['AI・RPA等の利用促進', [1, 2, 1, 3, 2, 2]],
      ['会議の効率化、ICT活用による現地との情報共有等', [2, 2, 4, 4, 2, 3]],
      ['セキュリティ対策の徹底', [5, 5, 1, 5, 1, 1]],
      ['デジタル活用講座', [4, 2, 3, 1, 1, 1]],
    ];
    const actual = plan.initiatives.map((i) => [
      i.text,
      plan.scoreAxes.map((a) => plan.scores.find((s) => s.item_id === i.id && s.axis_id === a.id)!.level),
    ]);
    expect(actual).toEqual(table6);
    expect(plan.scores).toHaveLength(78);
  });

  it('has one roadmap per card (two steps on the デジタル・デバイド card)', () => {
    expect(plan.roadmap).toHaveLength(14);
    expect(new Set(plan.roadmap.map((r) => r.item_id)).size).toBe(13);
    expect(plan.roadmap.filter((r) => r.item_id === 'p8-i1').map((r) => r.label)).toEqual([
      'デジタル活用講座の開催',
      '情報バリアフリーの検討',
    ]);
    expect(plan.roadmap.every((r) => r.span_note !== null)).toBe(true);
  });

  it('has the data tables 表1–表4', () => {
    expect(plan.datasets.map((d) => d.title)).toEqual([
      '表 1 横手市の ICT 活用事例',
      '表 2 アクセスポイント一覧',
      '表 3 特定目的のアクセスポイント',
      '表4 重点取組項目と国のDX推進計画の位置づけの整理',
    ]);
    const ict = plan.datasets[0]!.rows;
    expect(ict.map((r) => r.result)).toEqual([7041, 14406, 3826, 6138, 14, 0, 101, 192, 6743, 27, 1647, 10557, 8590, 9]);
    const wifi = plan.datasets[1]!.rows;
    expect(wifi).toHaveLength(68);
    expect(wifi.map((r) => r.no)).toEqual(Array.from({ length: 68 }, (_, i) => i + 1));
    const byDistrict = Object.fromEntries(
      ['横手', '十文字', '増田', '平鹿', '雄物川', '山内', '大森', '大雄'].map((d) => [d, wifi.filter((r) => r.district === d).length]),
    );
    expect(byDistrict).toEqual({ 横手: 41, 十文字: 4, 増田: 4, 平鹿: 5, 雄物川: 4, 山内: 1, 大森: 3, 大雄: 6 });
    // 表2's second page (003 L273–301) prints both headings over one column of marks: the column says so,
    // in the original's words, not in the site's (「列を判別できない印」), and its note [!19] is kept.
    const marks = plan.datasets[1]!.columns.find((c) => c.name === 'mark-unplaced')!;
    expect(marks.label).toBe('WEB会議用／住民利用用');
    expect(plan.datasets[1]!.columns.map((c) => c.label)).not.toContain('列を判別できない印');
    expect(wifi.find((r) => r.no === 42)!['mark-unplaced']).toBe('●');
    expect(plan.corrections.find((c) => c.id === 19)!.reason).toContain('「WEB会議用／住民利用用」');
    expect(plan.datasets[2]!.rows).toHaveLength(2);
    expect(plan.datasets[3]!.rows).toHaveLength(13);
  });

  it('has the 47 terms of the kana-indexed glossary', () => {
    expect(plan.glossary).toHaveLength(47);
    expect([...new Set(plan.glossary.map((t) => t.index_label))]).toEqual([
      'あ',
      'い',
      'え',
      'お',
      'か',
      'き',
      'く',
      'こ',
      'し',
      'す',
      'せ',
      'て',
      'と',
      'ひ',
      'ふ',
      'ま',
      'め',
      'ら',
      'わ',
    ]);
    const iot = plan.glossary[0]!;
    expect([iot.term, iot.reading, iot.index_label]).toEqual(['IoT', 'アイオーティー', 'あ']);
    expect(plan.glossary.find((t) => t.term === 'RPA')!.reading).toBe('アールピーイー');
    expect(plan.glossary.find((t) => t.term === 'ICT リテラシー')!.reading).toBeNull();
    expect(plan.glossary.every((t) => t.page === 29 && t.sort_reading !== null)).toBe(true);
  });

  it('lists every correction with the string as extracted', () => {
    const corrected = plan.corrections.filter((c) => c.action === 'corrected').map((c) => [c.original, c.corrected]);
    expect(corrected).toContainEqual(['IT利活用の進化为目標に', 'IT利活用の進化を目標に']);
    // The corrected strings really are what the site publishes.
    expect(JSON.stringify(plan.chapters)).not.toContain('为');
    // A word that could be the original's own slip (半濁点 printed as 濁点) is published as printed.
    const kept = plan.corrections.filter((c) => c.action === 'kept').map((c) => c.original);
    expect(kept).toEqual(expect.arrayContaining(['びったりサービス', 'ぶらざ', 'デジタル・デバインド']));
    expect(plan.glossary.map((t) => t.term)).toContain('びったりサービス');
    expect(
      plan.datasets.find((d) => d.id === 'wifi-access-points')!.rows.filter((r) => String(r.site).startsWith('Y²ぶらざ')),
    ).toHaveLength(5);
  });
});
