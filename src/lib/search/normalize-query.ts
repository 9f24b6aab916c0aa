import { readLongVowels, toHiragana, toKatakana } from '../text/fold-text.ts';

/**
 * A query as the index expects it: full-width letters, digits and signs become half-width and
 * half-width katakana full-width (NFKC), so 「Ｗｉ－Ｆｉ」 and 「Wi-Fi」 find the same pages; a
 * hyphen or minus typed for a long vowel mark becomes ー (「サーバ－」 finds 「サーバー」, as the
 * ranking's folding reads it); runs of spaces collapse.
 */
export function normalizeQuery(query: string): string {
  return readLongVowels(query.normalize('NFKC'))
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/**
 * The queries to send to Pagefind for one reader's query: as typed (normalised), with its
 * hiragana as katakana, and with its katakana as hiragana — each once. Pagefind matches kana as
 * written, so 「ぜろとらすと」 finds 「ゼロトラスト」 only through the katakana form; which of the
 * pages found really match is decided afterwards, on folded text (see rank-results.ts).
 */
export function kanaVariants(query: string): string[] {
  const typed = normalizeQuery(query);
  return [...new Set([typed, toKatakana(typed), toHiragana(typed)])].filter(Boolean);
}
