/**
 * Folding for search: the text a query is compared with, and the query itself, in one form.
 */

/** Text in its search form, with where each of its characters came from in the original. */
export interface FoldedText {
  /** The folded text. */
  text: string;
  /** `starts[i]` is the index (UTF-16) in the original text where the character that gave `text[i]` starts… */
  starts: number[];
  /** …and `ends[i]` where it ends (exclusive). */
  ends: number[];
}

const HIRAGANA = /[\u3041-\u3096\u309D\u309E]/g;
const KATAKANA = /[\u30A1-\u30F6\u30FD\u30FE]/g;
/** Half-width and combining voiced sound marks, which NFKC joins to the kana before them. */
// Each mark is tested on its own (a one-character string), never combined with a kana here.
// eslint-disable-next-line no-misleading-character-class
const VOICED_MARK = /^[\uFF9E\uFF9F\u3099\u309A]$/;
/** What a match ignores: spaces and punctuation (・, -, 、, 「」, （）, 〜 …). The long vowel mark ー is a letter. */
const IGNORED = /^[\s\p{P}]$/u;

/** Characters NFKC leaves as they are (ASCII, kana, common kanji): folded without normalising. */
const STABLE = /^[\u0020-\u007E\u3041-\u3096\u30A1-\u30FA\u30FC\u4E00-\u9FFF]$/;

const shift = (offset: number) => (kana: string) => String.fromCharCode(kana.charCodeAt(0) + offset);

/** Hiragana as katakana (ぜろとらすと → ゼロトラスト); everything else unchanged. */
export const toKatakana = (text: string): string => text.replace(HIRAGANA, shift(0x60));

/** Katakana as hiragana (ゼロトラスト → ぜろとらすと); everything else unchanged. */
export const toHiragana = (text: string): string => text.replace(KATAKANA, shift(-0x60));

/**
 * Folds text for matching: compatibility forms unified (NFKC: 「Ｗｉ－Ｆｉ」→「Wi-Fi」, 「ｶﾞ」→「ガ」,
 * 「①」→「1」), Latin letters lower case, hiragana as katakana, spaces and punctuation dropped. So
 * 「wifi」 finds 「Wi-Fi」, 「でじたるでばいど」 finds 「デジタル・デバイド」 and 「生成AI」 finds 「生成 AI」.
 * Every folded character keeps the position of its source, so a match can be marked in the original.
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const chars = [...text];
  let index = 0;
  for (let i = 0; i < chars.length; i++) {
    let cluster = chars[i]!;
    const start = index;
    while (i + 1 < chars.length && VOICED_MARK.test(chars[i + 1]!)) cluster += chars[++i]!;
    index += cluster.length;
    for (const char of toKatakana((STABLE.test(cluster) ? cluster : cluster.normalize('NFKC')).toLowerCase())) {
      if (IGNORED.test(char)) continue;
      folded += char;
      for (let k = 0; k < char.length; k++) {
        starts.push(start);
        ends.push(index);
      }
    }
  }
  return { text: folded, starts, ends };
}

/** The folded form alone (see {@link foldText}). */
export const fold = (text: string): string => foldText(text).text;
