/**
 * The one text folding of the site: the form in which two spellings of the same words compare
 * equal. Four users, one function:
 * - the glossary linker (`glossary/link-terms.ts`), the duplicate-term rule
 *   (`content/checks/glossary-terms.ts`) and the cross-plan glossary (`glossary/cross-plan.ts`)
 *   fold with {@link TERM_FOLDING}: one key decides whether text says a term, whether two glossary
 *   entries claim the same spelling, and whether two plans define the same term;
 * - search (`search/rank-results.ts` in the browser, `search/term-records.ts` in the index) folds
 *   with {@link SEARCH_FOLDING}.
 *
 * What always folds: character width (ＡＩ = AI, ６５ = 65, ｶﾞ = ガ, ﾃﾞｼﾞﾀﾙ = デジタル — NFKC, with
 * half-width and combining voiced marks joined to their kana), letter case (DX = dx), the
 * connectors inside a term (Wi-Fi = WiFi = Wi Fi = Ｗｉ－Ｆｉ; デジタル・デバイド = デジタルデバイド;
 * 生成 AI = 生成AI) and the long vowel mark (サーバー = サーバｰ = サーバ－ = サーバ‐: a hyphen or
 * minus right after a kana is read as ー, since Japanese joins katakana words with ・, not with a
 * hyphen; the em dash is punctuation there — 「—ストルターマン—」 — and is dropped, never read as ー).
 *
 * What is an option: kana. Search folds hiragana into katakana, because readers type readings
 * (ぜろとらすと finds ゼロトラスト). The glossary does not: a katakana term folded into hiragana would
 * be found inside ordinary hiragana text (a term カギ in 「…するかぎり」), and two glossary entries
 * written ごみ and ゴミ are two spellings the city chose. Search also ignores all punctuation
 * (「避難所」（指定） finds 避難所指定), the glossary only the connectors: a term never spans 、 or 「.
 */

/** How text is folded beyond width, case, connectors and the long vowel mark. */
export interface FoldOptions {
  /** Fold hiragana into katakana (ぜろとらすと = ゼロトラスト). */
  kana: boolean;
  /**
   * What a match ignores besides spaces: `connectors` — the middle dot and hyphens/dashes that join
   * the parts of one term; `punctuation` — every punctuation mark (、。「」（）〜 …) as well.
   */
  ignore: 'connectors' | 'punctuation';
}

/** The glossary's folding: the linker, the duplicate-term rule and the cross-plan glossary. */
export const TERM_FOLDING: FoldOptions = { kana: false, ignore: 'connectors' };

/** Search's folding: the index's names and the browser's ranking of results. */
export const SEARCH_FOLDING: FoldOptions = { kana: true, ignore: 'punctuation' };

/** Text in its folded form, with where each of its characters came from in the original. */
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
/** Voiced sound marks that belong to the kana before them: half-width (ﾞﾟ), combining, and spacing (゛゜). */
// Each mark is tested on its own (a one-character string), never combined with a kana here.
// eslint-disable-next-line no-misleading-character-class
const VOICED_MARK = /^[\uFF9E\uFF9F\u3099\u309A\u309B\u309C]$/;
/** Characters NFKC leaves as they are (ASCII, kana, common kanji): folded without normalising. */
const STABLE = /^[\u0020-\u007E\u3041-\u3096\u30A1-\u30FA\u30FC\u4E00-\u9FFF]$/;
/** After NFKC: a kana or the long vowel mark, after which a dash is a long vowel mark. */
const KANA = /^[\u3041-\u3096\u30A1-\u30FA\u30FC]$/;
/** Hyphens, short dashes and minus signs (NFKC has made － a -): right after a kana, a mistyped ー; otherwise connectors. */
const DASH = /^[-\u2010-\u2013\u2212\u2500\u2501]$/;
/** The em dash and horizontal bar: punctuation in Japanese (「—エリック・ストルターマン—」), never ー; dropped like connectors. */
const LONG_DASH = /^[\u2014\u2015]$/;
/** Spaces and middle dots (NFKC has made ･ a ・ and the ideographic space a space). */
const CONNECTOR = /^[\s\u00B7\u30FB]$/;
const PUNCTUATION = /^\p{P}$/u;

const shift = (offset: number) => (kana: string) => String.fromCharCode(kana.charCodeAt(0) + offset);

/** Hiragana as katakana (ぜろとらすと → ゼロトラスト); everything else unchanged. */
export const toKatakana = (text: string): string => text.replace(HIRAGANA, shift(0x60));

/** Katakana as hiragana (ゼロトラスト → ぜろとらすと); everything else unchanged. */
export const toHiragana = (text: string): string => text.replace(KATAKANA, shift(-0x60));

/**
 * Full-width ASCII as half-width and the ideographic space as a space (Ｗｉ－Ｆｉ６５％ → Wi-Fi65%; U+3000 → U+0020),
 * nothing else: the validator reads numbers and codes through it and suggests the half-width form.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** One character (with its voiced marks) in NFKC, the spacing marks made combining first so that NFKC joins them. */
const normalise = (cluster: string): string =>
  STABLE.test(cluster)
    ? cluster
    : cluster
        .replace(/\u309B/g, '\u3099')
        .replace(/\u309C/g, '\u309A')
        .normalize('NFKC');

/**
 * The long vowel marks of a text as ー (サーバ－ → サーバー, デ‐タ → データ), nothing else: for text that
 * must stay readable, such as the query search sends to Pagefind, which does not know the mistyped
 * forms. The same reading as {@link foldText}'s.
 */
export function readLongVowels(text: string): string {
  let previous = '';
  let read = '';
  for (const char of text) {
    read += DASH.test(char) && KANA.test(previous) ? 'ー' : char;
    previous = read.at(-1)!;
  }
  return read;
}

/**
 * Folds text (see the module's comment for what folds): 「Ｗｉ－Ｆｉ」→「wifi」, 「ﾃﾞｼﾞﾀﾙ」→「デジタル」,
 * 「サーバ－」→「サーバー」; with `kana`, 「でじたる」→「デジタル」. Every folded character keeps the
 * position of its source, so a match in the folded text can be marked in the original.
 */
export function foldText(text: string, options: FoldOptions): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const chars = [...text];
  let index = 0;
  // The last character kept, as folded (for the long vowel mark): a dash follows a kana only when nothing was dropped between.
  let previous = '';
  for (let i = 0; i < chars.length; i++) {
    let cluster = chars[i]!;
    const start = index;
    while (i + 1 < chars.length && VOICED_MARK.test(chars[i + 1]!)) cluster += chars[++i]!;
    index += cluster.length;
    for (let char of normalise(cluster).toLowerCase()) {
      if (DASH.test(char) && KANA.test(previous)) char = 'ー';
      else if (
        DASH.test(char) ||
        LONG_DASH.test(char) ||
        CONNECTOR.test(char) ||
        (options.ignore === 'punctuation' && PUNCTUATION.test(char))
      ) {
        previous = '';
        continue;
      }
      previous = char;
      if (options.kana) char = toKatakana(char);
      folded += char;
      for (let k = 0; k < char.length; k++) {
        starts.push(start);
        ends.push(index);
      }
    }
  }
  return { text: folded, starts, ends };
}

/** The folded form alone (see {@link foldText}): the key two spellings share. */
export const foldKey = (text: string, options: FoldOptions): string => foldText(text, options).text;
