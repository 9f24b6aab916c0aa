import { describe, expect, it } from 'vitest';
import {
  foldKey,
  foldText,
  readLongVowels,
  SEARCH_FOLDING,
  TERM_FOLDING,
  toHalfWidth,
  toHiragana,
  toKatakana,
} from '../../../src/lib/text/fold-text.ts';

/**
 * Every case of the one folding, in both of its uses: [text, as the glossary folds it (linker,
 * duplicate-term rule, cross-plan glossary), as search folds it].
 */
const CASES: [what: string, text: string, term: string, search: string][] = [
  // Width and case.
  ['full-width Latin', 'ＡＩ', 'ai', 'ai'],
  ['full-width Latin, mixed case', 'Ｄｘ', 'dx', 'dx'],
  ['upper case', 'DX推進', 'dx推進', 'dx推進'],
  ['full-width digits and sign', '６５％', '65%', '65'],
  ['circled digit', '①子育て　分野', '1子育て分野', '1子育テ分野'],
  // Half-width katakana, with voiced marks joined to their kana.
  ['half-width katakana with voiced marks', 'ﾃﾞｼﾞﾀﾙ', 'デジタル', 'デジタル'],
  ['half-width katakana, long word', 'ｶﾞﾊﾞﾒﾝﾄｸﾗｳﾄﾞ', 'ガバメントクラウド', 'ガバメントクラウド'],
  ['half-width semi-voiced mark and long vowel mark', 'ﾊﾟｽﾜｰﾄﾞ', 'パスワード', 'パスワード'],
  ['half-width ｳﾞ', 'ｳﾞｨ', 'ヴィ', 'ヴィ'],
  ['combining voiced mark', 'テ\u3099ジタル', 'デジタル', 'デジタル'],
  ['spacing voiced mark', 'テ゛ジタル', 'デジタル', 'デジタル'],
  // The connectors inside a term: hyphen, space, middle dot.
  ['Wi-Fi', 'Wi-Fi', 'wifi', 'wifi'],
  ['WiFi', 'WiFi', 'wifi', 'wifi'],
  ['Wi Fi', 'Wi Fi', 'wifi', 'wifi'],
  ['Wi・Fi', 'Wi・Fi', 'wifi', 'wifi'],
  ['full-width Ｗｉ－Ｆｉ', 'Ｗｉ－Ｆｉ', 'wifi', 'wifi'],
  ['hyphen U+2010', 'wi‐fi', 'wifi', 'wifi'],
  ['hyphen between Latin letters', 'e-Gov', 'egov', 'egov'],
  ['hyphen between digits', '2026-2030', '20262030', '20262030'],
  ['middle dot', 'デジタル・デバイド', 'デジタルデバイド', 'デジタルデバイド'],
  ['half-width middle dot', 'デジタル･デバイド', 'デジタルデバイド', 'デジタルデバイド'],
  ['space', '生成 AI', '生成ai', '生成ai'],
  ['ideographic space', '生成　AI', '生成ai', '生成ai'],
  ['only connectors', '　・－ ', '', ''],
  ['empty', '', '', ''],
  // Long vowel marks: a dash right after a kana is ー.
  ['long vowel mark', 'サーバー', 'サーバー', 'サーバー'],
  ['half-width long vowel mark', 'サーバｰ', 'サーバー', 'サーバー'],
  ['full-width hyphen-minus as long vowel', 'サーバ－', 'サーバー', 'サーバー'],
  ['hyphen U+2010 as long vowel', 'サーバ‐', 'サーバー', 'サーバー'],
  ['en dash as long vowel', 'サーバ–', 'サーバー', 'サーバー'],
  ['an em dash after a kana is punctuation, not ー', '—ストルターマン—', 'ストルターマン', 'ストルターマン'],
  ['horizontal bar between words', 'デジタル―ガバメント', 'デジタルガバメント', 'デジタルガバメント'],
  ['minus sign as long vowel', 'サーバ−', 'サーバー', 'サーバー'],
  ['long vowel inside a word', 'デ－タ', 'データ', 'データ'],
  ['a lone long vowel mark stays', 'ー', 'ー', 'ー'],
  ['a dash after a dropped space is not a long vowel', 'ア －', 'ア', 'ア'],
  // Kana: only search folds hiragana into katakana.
  ['hiragana reading', 'ぜろとらすと', 'ぜろとらすと', 'ゼロトラスト'],
  ['hiragana with long vowel mark', 'すまーとめーたー', 'すまーとめーたー', 'スマートメーター'],
  ['mixed kana', 'ごみカレンダー', 'ごみカレンダー', 'ゴミカレンダー'],
  // Punctuation: only search ignores all of it.
  ['brackets', '「避難所」（指定）', '「避難所」(指定)', '避難所指定'],
  ['comma', '行政、DX', '行政、dx', '行政dx'],
];

