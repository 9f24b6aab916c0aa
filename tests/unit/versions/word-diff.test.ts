import { describe, expect, it } from 'vitest';
import { wordDiff, wordUnits } from '../../../src/lib/versions/word-diff.ts';

describe('wordUnits', () => {
  it('splits Japanese text into runs of one script, figures whole, punctuation alone', () => {
    expect(wordUnits('令和8年度から60.5%へ、DXを')).toEqual(['令和', '8', '年度', 'から', '60.5', '%', 'へ', '、', 'DX', 'を']);
  });
});

describe('wordDiff', () => {
  it.each([
    ['identical texts', '公表します。', '公表します。', [{ kind: 'same', text: '公表します。' }]],
    [
      'a word added at the start',
      'デジタルの恩恵',
      '誰もがデジタルの恩恵',
      [
        { kind: 'added', text: '誰もが' },
        { kind: 'same', text: 'デジタルの恩恵' },
      ],
    ],
    [
      'a figure replaced: the removal before the addition',
      '令和11年度までの4年間',
      '令和12年度までの5年間',
      [
        { kind: 'same', text: '令和' },
        { kind: 'removed', text: '11' },
        { kind: 'added', text: '12' },
        { kind: 'same', text: '年度までの' },
        { kind: 'removed', text: '4' },
        { kind: 'added', text: '5' },
        { kind: 'same', text: '年間' },
      ],
    ],
    [
      'a phrase removed',
      '実績を市のホームページで公表',
      '実績を公表',
      [
        { kind: 'same', text: '実績を' },
        { kind: 'removed', text: '市のホームページで' },
        { kind: 'same', text: '公表' },
      ],
    ],
    ['from nothing', '', '新しい段落。', [{ kind: 'added', text: '新しい段落。' }]],
  ] as const)('%s', (_name, before, after, parts) => {
    expect(wordDiff(before, after)).toEqual(parts);
  });

  it('gives back both texts: the same and removed runs are the old text, the same and added runs the new', () => {
    const before = '市長を本部長とするDX推進本部が計画を進めます。';
    const after = '副市長を本部長とする推進会議が、計画を着実に進めます。';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });
});
