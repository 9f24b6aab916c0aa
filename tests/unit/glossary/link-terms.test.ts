import { describe, expect, it } from 'vitest';
import { compileTerms, findTerms, linkTerms } from '../../../src/lib/glossary/link-terms.ts';
import type { GlossaryTerm } from '../../../src/schemas/glossary-term.ts';

const term = (id: string, text: string, aliases: string | null = null): GlossaryTerm => ({
  id,
  term: text,
  reading: null,
  aliases,
  expansion: null,
  description: '説明',
  sort_reading: null,
  page: 24,
  number: null,
  index_label: null,
  used_pages: null,
});
const matcher = compileTerms([
  term('ai', 'AI'),
  term('generative-ai', '生成 AI'),
  term('ui', 'UI'),
  term('ict', 'ICT'),
  term('push', 'プッシュ型支援', 'プッシュ型通知'),
  term('wifi', 'Wi-Fi'),
  term('dx', 'DX'),
  term('it', 'IT'),
  term('digital', 'デジタル'),
  term('server', 'サーバー'),
  term('gomi', 'ゴミ'),
]);
const found = (text: string) => findTerms(text, matcher).map((s) => [text.slice(s.start, s.end), s.termId]);

describe('findTerms', () => {
  it('prefers the longest term (生成AI before AI), with or without the printed space', () => {
    expect(found('生成AIの活用とAI')).toEqual([
      ['生成AI', 'generative-ai'],
      ['AI', 'ai'],
    ]);
    expect(found('生成 AI の活用')).toEqual([['生成 AI', 'generative-ai']]);
  });
  it.each([
    ['CAIO', []],
    ['GUI', []],
    ['ITS', []],
    ['AI統括責任者（CAIO）', [['AI', 'ai']]],
    ['ICTを', [['ICT', 'ict']]],
    ['IT に', [['IT', 'it']]],
  ] as const)('does not match a Latin term inside a longer Latin word: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it('ignores full-width / half-width differences and letter case', () => {
    expect(found('ＡＩとＷｉ－Ｆｉ、wi-fi')).toEqual([
      ['ＡＩ', 'ai'],
      ['Ｗｉ－Ｆｉ', 'wifi'],
      ['wi-fi', 'wifi'],
    ]);
  });
  it.each([
    ['WiFi環境', [['WiFi', 'wifi']]],
    ['Wi Fi環境', [['Wi Fi', 'wifi']]],
    ['Ｗｉ－Ｆｉ環境', [['Ｗｉ－Ｆｉ', 'wifi']]],
    ['ﾃﾞｼﾞﾀﾙ化', [['ﾃﾞｼﾞﾀﾙ', 'digital']]],
    ['サーバ－の更新', [['サーバ－', 'server']]],
    ['サーバｰの更新', [['サーバｰ', 'server']]],
    ['AI-OCR', [['AI', 'ai']]],
    ['生成ＡＩ', [['生成ＡＩ', 'generative-ai']]],
  ] as const)('finds a term however its width, hyphen, space or long vowel mark is written: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it('does not fold kana: a katakana term is not found in hiragana text', () => {
    expect(found('ごみの分別')).toEqual([]);
    expect(found('ゴミの分別')).toEqual([['ゴミ', 'gomi']]);
  });
  it('ends in bounded time when a spelling is empty or only spaces (an empty key would match everywhere)', () => {
    const broken = compileTerms([term('ai', '人工知能', ' ｜｜　｜エーアイ')]);
    expect(broken.forms.map((f) => f.key)).toEqual(['人工知能', 'エーアイ']);
    expect(findTerms('人工知能とエーアイ', broken).map((s) => s.termId)).toEqual(['ai', 'ai']);
  });
  it('matches aliases to their term', () => {
    expect(found('プッシュ型通知による')).toEqual([['プッシュ型通知', 'push']]);
  });
});

describe('linkTerms', () => {
  it('links only the first occurrence per section, leaving bold text and footnotes alone', () => {
    const seen = new Set<string>();
    const first = linkTerms(
      [
        { type: 'text', text: 'DXとDX' },
        { type: 'strong', children: [{ type: 'text', text: 'AI' }] },
        { type: 'footnote-ref', label: '1' },
      ],
      matcher,
      seen,
    );
    expect(first).toEqual([
      { type: 'term', termId: 'dx', text: 'DX' },
      { type: 'text', text: 'とDX' },
      { type: 'strong', children: [{ type: 'text', text: 'AI' }] },
      { type: 'footnote-ref', label: '1' },
    ]);
    expect(linkTerms([{ type: 'text', text: 'DXとAI' }], matcher, seen)).toEqual([
      { type: 'text', text: 'DXと' },
      { type: 'term', termId: 'ai', text: 'AI' },
    ]);
  });
});
