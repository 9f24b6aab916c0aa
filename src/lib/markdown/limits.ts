import { characterName } from '../validate/invisible-characters.ts';
import type { ChapterErrors } from './chapter-errors.ts';

/**
 * Limits that keep any chapter from crashing or stalling the parser, far above what a plan's text
 * uses (today's chapters: paragraphs of at most about 2,100 characters, 4 emphasis marks, emphasis
 * one level deep). The parser's time grows roughly with the square of the marks in one paragraph
 * (110,000 marks took over two minutes), and deep nesting overflowed the call stack, so the first
 * two are checked on the source before the parser runs.
 */
export const CHAPTER_LIMITS = {
  /** Characters in one paragraph (a run of lines without a blank line). */
  paragraphCharacters: 20_000,
  /** `*` and `_` characters in one paragraph: the emphasis marks the parser pairs. */
  marksPerParagraph: 1_000,
  /** `**太字**` and `*強調*` inside each other. */
  emphasisDepth: 4,
} as const;

/**
 * Checks the source of a chapter against the paragraph limits before it is parsed, reporting each
 * paragraph over a limit at its first line (the marks limit at the first mark over it). Returns
 * whether the chapter can be parsed safely.
 */
export function checkParagraphLimits(text: string, report: ChapterErrors): boolean {
  let ok = true;
  const lines = text.split('\n');
  const paragraphs: { line: number; text: string }[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.trim() !== '') continue;
    if (i > start) paragraphs.push({ line: start + 1, text: lines.slice(start, i).join('\n') });
    start = i + 1;
  }
  for (const paragraph of paragraphs) {
    if (paragraph.text.length > CHAPTER_LIMITS.paragraphCharacters) {
      ok = false;
      report.at(paragraph.line, 1, {
        value: `${paragraph.text.length} 文字`,
        rule: 'paragraph-too-long',
        message: `この段落は ${paragraph.text.length.toLocaleString('ja-JP')} 文字あり、1つの段落の上限（${CHAPTER_LIMITS.paragraphCharacters.toLocaleString('ja-JP')} 文字）を超えています`,
        hint: '空行を入れて段落を分けてください（原本の段落の区切りに合わせます）。ほかのファイルの内容を貼り付けていないかも確かめてください',
      });
      continue;
    }
    let marks = 0;
    for (let i = 0; i < paragraph.text.length; i++) {
      const char = paragraph.text[i];
      if (char !== '*' && char !== '_') continue;
      if (++marks <= CHAPTER_LIMITS.marksPerParagraph) continue;
      ok = false;
      const before = paragraph.text.slice(0, i);
      const line = paragraph.line + (before.match(/\n/g)?.length ?? 0);
      const column = i - before.lastIndexOf('\n');
      const total = paragraph.text.match(/[*_]/g)!.length;
      report.at(line, column, {
        value: `${total} 個`,
        rule: 'too-many-marks',
        message: `この段落には * と _ が ${total.toLocaleString('ja-JP')} 個あり、1つの段落の上限（${CHAPTER_LIMITS.marksPerParagraph.toLocaleString('ja-JP')} 個）を超えています`,
        hint: '**太字** と *強調* は必要な語句にだけ使ってください。記号として * を書くときは \\* と書くか、全角の ＊ や ※ を使います',
      });
      break;
    }
  }
  return ok;
}

/** The problem for emphasis nested deeper than the limit, or null. */
export function emphasisTooDeep(
  depth: number,
  raw: string,
): { value: string; rule: 'nesting-too-deep'; message: string; hint: string } | null {
  if (depth <= CHAPTER_LIMITS.emphasisDepth) return null;
  return {
    value: raw.length > 40 ? `${raw.slice(0, 40)}…` : raw,
    rule: 'nesting-too-deep',
    message: `**太字** や *強調* が ${CHAPTER_LIMITS.emphasisDepth} 重より深く入れ子になっています`,
    hint: '太字や強調の中に、さらに太字や強調を重ねないでください（* の組み合わせを見直してください）',
  };
}

/** Invisible characters a character reference may name in the dialect's text: those the raw-character check refuses, and the zero-width ones. */
const HIDDEN =
  // Finding control characters is this pattern's whole purpose.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFFE\uFFFF]/u;

/** Named references (HTML5) of the same characters. */
const NAMED: Record<string, number> = {
  ZeroWidthSpace: 0x200b,
  NegativeVeryThinSpace: 0x200b,
  NegativeThinSpace: 0x200b,
  NegativeMediumSpace: 0x200b,
  NegativeThickSpace: 0x200b,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  NoBreak: 0x2060,
};

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Character references (`&#x202E;`, `&#8203;`, `&ZeroWidthSpace;`) that stand for a character the
 * raw-character check refuses or a zero-width character: written as a reference they would
 * otherwise be published, reordering or hiding text. Every one is reported where it is written.
 */
export function checkCharacterReferences(
  text: string,
  report: ChapterErrors,
  positionOf: (index: number) => { line: number; column: number },
): void {
  for (const match of text.matchAll(REFERENCE)) {
    const [whole, decimal, hex, name] = match;
    const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : (NAMED[name!] ?? null);
    if (code === null || code > 0x10ffff) continue;
    const char = String.fromCodePoint(code);
    // NUL as a reference becomes U+FFFD in CommonMark; it is refused all the same.
    if (code !== 0 && !HIDDEN.test(char)) continue;
    const { line, column } = positionOf(match.index);
    report.at(line, column, {
      value: whole,
      rule: 'control-character',
      message: `文字参照「${whole}」は見えない文字「${characterName(char)}」を表します`,
      hint: 'この文字参照を削除してください（見えない文字や表示の向きを変える文字は、文字参照で書いても公開できません）',
    });
  }
}
