/**
 * Characters a reader cannot see, named the way a city clerk can look them up. Control
 * characters (NUL, a BOM in the middle of a file, bidirectional overrides that reorder what is
 * shown) are refused anywhere; the wider set of invisible characters is refused in ids, where a
 * zero-width space (U+200B) after `g1` makes two different ids that look the same.
 */

const NAMES: Record<number, string> = {
  0x00: 'ヌル文字（NUL）',
  0x09: 'タブ',
  0x0b: '垂直タブ',
  0x0c: '改ページ',
  0x1b: 'エスケープ（ESC）',
  0x7f: '削除文字（DEL）',
  0xa0: 'ノーブレークスペース',
  0xad: 'ソフトハイフン',
  0x200b: 'ゼロ幅スペース',
  0x200c: 'ゼロ幅非接合子',
  0x200d: 'ゼロ幅接合子',
  0x200e: '左から右への記号',
  0x200f: '右から左への記号',
  0x2028: '行区切り文字',
  0x2029: '段落区切り文字',
  0x2060: 'ワードジョイナー',
  0x3000: '全角スペース',
  0xfeff: 'BOM（バイト順マーク）',
  0xfffe: '文字でない符号（U+FFFE）',
  0xffff: '文字でない符号（U+FFFF）',
};

/** Control characters never allowed in content (tab and line ends are allowed in text). */
const CONTROL =
  // Finding control characters is this pattern's whole purpose.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/u;

/** Characters that are invisible, or look like an ordinary space but are not one, inside an id. */
const INVISIBLE_IN_ID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u00A0\u00AD\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\u3000\uFEFF\uFFFE\uFFFF]/u;

/** A character found, with its 0-based index in the text and its name, e.g. 「U+200B ゼロ幅スペース」. */
export interface FoundCharacter {
  index: number;
  char: string;
  /** `U+200B ゼロ幅スペース`. */
  name: string;
}

/** 「U+200B ゼロ幅スペース」: the code point and a Japanese name (or 制御文字 for other controls). */
export function characterName(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name =
    NAMES[code] ?? ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) ? '双方向の表示を変える制御文字' : '制御文字');
  return `U+${hex} ${name}`;
}

function first(text: string, pattern: RegExp): FoundCharacter | null {
  const match = pattern.exec(text);
  return match ? { index: match.index, char: match[0], name: characterName(match[0]) } : null;
}

/** The first control character in a text, or null. */
export const findControlCharacter = (text: string): FoundCharacter | null => first(text, CONTROL);

/** Every control character in a text, in order (at most `limit`, so a binary file cannot flood the report). */
export function findControlCharacters(text: string, limit = 100): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  for (const match of text.matchAll(new RegExp(CONTROL.source, 'gu'))) {
    found.push({ index: match.index, char: match[0], name: characterName(match[0]) });
    if (found.length >= limit) break;
  }
  return found;
}

/** The first character in an id that a reader cannot see, or null. */
export const findInvisibleInId = (text: string): FoundCharacter | null => first(text, INVISIBLE_IN_ID);

/** The id with every invisible character removed: what the clerk meant to write. */
export const withoutInvisible = (text: string): string => text.replace(new RegExp(INVISIBLE_IN_ID.source, 'gu'), '');
