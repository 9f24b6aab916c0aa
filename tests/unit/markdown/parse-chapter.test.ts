import { describe, expect, it } from 'vitest';
import { parseChapter } from '../../../src/lib/markdown/parse-chapter.ts';
import { inlineText } from '../../../src/lib/markdown/inline-text.ts';
import type { Block, Inline } from '../../../src/lib/markdown/types.ts';

const chapter = (body: string) => `---\nnumber: 4\ntitle: 計画の基本方針と基本目標\npage: 16\n---\n${body}`;
/** The body starts on line 6 of `chapter(…)`; `\n` first puts the first body line on line 7. */
const parse = (body: string) => parseChapter('c4.md', 'c4', chapter(body));
/** Problems as `line:column rule`. */
const problems = (body: string) => parse(body).errors.map((e) => `${e.line}:${e.column} ${e.rule}`);
const blocksOf = (body: string): Block[] => {
  const { chapter: parsed, errors } = parse(body);
  expect(errors).toEqual([]);
  return parsed!.blocks;
};
const inlinesOf = (body: string): Inline[] => {
  const block = blocksOf(body)[0]!;
  if (block.type !== 'paragraph') throw new Error(`not a paragraph: ${block.type}`);
  return block.inlines;
};

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
    expect(headings.map((h) => [h.id, h.depth, h.page, h.line])).toEqual([
      ['policy', 2, 16, 7],
      ['goal-1', 3, 16, 15],
      ['goals', 2, 17, 27],
    ]);
  });

  it('numbers blocks by their position inside their section', () => {
    expect(parsed!.blocks.map((b) => b.id)).toEqual([
      'policy',
      'policy-p1',
      'policy-p2',
      'fn-1',
      'goal-1',
      'goal-1-list1',
      'goal-1-fig1',
      'goal-1-table1',
      'goals',
      'goals-p1',
    ]);
  });

  it('keeps block ids stable when an unrelated section changes', () => {
    const edited = parseChapter('c4.md', 'c4', source.replace('\n本文。\n', '\n本文。\n\n追加の段落。\n')).chapter!;
    const before = parsed!.blocks.filter((b) => b.sectionId !== 'goals').map((b) => b.id);
    expect(edited.blocks.filter((b) => b.sectionId !== 'goals').map((b) => b.id)).toEqual(before);
  });

  it('separates a figure’s text from its source line', () => {
    expect(parsed!.blocks.find((b) => b.type === 'figure')).toMatchObject({
      lines: ['図の中の文字'],
      caption: '出典：「岩手県 DX 推進計画の概要」（岩手県）',
    });
  });

  it('reads directives with their attributes', () => {
    expect(parsed!.blocks.find((b) => b.type === 'directive')).toMatchObject({ name: 'measures', attributes: { goal: 'g1' } });
  });

  it('reads list items without changing their text, and marks the footnote as referenced', () => {
    expect(parsed!.blocks.find((b) => b.type === 'list')).toMatchObject({
      ordered: false,
      start: null,
      items: [{ id: 'goal-1-list1-1', inlines: [{ type: 'text', text: 'ア 一つ目' }] }, { id: 'goal-1-list1-2' }],
    });
    expect(parsed!.blocks.find((b) => b.type === 'footnote')).toMatchObject({
      label: '1',
      referenced: true,
      inlines: [{ type: 'text', text: '注の本文。' }],
    });
  });

  it('accepts CRLF line ends and a BOM', () => {
    const result = parseChapter('c4.md', 'c4', `\uFEFF${source.replace(/\n/g, '\r\n')}`);
    expect(result.errors).toEqual([]);
    expect(result.chapter!.blocks.map((b) => b.id)).toEqual(parsed!.blocks.map((b) => b.id));
  });

  it('reports a missing or unclosed frontmatter, and reads nothing else', () => {
    expect(parseChapter('c9.md', 'c9', '## 見出し {#a}\n').errors.map((e) => e.rule)).toEqual(['frontmatter-missing']);
    expect(parseChapter('c9.md', 'c9', '---\nnumber: 1\n\n## 見出し {#a}\n').errors.map((e) => e.rule)).toEqual(['frontmatter-unclosed']);
  });

  it('locates a frontmatter problem on its line of the file', () => {
    expect(
      parseChapter('c9.md', 'c9', '---\nnumber: 1\ntitle: 題\npage: p.2\n---\n').errors.map((e) => `${e.line}:${e.column} ${e.rule}`),
    ).toEqual(['4:7 page-format']);
  });
});

