import { describe, expect, it } from 'vitest';
import { publicReason } from '../../../src/lib/history/public-reason.ts';

describe('publicReason', () => {
  it.each([
    ['a 理由: line after the developers’ subject', 'Add FY2026 actuals\n\n理由: 2026年度の実績値を追加', '2026年度の実績値を追加'],
    [
      'a full-width colon and an ideographic space',
      'x\n理由：　子育てLINE登録者数の実績を訂正（集計の誤り）',
      '子育てLINE登録者数の実績を訂正（集計の誤り）',
    ],
    ['the last of several 理由 lines', '理由: 古い\n\n理由: 新しい', '新しい'],
    ['CRLF line ends and trailing spaces', 'subject\r\n\r\n理由: 訂正  \r\n', '訂正'],
    ['a message with no 理由 line', 'Transcribe Kitakami 2023 summary, Morioka', null],
    ['a 理由 line with nothing after it', 'subject\n理由:   ', null],
    ['理由 in the middle of a sentence', '変更の理由: 書いていない', null],
  ])('%s', (_name, message, reason) => {
    expect(publicReason(message)).toBe(reason);
  });
});
