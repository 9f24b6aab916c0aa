import { describe, expect, it } from 'vitest';
import { fold, foldText, toHiragana, toKatakana } from '../../../src/lib/search/fold.ts';
import { kanaVariants, normalizeQuery } from '../../../src/lib/search/normalize-query.ts';

describe('fold', () => {
  it.each([
    ['ぜろとらすと', 'ゼロトラスト'],
    ['Ｗｉ－Ｆｉ', 'wifi'],
    ['Wi-Fi', 'wifi'],
    ['デジタル・デバイド', 'デジタルデバイド'],
    ['生成 AI', '生成ai'],
    ['ｶﾞﾊﾞﾒﾝﾄｸﾗｳﾄﾞ', 'ガバメントクラウド'],
    ['がばめんとくらうど', 'ガバメントクラウド'],
    ['「避難所」（指定）', '避難所指定'],
    ['①子育て　分野', '1子育テ分野'],
    ['ごみカレンダー', 'ゴミカレンダー'],
  ])('folds %s to %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
  it('keeps the long vowel mark, a letter of katakana words', () => {
    expect(fold('スマートメーター')).toBe('スマートメーター');
    expect(fold('すまーとめーたー')).toBe('スマートメーター');
  });
  it('maps each folded character back to where it starts and ends in the original', () => {
    const text = '（Ｗｉ－Ｆｉ） ｶﾞｲﾄﾞ';
    const folded = foldText(text);
    expect(folded.text).toBe('wifiガイド');
    const span = (from: number, to: number) => text.slice(folded.starts[from], folded.ends[to]);
    expect(span(0, 3)).toBe('Ｗｉ－Ｆｉ');
    expect(span(4, 4)).toBe('ｶﾞ');
    expect(span(4, 6)).toBe('ｶﾞｲﾄﾞ');
  });
  it('converts between the two kana and leaves everything else', () => {
    expect(toKatakana('ぜろとらすと・AI・漢字')).toBe('ゼロトラスト・AI・漢字');
    expect(toHiragana('マイナポータル・AI')).toBe('まいなぽーたる・AI');
  });
});

describe('the queries sent to Pagefind', () => {
  it('normalises width and spaces', () => {
    expect(normalizeQuery('　Ｗｉ－Ｆｉ　　整備率 ')).toBe('Wi-Fi 整備率');
  });
  it('asks for the query as typed and in each kana, each once', () => {
    expect(kanaVariants('ぜろとらすと')).toEqual(['ぜろとらすと', 'ゼロトラスト']);
    expect(kanaVariants('マイナポータル')).toEqual(['マイナポータル', 'まいなぽーたる']);
    expect(kanaVariants('こうむシステム')).toEqual(['こうむシステム', 'コウムシステム', 'こうむしすてむ']);
    expect(kanaVariants('RPA')).toEqual(['RPA']);
    expect(kanaVariants('   ')).toEqual([]);
  });
});