describe('foldKey', () => {
  it.each(CASES)('%s: %s → %s (glossary), %s (search)', (_what, text, term, search) => {
    expect(foldKey(text, TERM_FOLDING)).toBe(term);
    expect(foldKey(text, SEARCH_FOLDING)).toBe(search);
  });

  it.each([
    ['Wi-Fi', 'WiFi', 'Wi Fi', 'Ｗｉ－Ｆｉ', 'wi‐fi'],
    ['デジタル', 'ﾃﾞｼﾞﾀﾙ', 'テ゛ジタル'],
    ['サーバー', 'サーバｰ', 'サーバ－', 'サーバ‐'],
  ])('gives every spelling of %s one key', (...spellings) => {
    expect(new Set(spellings.map((s) => foldKey(s, TERM_FOLDING))).size).toBe(1);
  });
});

describe('foldText', () => {
  it('maps each folded character back to where it starts and ends in the original', () => {
    const text = '（Ｗｉ－Ｆｉ） ｶﾞｲﾄﾞ';
    const folded = foldText(text, SEARCH_FOLDING);
    expect(folded.text).toBe('wifiガイド');
    const span = (from: number, to: number) => text.slice(folded.starts[from], folded.ends[to]);
    expect(span(0, 3)).toBe('Ｗｉ－Ｆｉ');
    expect(span(4, 4)).toBe('ｶﾞ');
    expect(span(4, 6)).toBe('ｶﾞｲﾄﾞ');
  });

  it('maps a long vowel mark read from a dash to the dash', () => {
    const text = 'ｻｰﾊﾞ－を';
    const folded = foldText(text, TERM_FOLDING);
    expect(folded.text).toBe('サーバーを');
    expect(text.slice(folded.starts[3], folded.ends[3])).toBe('－');
  });

  it('keeps one position per UTF-16 unit, also for characters outside the BMP', () => {
    const folded = foldText('𠮷野家', TERM_FOLDING);
    expect(folded.text).toBe('𠮷野家');
    expect(folded.starts).toEqual([0, 0, 2, 3]);
    expect(folded.ends).toEqual([2, 2, 3, 4]);
  });
});

describe('readLongVowels', () => {
  it('reads a hyphen or minus after a kana as ー, as foldText does, and changes nothing else', () => {
    expect(readLongVowels('サーバ- と デ‐タ、Wi-Fi、2026-2030、ー-')).toBe('サーバー と データ、Wi-Fi、2026-2030、ーー');
    expect(readLongVowels('—ストルターマン—')).toBe('—ストルターマン—');
    for (const text of ['サーバ-', 'デ‐タ', 'すま−と'])
      expect(foldKey(readLongVowels(text), TERM_FOLDING)).toBe(foldKey(text, TERM_FOLDING));
  });
});

describe('kana and width converters', () => {
  it('converts between the two kana and leaves everything else', () => {
    expect(toKatakana('ぜろとらすと・AI・漢字')).toBe('ゼロトラスト・AI・漢字');
    expect(toHiragana('マイナポータル・AI')).toBe('まいなぽーたる・AI');
  });

  it('converts full-width letters, digits and signs to half-width, and nothing else', () => {
    expect(toHalfWidth('Ｗｉ－Ｆｉ　６５％')).toBe('Wi-Fi 65%');
    expect(toHalfWidth('ﾃﾞｼﾞﾀﾙ・デジタル')).toBe('ﾃﾞｼﾞﾀﾙ・デジタル');
  });
});
