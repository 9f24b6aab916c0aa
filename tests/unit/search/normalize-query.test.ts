import { describe, expect, it } from 'vitest';
// The folding itself (width, case, kana, connectors, long vowel marks) is tested in tests/unit/text/fold-text.test.ts.
import { kanaVariants, normalizeQuery } from '../../../src/lib/search/normalize-query.ts';

describe('the queries sent to Pagefind', () => {
  it('normalises width and spaces', () => {
    expect(normalizeQuery('　Ｗｉ－Ｆｉ　　整備率 ')).toBe('Wi-Fi 整備率');
    expect(normalizeQuery('ｻｰﾊﾞ－ ﾃﾞｰﾀ')).toBe('サーバー データ');
  });
  it('asks for the query as typed and in each kana, each once', () => {
    expect(kanaVariants('ぜろとらすと')).toEqual(['ぜろとらすと', 'ゼロトラスト']);
    expect(kanaVariants('マイナポータル')).toEqual(['マイナポータル', 'まいなぽーたる']);
    expect(kanaVariants('こうむシステム')).toEqual(['こうむシステム', 'コウムシステム', 'こうむしすてむ']);
    expect(kanaVariants('RPA')).toEqual(['RPA']);
    expect(kanaVariants('   ')).toEqual([]);
  });
});
