import { describe, expect, it } from 'vitest';
import { parseChapter } from '../../../src/lib/markdown/parse-chapter.ts';
import { chapterCitations, citationText, headingReference, rowAnchor } from '../../../src/lib/citation/citations.ts';

const chapterText = (extraInFirstSection = '') => `---
number: 4
title: 計画の基本方針と基本目標
page: 16
---

## (1) 計画の基本方針 {#policy page=16}

方針の第1段落。
${extraInFirstSection}
方針の第2段落。

## (2) 計画の基本目標 {#goals page=17}

目標の第1段落。

- 項目A
- 項目B

### 基本目標 1：DXによるスマート子育て・学びの実現 {#goal-1}

目標1の説明[^1]。

[^1]: 注の本文。
`;

const cite = (text: string) => {
  const { chapter, errors } = parseChapter('c4.md', 'c4', text);
  expect(errors).toEqual([]);
  return chapterCitations(chapter!);
};

describe('chapterCitations', () => {
  const citations = cite(chapterText());

  it('names each block by chapter, section and position, with the page its section starts on', () => {
    expect([...citations.values()].map((c) => [c.id, c.label, c.page])).toEqual([
      ['policy', '第4章(1)', 16],
      ['policy-p1', '第4章(1) 第1段落', 16],
      ['policy-p2', '第4章(1) 第2段落', 16],
      ['goals', '第4章(2)', 17],
      ['goals-p1', '第4章(2) 第1段落', 17],
      ['goals-list1', '第4章(2) 箇条書き1', 17],
      ['goals-list1-1', '第4章(2) 箇条書き1の1項目め', 17],
      ['goals-list1-2', '第4章(2) 箇条書き1の2項目め', 17],
      ['goal-1', '第4章(2) 「基本目標 1：DXによるスマート子育て・学びの実現」', 17],
      ['goal-1-p1', '第4章(2) 「基本目標 1：DXによるスマート子育て・学びの実現」 第1段落', 17],
      ['fn-1', '第4章(2) 「基本目標 1：DXによるスマート子育て・学びの実現」 注1', 17],
    ]);
  });

  it('keeps every other section’s ids and references when a paragraph is added elsewhere', () => {
    const edited = cite(chapterText('\n追加された段落。\n'));
    const outside = [...citations.values()].filter((c) => !c.id.startsWith('policy'));
    for (const c of outside) expect(edited.get(c.id)).toEqual(c);
    expect(edited.get('policy-p3')?.label).toBe('第4章(1) 第3段落');
  });

  it('uses a label the original prints instead of 第N章', () => {
    const { chapter } = parseChapter('s1.md', 's1', '---\nnumber: 1\nlabel: 1.\ntitle: 奥州市が取り組むDX\n---\n\n本文。\n');
    expect([...chapterCitations(chapter!).values()].map((c) => [c.label, c.page])).toEqual([['1. 第1段落', null]]);
  });
});

describe('headingReference and citationText', () => {
  it('prefers the printed number of a heading', () => {
    expect(['(2) 計画の基本目標', '（３）期間', '1 計画策定の背景と目的', '① 消費行動の変化', '用語集'].map(headingReference)).toEqual([
      '(2)',
      '（３）',
      '1',
      '①',
      '「用語集」',
    ]);
  });

  it('puts the plan, the reference and the page into one line', () => {
    expect(citationText('北上市情報基本計画2026（案）', { label: '第4章(2) 第3段落', page: 16 })).toBe(
      '北上市情報基本計画2026（案） 第4章(2) 第3段落（原本 p.16〜）',
    );
    expect(citationText('奥州市DX全体方針 第3版', { label: '1. 第1段落', page: null })).toBe('奥州市DX全体方針 第3版 1. 第1段落');
  });

  it('scopes a table row anchor by its table, so the same item in two tables keeps two anchors', () => {
    expect(rowAnchor('measures-detail-table5', 'indicator', 'telework-staff')).toBe('measures-detail-table5-indicator-telework-staff');
    expect(rowAnchor('measures-detail-table6', 'indicator', 'telework-staff')).not.toBe(
      rowAnchor('measures-detail-table5', 'indicator', 'telework-staff'),
    );
    expect(rowAnchor(undefined, 'measure', 'g1-m2')).toBe('measure-g1-m2');
  });
});
