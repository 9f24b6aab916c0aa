import { glossaryTerm } from '../glossary/glossary-fixture.ts';
import { describe, expect, it } from 'vitest';
import { toFoundPage } from '../../../src/lib/search/pagefind-data.ts';
import { termNames, termRecords } from '../../../src/lib/search/term-records.ts';
import type { PlanContent } from '../../../src/lib/content/types.ts';

describe('toFoundPage (Pagefind 1.x result data)', () => {
  const data = {
    url: '/plans/k/chapters/c2/',
    content: '第2章 社会動向. (1) 社会動向. 現在、<計画>では',
    raw_content:
      '第\u200B2\u200B章 \u200B社会\u200B動向\u200B. \u200B(\u200B1\u200B) \u200B社会\u200B動向\u200B. \u200B現在\u200B、\u200B&lt;\u200B計画\u200B&gt;\u200Bでは',
    meta: { title: '第2章 社会動向', plan: '北上市', type: '章' },
    anchors: [
      { element: 'h2', id: 'trends', text: '(1) 社会動向', location: 6 },
      { element: 'p', id: 'trends-p1', text: '現在、<計画>では', location: 13 },
      { element: 'section', id: 'box', title: '囲み記事', location: 15 },
    ],
  };
  it("keeps Pagefind's words (joined, they give the text back) and its headings; other ids are not sections", () => {
    const page = toFoundPage(data);
    expect(page.words.join('')).toBe('第2章 社会動向. (1) 社会動向. 現在、<計画>では');
    expect(page.words[6]).toBe('(');
    expect(page.headings).toEqual([
      { id: 'trends', text: '(1) 社会動向', location: 6 },
      { id: 'box', text: '囲み記事', location: 15 },
    ]);
    expect(page).toMatchObject({ url: '/plans/k/chapters/c2/', title: '第2章 社会動向', plan: '北上市', type: '章' });
    expect(page.record).toBeUndefined();
  });
  it('reads text without word boundaries word by word', () => {
    expect(toFoundPage({ ...data, raw_content: undefined, content: 'Open data and  CSV' }).words).toEqual([
      'Open ',
      'data ',
      'and  ',
      'CSV',
    ]);
  });
  it("reads a glossary record's names and definition from its meta", () => {
    const record = toFoundPage({
      url: '/plans/k/glossary/#term-x',
      content: 'x',
      anchors: [],
      meta: {
        title: '生成 AI',
        plan: '北上市',
        type: '用語',
        record: 'term',
        names: '生成 AI｜せいせいえーあい',
        definition: '人工知能。',
      },
    });
    expect(record.record).toEqual({ names: ['生成 AI', 'せいせいえーあい'], definition: '人工知能。' });
  });
});

describe('glossary records', () => {
  const term = glossaryTerm;
  it('name a term by the term, its printed reading, its aliases and the sort reading, each once', () => {
    expect(termNames(term({ term: 'ゼロトラスト', aliases: 'ゼロトラスト・アーキテクチャ', sort_reading: 'ぜろとらすと' }))).toEqual([
      'ゼロトラスト',
      'ゼロトラスト・アーキテクチャ',
      'ぜろとらすと',
    ]);
    expect(termNames(term({ term: '無線 LAN', reading: '無線ラン', sort_reading: 'むせんらん' }))).toEqual([
      '無線 LAN',
      '無線ラン',
      'むせんらん',
    ]);
    expect(
      termNames(term({ term: 'DX（デジタル・トランスフォーメーション）', aliases: 'DX｜デジタル・トランスフォーメーション' })),
    ).toEqual(['DX（デジタル・トランスフォーメーション）', 'DX', 'デジタル・トランスフォーメーション']);
  });
  it('point at the entry, index every name in both kana, and carry what a result shows', () => {
    const plans = [
      {
        plan: { id: 'kitakami-2026', title: '北上市情報基本計画2026（案）' },
        glossary: [
          term({
            id: 'csirt',
            term: 'CSIRT',
            reading: 'シーサート',
            description: 'Computer Security Incident Response Team の略称。\n組織内の事故対応チーム。詳しくは後述。',
          }),
        ],
      },
    ] as unknown as PlanContent[];
    expect(termRecords(plans)).toEqual([
      {
        url: '/plans/kitakami-2026/glossary/#term-csirt',
        content: 'CSIRT シーサート しーさーと',
        language: 'ja',
        meta: {
          title: 'CSIRT',
          plan: '北上市情報基本計画2026（案）',
          type: '用語',
          record: 'term',
          names: 'CSIRT｜シーサート',
          definition: '組織内の事故対応チーム。',
        },
        filters: { 計画: ['北上市情報基本計画2026（案）'], 種類: ['用語'] },
      },
    ]);
  });
  it("also index every name in search's folding, so WiFi and ﾃﾞｼﾞﾀﾙ find their entries", () => {
    const plans = [
      {
        plan: { id: 'kitakami-2026', title: '北上市情報基本計画2026（案）' },
        glossary: [
          term({ id: 'wi-fi', term: 'Wi-Fi', reading: 'ワイファイ', description: '無線LANの規格。' }),
          term({ id: 'dt', term: 'デジタル・トランスフォーメーション', description: '変革。' }),
        ],
      },
    ] as unknown as PlanContent[];
    expect(termRecords(plans).map((r) => r.content)).toEqual([
      'Wi-Fi wifi ワイファイ わいふぁい',
      'デジタル・トランスフォーメーション でじたる・とらんすふぉーめーしょん デジタルトランスフォーメーション でじたるとらんすふぉーめーしょん',
    ]);
  });
});