describe('paragraphs', () => {
  it('continues a paragraph on a wrapped line, so the paragraphs after it keep their numbers', () => {
    const blocks = blocksOf('\n## 節 {#s}\n\n北上市は\nDXを推進します。\nopen\ndata も。\n\n次の段落。\n');
    expect(blocks.map((b) => b.id)).toEqual(['s', 's-p1', 's-p2']);
    expect(inlineText((blocks[1] as Extract<Block, { type: 'paragraph' }>).inlines)).toBe('北上市はDXを推進します。open data も。');
  });

  it('reads bold and emphasis, and keeps a colon before letters or digits as text', () => {
    expect(inlinesOf('\n**太字**と*強調*、10:30、例:abc\n')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: '太字' }] },
      { type: 'text', text: 'と' },
      { type: 'emphasis', children: [{ type: 'text', text: '強調' }] },
      { type: 'text', text: '、10:30、例:abc' },
    ]);
  });
});

describe('transcription-note marks', () => {
  it('parses [!3] and [!plan:4] in text as marks at their place, and leaves them out of the plain text', () => {
    const nodes = inlinesOf('\n標準標準システム[!2]への**移行[!kitakami-2026:4]**\n');
    expect(nodes).toEqual([
      { type: 'text', text: '標準標準システム' },
      { type: 'note', ref: { plan: null, id: 2 } },
      { type: 'text', text: 'への' },
      {
        type: 'strong',
        children: [
          { type: 'text', text: '移行' },
          { type: 'note', ref: { plan: 'kitakami-2026', id: 4 } },
        ],
      },
    ]);
    expect(inlineText(nodes)).toBe('標準標準システムへの移行');
  });

  it('takes marks out of the title, headings and figure lines, keeping their text clean for ids, citations and tables of contents', () => {
    const { chapter: parsed, errors } = parseChapter(
      'c2.md',
      'c2',
      `---\nnumber: 2\ntitle: 計画の構成[!5]\n---\n\n## (3) 岩手県の目指す方向性[!12] {#iwate page=9}\n\n:::figure\nAI基盤（ガバナメントAI[!3]（仮称））\n出典：「教育ロードマップ」[!10]\n:::\n`,
    );
    expect(errors).toEqual([]);
    expect([parsed!.title, parsed!.titleNotes]).toEqual(['計画の構成', [{ plan: null, id: 5 }]]);
    expect(parsed!.blocks[0]).toMatchObject({
      type: 'heading',
      id: 'iwate',
      text: '(3) 岩手県の目指す方向性',
      notes: [{ plan: null, id: 12 }],
    });
    expect(parsed!.blocks[1]).toMatchObject({
      type: 'figure',
      lines: ['AI基盤（ガバナメントAI（仮称））'],
      // The mark stays at the word it follows, not at the line's end.
      lineParts: [[{ text: 'AI基盤（ガバナメントAI' }, { note: { plan: null, id: 3 } }, { text: '（仮称））' }]],
      caption: '出典：「教育ロードマップ」',
      captionNotes: [{ plan: null, id: 10 }],
    });
  });
});

