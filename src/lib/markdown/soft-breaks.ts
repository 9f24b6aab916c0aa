/** Characters set without spaces between words: kanji, kana, and full-width punctuation and forms. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\u30FC\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** The character before an index, taking a surrogate pair as one character. */
function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.slice(index - 1, index);
}

/**
 * Joins the lines of a paragraph that was wrapped in the source (a soft line break): the break
 * disappears next to Japanese text, where no space separates words (「…推進\nします」 → 「…推進します」),
 * and becomes one space between other words (「open\ndata」 → 「open data」). Browsers disagree on
 * how to show a line break inside Japanese text, so the published text has none.
 */
export function joinSoftBreaks(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (match, offset: number) => {
    const before = charBefore(text, offset);
    const after = String.fromCodePoint(text.codePointAt(offset + match.length) ?? 0x20);
    return before === '' || WIDE.test(before) || WIDE.test(after) ? '' : ' ';
  });
}
