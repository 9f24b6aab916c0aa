import { describe, expect, it } from 'vitest';
import { printedNames, synonymQueries, synonymTable } from '../../../src/lib/search/synonyms.ts';
import { glossaryPlan, glossaryTerm } from '../glossary/glossary-fixture.ts';

const term = glossaryTerm;
const plan = glossaryPlan;
const keys = (table: string[][]) => table.map((set) => [...set].sort()).sort();

describe('synonymTable: the links the glossaries make', () => {
  it("names a term by what the original prints: the term without its note marks, the reading, the aliases (not the site's sort reading)", () => {
    expect(printedNames(term({ term: 'AIチャットボット[!27]', reading: 'エーアイチャットボット', sort_reading: 'えーあい' }))).toEqual([
      'AIチャットボット',
      'エーアイチャットボット',
    ]);
    expect(printedNames(term({ term: 'SMS（ショートメッセージサービス）', aliases: 'ショートメッセージサービス｜SMS' }))).toEqual([
      'SMS（ショートメッセージサービス）',
      'ショートメッセージサービス',
      'SMS',
    ]);
  });

  it('joins the names of one term, and the terms of two plans that share a name after folding', () => {
    const table = synonymTable([
      plan('a', [term({ id: 'dx', term: 'DX', aliases: 'デジタル・トランスフォーメーション' })]),
      plan('b', [term({ id: 'dt', term: 'デジタルトランスフォーメーション', reading: 'ディーティー' }), term({ id: 'ai', term: 'AI' })]),
    ]);
    expect(keys(table)).toEqual([['DX', 'ディーティー', 'デジタル・トランスフォーメーション']]);
  });

  it('leaves out a term whose names all fold alike (nothing to expand)', () => {
    expect(synonymTable([plan('a', [term({ term: 'Wi-Fi', aliases: 'WiFi｜Ｗｉ－Ｆｉ' })])])).toEqual([]);
  });

  it('links a term to the broader term its definition names (「…、無線 LAN の認定規格の一つ。」), one step only', () => {
    const table = synonymTable([
      plan('a', [
        term({
          id: 'wi-fi',
          term: 'Wi-Fi',
          reading: 'ワイファイ',
          description: 'Wi-Fi Alliance という団体に認証された、無線 LAN の認定規格の一つ。',
        }),
        term({
          id: 'lan',
          term: '無線 LAN',
          reading: '無線ラン',
          description: '有線ケーブルがなくてもインターネットに接続できるシステム。',
        }),
        term({ id: 'wigig', term: 'WiGig', description: '高速な、無線 LAN の規格の一種。' }),
      ]),
    ]);
    expect(keys(table)).toEqual([
      ['Wi-Fi', 'ワイファイ', '無線 LAN', '無線ラン'],
      ['WiGig', '無線 LAN', '無線ラン'],
    ]);
    // Two kinds of 無線 LAN are not synonyms of each other.
    expect(synonymQueries('Wi-Fi', table).map((q) => q.synonym)).toEqual(['ワイファイ', '無線 LAN', '無線ラン']);
    expect(synonymQueries('無線LAN', table).map((q) => q.synonym)).toEqual(['Wi-Fi', 'ワイファイ', '無線ラン', 'WiGig']);
  });

  it('does not read a definition that only mentions another term as a link', () => {
    const table = synonymTable([
      plan('a', [
        term({ id: 'portal', term: 'マイナポータル', description: 'マイナンバーカードで利用できる、政府のオンラインサービス。' }),
        term({ id: 'card', term: 'マイナンバーカード', description: '顔写真付のカード。' }),
        term({ id: 'other', term: 'X', description: '別のシステムの一つ。' }),
      ]),
    ]);
    expect(table).toEqual([]);
  });
});

describe('synonymQueries', () => {
  const table = [
    ['Wi-Fi', 'ワイファイ', '無線 LAN'],
    ['アナログ規制（見直し）', 'アナログ規制'],
  ];
  it('replaces the whole query, or one word of it, by each other name; spelling and width do not matter', () => {
    expect(synonymQueries('ＷｉＦｉ', table)).toEqual([
      { query: 'ワイファイ', synonym: 'ワイファイ' },
      { query: '無線 LAN', synonym: '無線 LAN' },
    ]);
    expect(synonymQueries('避難所  wifi', table).map((q) => q.query)).toEqual(['避難所 ワイファイ', '避難所 無線 LAN']);
  });
  it('leaves out a synonym that contains the query (whatever it finds, the query finds), and a query that names nothing', () => {
    expect(synonymQueries('アナログ規制', table)).toEqual([]);
    expect(synonymQueries('アナログ規制（見直し）', table)).toEqual([{ query: 'アナログ規制', synonym: 'アナログ規制' }]);
    expect(synonymQueries('LAN', table)).toEqual([]);
    expect(synonymQueries('   ', table)).toEqual([]);
  });
});
