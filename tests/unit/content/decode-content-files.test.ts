import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeContentFiles, positionOf } from '../../../src/lib/content/decode-content-files.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));

describe('decodeBytes', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeBytes('content/a.csv', utf8('id\n目標\n'))).toEqual({ text: 'id\n目標\n' });
    expect(decodeBytes('content/a.csv', utf8('\uFEFFid\n'))).toEqual({ text: 'id\n' });
  });

  it('names Shift_JIS, which Excel writes for 「CSV（コンマ区切り）」, and never publishes it as mojibake', () => {
    // 「目標」 in Shift_JIS (CP932): 96 DA 95 57.
    const result = decodeBytes('content/plans/x/goals.csv', Uint8Array.from([0x69, 0x64, 0x0a, 0x96, 0xda, 0x95, 0x57, 0x0a]));
    expect(result).toMatchObject({
      error: {
        rule: 'file-encoding',
        message: 'このファイルは Shift_JIS で保存されています',
        hint: 'Excel で『CSV UTF-8（コンマ区切り）』を選んで保存し直してください',
      },
    });
  });

  it('names UTF-16 (Excel 「Unicode テキスト」) with a BOM and without one', () => {
    for (const bytes of [Uint8Array.from([0xff, 0xfe, ...utf16le('id,title\r\n')]), utf16le('id,title\r\ng1,目標\r\n')]) {
      expect(decodeBytes('content/a.csv', bytes)).toMatchObject({
        error: { rule: 'file-encoding', message: 'このファイルは UTF-16（Excel の「Unicode テキスト」）で保存されています' },
      });
    }
  });

  it('locates the first byte that is neither UTF-8 nor Shift_JIS, and tells a chapter file how to save', () => {
    const result = decodeBytes('content/c1.md', Uint8Array.from([...utf8('一行目\n二行'), 0xff, 0xff, ...utf8('目\n')]));
    expect(result).toMatchObject({
      error: {
        line: 2,
        column: 3,
        message: 'このファイルには UTF-8 として読めない文字があります',
        hint: 'メモ帳などで文字コード「UTF-8」を選んで保存し直してください',
      },
    });
  });
});

describe('decodeContentFiles', () => {
  it('reads CRLF, old Macintosh CR and mixed line ends as \\n, and drops the BOM', () => {
    const { texts, errors } = decodeContentFiles(new Map([['content/a.csv', utf8('\uFEFFa\r\nb\rc\nd\r\n')]]));
    expect(errors).toEqual([]);
    expect(texts.get('content/a.csv')).toBe('a\nb\nc\nd\n');
  });

  it('refuses a symbolic link without following it', () => {
    const { texts, errors, unreadable } = decodeContentFiles(new Map([['content/plans/x/chapters/c9.md', { symlinkTo: '/etc/passwd' }]]));
    expect(texts.size).toBe(0);
    expect(unreadable).toEqual(new Set(['content/plans/x/chapters/c9.md']));
    expect(errors).toMatchObject([{ rule: 'symlink', value: '/etc/passwd' }]);
  });
});

describe('positionOf', () => {
  it('gives 1-based line and column', () => {
    expect(positionOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