describe('heading attributes', () => {
  it('refuses an id that is not lowercase letters, digits and hyphens, instead of cutting it', () => {
    expect(problems('\n## 節 {#my_id}\n')).toEqual(['7:7 heading-id']);
    expect(problems('\n## 節 {#Goals}\n')).toEqual(['7:7 heading-id']);
  });

  it('refuses an id shaped like one the site generates', () => {
    expect(problems('\n## 節 {#a-p1}\n')).toEqual(['7:7 heading-id']);
    expect(problems('\n## 節 {#fn-1}\n')).toEqual(['7:7 heading-id']);
    expect(problems('\n## 節 {#goal-table1-measure-g1}\n')).toEqual(['7:7 heading-id']);
    expect(problems('\n## 節 {#intro}\n')).toEqual(['7:7 heading-id']);
  });

  it('refuses a page that is not digits only', () => {
    expect(problems('\n## 節 {#a page=2a}\n')).toEqual(['7:10 page-format']);
    expect(problems('\n## 節 {#a page=}\n')).toEqual(['7:10 page-format']);
  });

  it('refuses a second id or page and any other attribute', () => {
    expect(problems('\n## 節 {#a #b}\n')).toEqual(['7:10 heading-attribute']);
    expect(problems('\n## 節 {#a page=2 page=3}\n')).toEqual(['7:17 heading-attribute']);
    expect(problems('\n## 節 {#a .wide lang=en}\n')).toEqual(['7:10 heading-attribute', '7:16 heading-attribute']);
  });

  it('refuses a heading without an id, and a duplicate id', () => {
    expect(problems('\n## 節\n')).toEqual(['7:4 heading-id']);
    expect(problems('\n## 節 {page=2}\n')).toEqual(['7:13 heading-id']);
    expect(problems('\n## 節 {#a}\n\n## 別 {#a}\n')).toEqual(['9:7 duplicate-id']);
    expect(problems('\n## {#a}\n')).toEqual(['7:1 unsupported-syntax']);
  });

  it('refuses a heading underlined with --- or ===, which is how a stray --- after a paragraph reads', () => {
    expect(problems('\n本文\n---\n')).toEqual(['7:1 unsupported-syntax']);
  });
});

describe('directives', () => {
  it('reads a table without attributes and one with several', () => {
    const blocks = blocksOf('\n::scores\n\n::indicators plan=kitakami-2026 measure=g1-m1\n');
    expect(blocks).toMatchObject([
      { type: 'directive', name: 'scores', attributes: {} },
      { type: 'directive', name: 'indicators', attributes: { plan: 'kitakami-2026', measure: 'g1-m1' } },
    ]);
  });

  it('refuses a value that is not an id, instead of cutting it', () => {
    expect(problems('\n::measures goal=g1=x\n')).toEqual(['7:12 directive-attribute']);
    expect(problems('\n::measures goal=\n')).toEqual(['7:12 directive-attribute']);
  });

  it('refuses a repeated attribute, and the generic brace form', () => {
    expect(problems('\n::measures goal=g1 goal=g2\n')).toEqual(['7:20 directive-attribute']);
    expect(problems('\n::measures{goal=g1}\n')).toEqual(['7:3 unknown-directive']);
  });

  it('refuses text on the line after a directive', () => {
    expect(problems('\n::measures goal=g1\n本文\n')).toEqual(['8:1 unsupported-syntax']);
  });
});

describe('figures', () => {
  it('keeps a figure’s lines as written: a printed 「1.」 or 「・」 line is text, not a list', () => {
    const blocks = blocksOf('\n:::figure\n1. 自治体におけるDX推進の意義\n\n・ 組織体制の整備\n<自治体DXの取組み>\n:::\n');
    expect(blocks[0]).toMatchObject({
      type: 'figure',
      lines: ['1. 自治体におけるDX推進の意義', '・ 組織体制の整備', '<自治体DXの取組み>'],
    });
  });

  it('refuses an unclosed figure and other block names', () => {
    expect(problems('\n:::figure\n図\n')).toEqual(['7:1 unclosed-block']);
    expect(problems('\n:::figure 追加\n図\n:::\n')).toEqual(['7:1 unknown-block']);
    expect(problems('\n::::figure\n図\n::::\n')).toEqual(['7:1 unknown-block']);
  });
});

describe('lists', () => {
  it('reads numbered lists with their first number, numbered like other lists in citations', () => {
    const blocks = blocksOf('\n- 箇条\n\n3. 三\n4. 四\n');
    expect(blocks).toMatchObject([
      { type: 'list', id: 'intro-list1', ordered: false, start: null },
      {
        type: 'list',
        id: 'intro-list2',
        ordered: true,
        start: 3,
        items: [{ id: 'intro-list2-1', inlines: [{ type: 'text', text: '三' }] }, { id: 'intro-list2-2' }],
      },
    ]);
  });

  it('refuses nested lists, task lists and items of several paragraphs', () => {
    expect(problems('\n- 項目\n  - 入れ子\n')).toEqual(['8:3 unsupported-syntax']);
    expect(problems('\n- [ ] 未\n')).toEqual(['7:1 unsupported-syntax']);
    expect(problems('\n- 項目\n\n  続きの段落\n')).toEqual(['9:3 unsupported-syntax']);
  });
});

