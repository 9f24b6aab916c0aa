import { describe, expect, it } from 'vitest';
import { parseChapter } from '../../../src/lib/markdown/parse-chapter.ts';
import { parseInline, inlineText } from '../../../src/lib/markdown/parse-inline.ts';

const chapter = (body: string) => `---\nnumber: 4\ntitle: 計画の基本方針と基本目標\npage: 16\n---\n${body}`;

describe('parseChapter', () => {
  const source = chapter(`
## (1) 計画の基本方針 {#policy page=16}

前章で明らかになった課題[^1]。

**DXで実現する“うきうき”“わくわく”するデジタル地域社会**

[^1]: 注の本文。

### 基本目標 1：DXによるスマート子育て・学びの実現 {#goal-1}

- ア 一つ目
- イ 二つ目

:::figure
図の中の文字
出典：「岩手県 DX 推進計画の概要」（岩手県）
:::

::measures goal=g1

## (2) 計画の基本目標 {#goals page=17}

本文。
`);
  const { chapter: parsed, errors } = parseChapter('c4.md', 'c4', source);

  it('reads the frontmatter', () => {
    expect(errors).toEqual([]);
    expect(parsed).toMatchObject({ id: 'c4', number: 4, title: '計画の基本方針と基本目標', page: 16 });
  });

  it('gives headings their explicit ids and pages, inheriting the page when none is given', () => {
    const headings = parsed!.blocks.filter((b) => b.type === 'heading');
    expect(headings.map((h) => [h.id, h.depth, h.page])).toEqual([['policy', 2, 16], ['goal-1', 3, 16], ['goals', 2, 17]]);
  });

  it('numbers blocks by their position inside their section', () => {
    expect(parsed!.blocks.map((b) => b.id)).toEqual(['policy', 'policy-p1', 'policy-p2', 'fn-1', 'goal-1', 'goal-1-list1', 'goal-1-fig1', 'goal-1-table1', 'goals', 'goals-p1']);
  });

  it('keeps block ids stable when an unrelated section changes', () => {
    const edited = parseChapter('c4.md', 'c4', source.replace('\n本文。\n', '\n本文。\n\n追加の段落。\n')).chapter!;
    const before = parsed!.blocks.filter((b) => b.sectionId !== 'goals').map((b) => b.id);
    expect(edited.blocks.filter((b) => b.sectionId !== 'goals').map((b) => b.id)).toEqual(before);
  });

  it('separates a figure’s text from its source line', () => {
    expect(parsed!.blocks.find((b) => b.type === 'figure')).toMatchObject({ lines: ['図の中の文字'], caption: '出典：「岩手県 DX 推進計画の概要」（岩手県）' });
  });

  it('reads directives with their attributes', () => {
    expect(parsed!.blocks.find((b) => b.type === 'directive')).toMatchObject({ name: 'measures', attributes: { goal: 'g1' } });
  });

  it('reads list items without changing their text', () => {
    expect(parsed!.blocks.find((b) => b.type === 'list')).toMatchObject({ items: [{ id: 'goal-1-list1-1', inlines: [{ type: 'text', text: 'ア 一つ目' }] }, { id: 'goal-1-list1-2' }] });
  });

  it('accepts CRLF line ends and a BOM', () => {
    const result = parseChapter('c4.md', 'c4', `\uFEFF${source.replace(/\n/g, '\r\n')}`);
    expect(result.errors).toEqual([]);
    expect(result.chapter!.blocks.map((b) => b.id)).toEqual(parsed!.blocks.map((b) => b.id));
  });

  it('reports a missing frontmatter', () => {
    expect(parseChapter('c9.md', 'c9', '## 見出し {#a}\n').errors.map((e) => e.rule)).toEqual(['frontmatter-missing']);
  });
});

describe('parseInline', () => {
  it('reads bold and footnote references and leaves HTML as text', () => {
    const nodes = parseInline('**太字**と注[^2]と<b>タグ</b>');
    expect(nodes).toEqual([
      { type: 'strong', children: [{ type: 'text', text: '太字' }] },
      { type: 'text', text: 'と注' },
      { type: 'footnote-ref', label: '2' },
      { type: 'text', text: 'と<b>タグ</b>' },
    ]);
    expect(inlineText(nodes)).toBe('太字と注と<b>タグ</b>');
  });
});

describe('transcription-note marks', () => {
  it('parses [!3] and [!plan:4] in text as marks at their place, and leaves them out of the plain text', () => {
    const nodes = parseInline('標準標準システム[!2]への**移行[!kitakami-2026:4]**');
    expect(nodes).toEqual([
      { type: 'text', text: '標準標準システム' },
      { type: 'note', ref: { plan: null, id: 2 } },
      { type: 'text', text: 'への' },
      { type: 'strong', children: [{ type: 'text', text: '移行' }, { type: 'note', ref: { plan: 'kitakami-2026', id: 4 } }] },
    ]);
    expect(inlineText(nodes)).toBe('標準標準システムへの移行');
  });

  it('takes marks out of the title, headings and figure lines, keeping their text clean for ids, citations and tables of contents', () => {
    const { chapter: parsed, errors } = parseChapter('c2.md', 'c2', `---\nnumber: 2\ntitle: 計画の構成[!5]\n---\n\n## (3) 岩手県の目指す方向性[!12] {#iwate page=9}\n\n:::figure\nAI基盤（ガバナメントAI[!3]（仮称））\n出典：「教育ロードマップ」[!10]\n:::\n`);
    expect(errors).toEqual([]);
    expect([parsed!.title, parsed!.titleNotes]).toEqual(['計画の構成', [{ plan: null, id: 5 }]]);
    expect(parsed!.blocks[0]).toMatchObject({ type: 'heading', id: 'iwate', text: '(3) 岩手県の目指す方向性', notes: [{ plan: null, id: 12 }] });
    expect(parsed!.blocks[1]).toMatchObject({ type: 'figure', lines: ['AI基盤（ガバナメントAI（仮称））'], lineNotes: [[{ plan: null, id: 3 }]], caption: '出典：「教育ロードマップ」', captionNotes: [{ plan: null, id: 10 }] });
  });
});
