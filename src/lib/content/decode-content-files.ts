import type { ContentError } from '../validate/content-error.ts';
import { findControlCharacters } from '../validate/invisible-characters.ts';
import type { ContentFile, ContentFiles } from './types.ts';
import { unreadFileProblem } from './unread-files.ts';

/** The files' text (UTF-8, BOM removed, every line end as `\n`) and the files that could not be read. */
export interface DecodedContent {
  texts: Map<string, string>;
  errors: ContentError[];
  /** Files named but harmless (a `.DS_Store`): printed, the build goes on. */
  warnings: ContentError[];
  /** Paths whose text is unusable (wrong encoding, symbolic link): checks that need them are skipped. */
  unreadable: Set<string>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const shiftJis = new TextDecoder('shift_jis', { fatal: true });

/** How to save the file again as UTF-8, in the program a clerk uses for that kind of file. */
const saveAgain = (path: string) =>
  path.endsWith('.csv')
    ? 'Excel で『CSV UTF-8（コンマ区切り）』を選んで保存し直してください'
    : 'メモ帳などで文字コード「UTF-8」を選んで保存し直してください';

/** Line and column (1-based, in characters) of an index in a text whose line ends are `\n`. */
export function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Whether bytes look like UTF-16 without a BOM: Latin text in UTF-16 has a NUL in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 400);
  let zeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros++;
  return sample.length >= 4 && zeros >= sample.length / 4;
}

/**
 * Decodes one file's bytes as UTF-8. A file in another encoding is never guessed into text: Excel's
 * 「CSV（コンマ区切り）」 (Shift_JIS) and 「Unicode テキスト」 (UTF-16) are recognised and named, so
 * the clerk knows which 「保存の形式」 to choose instead.
 */
export function decodeBytes(path: string, bytes: Uint8Array): { text: string } | { error: ContentError } {
  const wrong = (message: string, line = 0, column = 0): { error: ContentError } => ({
    error: { file: path, line, column, rule: 'file-encoding', message, hint: saveAgain(path) },
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    return wrong('このファイルは UTF-16（Excel の「Unicode テキスト」）で保存されています');
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // Not UTF-8: say which encoding it is, or where the first unreadable byte is.
  }
  try {
    shiftJis.decode(bytes);
    return wrong('このファイルは Shift_JIS で保存されています');
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
    const { line, column } = positionOf(text, text.indexOf('\uFFFD'));
    return wrong('このファイルには UTF-8 として読めない文字があります', line, column);
  }
}

/** Text as the checks read it: without a leading BOM, with `\r\n` and old Macintosh `\r` line ends as `\n`. */
export const normaliseText = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Decodes one entry: bytes, text given by a test, or a symbolic link (never followed). */
function decodeEntry(path: string, file: ContentFile): { text: string } | { error: ContentError; warning?: boolean } {
  if (typeof file === 'string') return { text: file };
  if (file instanceof Uint8Array) return decodeBytes(path, file);
  if ('notRead' in file) return unreadFileProblem(path);
  return {
    error: {
      file: path,
      line: 0,
      column: 0,
      value: file.symlinkTo,
      rule: 'symlink',
      message: `シンボリックリンク（→ ${file.symlinkTo}）です。リンクの先は読みません`,
      hint: 'リンクではなく、ファイルそのものを content/ の中に置いてください',
    },
  };
}

/**
 * Turns every content file into text, or into a located problem: wrong encoding, a symbolic link,
 * or a control character in a chapter (CSV cells are checked cell by cell, see `validate-table.ts`).
 */
export function decodeContentFiles(files: ContentFiles): DecodedContent {
  const texts = new Map<string, string>();
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const unreadable = new Set<string>();
  for (const [path, file] of files) {
    const decoded = decodeEntry(path, file);
    if ('error' in decoded) {
      (decoded.warning ? warnings : errors).push(decoded.error);
      unreadable.add(path);
      continue;
    }
    const text = normaliseText(decoded.text);
    texts.set(path, text);
    if (path.endsWith('.md')) {
      // Every control character of a chapter, not only the first: the clerk fixes them in one pass.
      for (const found of findControlCharacters(text)) {
        const { line, column } = positionOf(text, found.index);
        errors.push({
          file: path,
          line,
          column,
          value: found.name,
          rule: 'control-character',
          message: `見えない制御文字「${found.name}」が含まれています`,
          hint: 'この文字を削除してください（コピー元の文書から紛れ込むことがあります）',
        });
      }
    }
  }
  return { texts, errors, warnings, unreadable };
}