describe('footnotes', () => {
  it('finds a reference without a note where it is written', () => {
    expect(problems('\n本文[^2]。\n')).toEqual(['7:3 footnote-undefined']);
  });

  it('keeps an escaped \\[^2] as text', () => {
    expect(inlineText(inlinesOf('\n本文\\[^2]。\n'))).toBe('本文[^2]。');
  });

  it('refuses a label that cannot be an id, and a duplicate', () => {
    expect(problems('\n本文[^a_b]。\n\n[^a_b]: 注。\n')).toEqual(['9:1 id-format']);
    expect(problems('\n本文[^1]。\n\n[^1]: 注。\n\n[^1]: 注。\n')).toEqual(['11:1 duplicate-footnote']);
  });

  it('links a reference to its note when they differ in case only', () => {
    expect(inlinesOf('\n本文[^N1]。\n\n[^n1]: 注。\n')[1]).toEqual({ type: 'footnote-ref', label: 'n1' });
  });
});

describe('links', () => {
  it('reads https, mailto, site and in-chapter links', () => {
    const nodes = inlinesOf(
      '\n[市](https://www.city.kitakami.iwate.jp/)、[窓口](mailto:dx@city.example.jp)、[指標](/plans/kitakami-2026/indicators/)、[目標](#goals)\n\n## 目標 {#goals}\n',
    );
    expect(nodes.filter((n) => n.type === 'link')).toEqual([
      { type: 'link', href: 'https://www.city.kitakami.iwate.jp/', kind: 'external', children: [{ type: 'text', text: '市' }] },
      { type: 'link', href: 'mailto:dx@city.example.jp', kind: 'mail', children: [{ type: 'text', text: '窓口' }] },
      { type: 'link', href: '/plans/kitakami-2026/indicators/', kind: 'internal', children: [{ type: 'text', text: '指標' }] },
      { type: 'link', href: '#goals', kind: 'anchor', children: [{ type: 'text', text: '目標' }] },
    ]);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,x'],
    ['http://www.city.example.jp/'],
    ['page.html'],
    ['../plans/'],
    ['//evil.example/'],
    ['/plans/../x'],
    ['mailto:a@b.jp?bcc=c@d.jp'],
    ['https://user@evil.example/'],
  ])('refuses a link to %s', (url) => {
    expect(problems(`\n[文字](${url})\n`)).toEqual(['7:1 link-url']);
  });

  it('refuses a bare www. address, which would be an http:// link', () => {
    expect(problems('\n詳しくは www.city.example.jp へ\n')).toEqual(['7:6 link-url']);
  });

  it('refuses an in-chapter link to an id the chapter does not have', () => {
    expect(problems('\n[目標](#goal)\n\n## 目標 {#goals}\n')).toEqual(['7:1 link-url']);
  });

  it('refuses a link in a heading and a note mark inside link text', () => {
    expect(problems('\n## [節](https://a.example.jp/) {#s}\n')).toEqual(['7:4 unsupported-syntax']);
    expect(problems('\n[文字[!1]](https://a.example.jp/)\n')).toEqual(['7:4 unsupported-syntax']);
  });
});

describe('constructs the dialect does not support are refused where they are written', () => {
  it.each([
    ['a table', '\n| a | b |\n|---|---|\n| 1 | 2 |\n', '7:1'],
    ['a thematic break', '\n本文\n\n---\n', '9:1'],
    ['an HTML comment', '\n<!-- メモ -->\n', '7:1'],
    ['an HTML tag in text', '\n本文<b>太字</b>\n', '7:3'],
    ['an image', '\n![図](zu.png)\n', '7:1'],
    ['a fenced code block', '\n```\nx\n```\n', '7:1'],
    ['an indented code block', '\n    字下げ\n', '7:1'],
    ['inline code', '\n本文`x`\n', '7:3'],
    ['a blockquote', '\n> 引用\n', '7:1'],
    ['a strikethrough', '\n1~3と5~7\n', '7:2'],
    ['a hard line break', '\n行末  \n次の行\n', '7:3'],
    ['a reference link', '\n[文字][ref]\n\n[ref]: https://a.example.jp/\n', '7:1'],
  ])('%s', (_name, body, at) => {
    const found = problems(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toBe(`${at} unsupported-syntax`);
    expect(found.every((p) => p.endsWith('unsupported-syntax'))).toBe(true);
  });
});
