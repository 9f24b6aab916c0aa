import { ID_FORMAT } from '../validate/check-cell.ts';
import { closestMatch } from '../validate/suggest.ts';
import type { ChapterErrors } from './chapter-errors.ts';
import { readDirectiveLine } from './directive-line.ts';
import { readHeadingAttributes } from './heading-attributes.ts';
import { mapInlines, type InlineScope } from './inlines.ts';
import { startOf, type Node, type Place, type SourceText } from './markdown-tree.ts';
import { splitNoteParts, splitNoteRefs, type NoteRef } from '../corrections/note-marks.ts';
import type { Block, HeadingBlock, Inline } from './types.ts';
import { notAllowedHere, unsupportedSyntax } from './unsupported-syntax.ts';

/**
 * Maps the body of a chapter (the top-level mdast nodes after the frontmatter) to blocks. Headings
 * (##–####, with `{#id page=N}`), paragraphs, `- ` and `1.` lists of one-paragraph items, `[^1]:`
 * footnotes, `:::figure` blocks and `::name key=value` data tables are mapped; every other node is
 * reported where it is written. Every block gets a stable id from its section and its position in
 * the section (`purpose-p2`), the scheme citations are built on.
 */
export function chapterBlocks(
  nodes: readonly Node[],
  source: SourceText,
  report: ChapterErrors,
  chapterPage: number | null,
  siteLinks: { href: string; place: Place }[] = [],
): Block[] {
  const blocks: Block[] = [];
  const scope: InlineScope = {
    source,
    report,
    footnoteLabels: footnoteLabels(nodes),
    footnoteRefs: [],
    undefinedRefs: [],
    anchorLinks: [],
    siteLinks,
  };
  const headingStack: HeadingBlock[] = [];
  const headingIds = new Map<string, number>();
  const footnoteDefs = new Map<string, number>();
  const counters = new Map<string, number>();
  let sectionId = 'intro';
  const nextId = (kind: string) => {
    const n = (counters.get(`${sectionId}:${kind}`) ?? 0) + 1;
    counters.set(`${sectionId}:${kind}`, n);
    return `${sectionId}-${kind}${n}`;
  };
  const refuse = (node: Node) => report.atNode(node, unsupportedSyntax(node, source.raw(node)));

  for (const node of nodes) {
    const { line } = startOf(node);
    const lineText = source.line(line).trim();
    switch (node.type) {
      case 'heading': {
        if (!/^ {0,3}#/.test(source.line(line))) {
          report.atNode(
            node,
            notAllowedHere(
              lineText,
              '下線（=== や ---）を引く形の見出しは使えません',
              '見出しは行頭に ## を付けて書きます。区切り線のつもりの --- なら、その行を削除してください',
            ),
          );
          break;
        }
        const depth = node.depth;
        const parentDepth = headingStack.at(-1)?.depth ?? 1;
        if (depth < 2 || depth > 4) {
          report.at(line, 1, {
            value: lineText,
            rule: 'heading-level',
            message: `見出しの「${'#'.repeat(depth)}」は使えません`,
            hint: '章の題は frontmatter の title に書きます。本文の見出しは ##（節）、###、#### のどれかにしてください',
          });
        } else if (depth > parentDepth + 1) {
          report.at(line, 1, {
            value: lineText,
            rule: 'heading-level',
            message: `見出しの階層が飛んでいます（${'#'.repeat(depth)} の前に ${'#'.repeat(depth - 1)} がありません）`,
            hint: `この見出しを ${'#'.repeat(parentDepth + 1)} にしてください`,
          });
        }
        const attributes = readHeadingAttributes(node, source, report);
        const { text, notes } = headingText(mapInlines(node.children, scope, 'heading'));
        if (text.trim() === '')
          report.atNode(node, notAllowedHere(lineText, '見出しの文字がありません', '# と { } の間に見出しの文字を書いてください'));
        if (attributes.id !== null && headingIds.has(attributes.id)) {
          report.at(line, attributes.idColumn, {
            value: attributes.id,
            rule: 'duplicate-id',
            message: `見出し ID「${attributes.id}」は ${headingIds.get(attributes.id)} 行目と重複しています`,
            hint: 'この章の中で別の ID を付けてください',
          });
        }
        if (depth >= 2 && depth <= 4 && attributes.id !== null) {
          const parent = [...headingStack].reverse().find((h) => h.depth < depth);
          const block: HeadingBlock = {
            type: 'heading',
            id: attributes.id,
            sectionId: attributes.id,
            line,
            depth: depth as 2 | 3 | 4,
            text,
            notes,
            page: attributes.page ?? parent?.page ?? chapterPage,
          };
          headingIds.set(block.id, line);
          while (headingStack.length > 0 && headingStack.at(-1)!.depth >= depth) headingStack.pop();
          headingStack.push(block);
          sectionId = block.id;
          blocks.push(block);
        }
        break;
      }
      case 'paragraph': {
        const written = source.raw(node);
        if (written.startsWith(':::')) {
          report.at(line, 1, {
            value: lineText,
            rule: 'unknown-block',
            message: `「${lineText}」は使えないブロックです`,
            hint: '図は :::figure で始め、::: だけの行で閉じてください',
          });
        } else if (written.startsWith('::')) {
          if (written.includes('\n'))
            report.at(
              line + 1,
              1,
              notAllowedHere(
                source.line(line + 1),
                '表の指定の次の行に文が続いています',
                '表の指定（::…）は1行に書き、その前後に空行を入れてください',
              ),
            );
          const directive = readDirectiveLine(source.line(line), line, report);
          if (directive) blocks.push({ type: 'directive', id: nextId('table'), sectionId, line, ...directive });
        } else {
          blocks.push({ type: 'paragraph', id: nextId('p'), sectionId, line, inlines: mapInlines(node.children, scope, 'text') });
        }
        break;
      }
      case 'leafDirective': {
        const directive = readDirectiveLine(source.line(line), line, report);
        if (directive) blocks.push({ type: 'directive', id: nextId('table'), sectionId, line, ...directive });
        break;
      }
      case 'containerDirective': {
        if (lineText !== ':::figure') {
          report.at(line, 1, {
            value: lineText,
            rule: 'unknown-block',
            message: `「${lineText}」は使えないブロックです`,
            hint: '図は :::figure で始め、::: だけの行で閉じてください',
          });
          break;
        }
        const last = node.position?.end.line ?? line;
        if (last === line || source.line(last).trim() !== ':::') {
          report.at(line, 1, {
            value: lineText,
            rule: 'unclosed-block',
            message: ':::figure が閉じられていません',
            hint: '図の文字の後に ::: だけの行を書いてください',
          });
          break;
        }
        for (const inner of node.children) if (inner.type === 'containerDirective') refuse(inner);
        // A figure keeps the text of the original's figure line by line, as written: its lines are
        // not Markdown (「1. 自治体における…」 is a printed line, not a list).
        const content: string[] = [];
        for (let n = line + 1; n < last; n++) if (source.line(n).trim() !== '') content.push(source.line(n).trim());
        const body = content.filter((l) => !l.startsWith('出典'));
        const caption = splitNoteRefs(content.filter((l) => l.startsWith('出典')).join(' '));
        blocks.push({
          type: 'figure',
          id: nextId('fig'),
          sectionId,
          line,
          lines: body.map((l) => splitNoteRefs(l).text),
          lineParts: body.map(splitNoteParts),
          caption: caption.text || null,
          captionNotes: caption.refs,
        });
        break;
      }
      case 'footnoteDefinition': {
        const label = node.label ?? node.identifier;
        if (!ID_FORMAT.test(label))
          report.at(line, 1, {
            value: `[^${label}]`,
            rule: 'id-format',
            message: `注の番号「${label}」は使えません`,
            hint: '注の番号は半角の数字（または英小文字・数字とハイフン）で書いてください（例: [^1]）',
          });
        if (footnoteDefs.has(label))
          report.at(line, 1, {
            value: `[^${label}]`,
            rule: 'duplicate-footnote',
            message: `注 ${label} が ${footnoteDefs.get(label)} 行目と重複しています`,
            hint: '注の番号は章の中で一つずつにしてください',
          });
        footnoteDefs.set(label, line);
        blocks.push({
          type: 'footnote',
          id: `fn-${label}`,
          sectionId,
          line,
          label,
          referenced: false,
          inlines: singleParagraph(node.children, '注の本文', scope, refuse),
        });
        break;
      }
      case 'list': {
        const id = nextId('list');
        const items = node.children.map((item, index) => {
          if (item.checked !== null && item.checked !== undefined)
            report.atNode(
              item,
              notAllowedHere(
                source.line(startOf(item).line),
                'チェックボックス（- [ ] や - [x]）は使えません',
                '[ ] や [x] を削除してください',
              ),
            );
          if (item.children.length === 0)
            report.atNode(
              item,
              notAllowedHere(source.line(startOf(item).line), '箇条書きの項目が空です', '項目の文字を書くか、この行を削除してください'),
            );
          return { id: `${id}-${index + 1}`, inlines: singleParagraph(item.children, '箇条書きの項目', scope, refuse) };
        });
        blocks.push({
          type: 'list',
          id,
          sectionId,
          line,
          ordered: node.ordered === true,
          start: node.ordered ? (node.start ?? 1) : null,
          items,
        });
        break;
      }
      default:
        refuse(node);
    }
  }

  for (const block of blocks) {
    if (block.type === 'footnote') block.referenced = scope.footnoteRefs.includes(block.label);
  }
  for (const ref of scope.undefinedRefs) {
    if (footnoteDefs.has(ref.label)) continue;
    report.at(ref.place.line, ref.place.column, {
      value: `[^${ref.label}]`,
      rule: 'footnote-undefined',
      message: `注 [^${ref.label}] の本文がありません`,
      hint: `注の本文を「[^${ref.label}]: 説明」の形で1行に書いてください`,
    });
  }
  const ids = blocks.flatMap((b) => [b.id, ...(b.type === 'list' ? b.items.map((i) => i.id) : [])]);
  for (const link of scope.anchorLinks) {
    const target = link.href.slice(1);
    if (ids.includes(target)) continue;
    const guess = closestMatch(target, [...headingIds.keys()]);
    report.at(link.place.line, link.place.column, {
      value: link.href,
      rule: 'link-url',
      message: `ページ内リンク「${link.href}」の行き先がこの章にありません`,
      hint: guess
        ? `「#${guess}」の書き間違いではありませんか`
        : headingIds.size === 0
          ? 'この章には見出しがありません。ほかの章へのリンクは /plans/… から始まる住所で書いてください'
          : `この章の見出しの ID（${[...headingIds.keys()].slice(0, 5).join('、')}${headingIds.size > 5 ? ' など' : ''}）を # の後に書いてください`,
    });
  }
  return blocks;
}

/** Footnote labels by identifier, for references that differ from their definition in case only. */
function footnoteLabels(nodes: readonly Node[]): Map<string, string> {
  return new Map(nodes.flatMap((n) => (n.type === 'footnoteDefinition' ? [[n.identifier, n.label ?? n.identifier] as const] : [])));
}

/** The inline content of a block that must be one paragraph (a list item, a footnote); anything more is reported. */
function singleParagraph(children: readonly Node[], what: string, scope: InlineScope, refuse: (node: Node) => void): Inline[] {
  const [first, ...rest] = children;
  for (const extra of first?.type === 'paragraph' ? rest : children) {
    if (extra.type === 'paragraph')
      scope.report.atNode(
        extra,
        notAllowedHere(
          scope.source.raw(extra),
          `${what}の中に段落を重ねることはできません`,
          `${what}は1つの段落で書いてください。続きの行を字下げしているなら、字下げをやめて空行で区切ってください`,
        ),
      );
    else refuse(extra);
  }
  return first?.type === 'paragraph' ? mapInlines(first.children, scope, 'text') : [];
}

/** A heading's text without note marks, and its marks (shown at the heading's end). */
function headingText(inlines: readonly Inline[]): { text: string; notes: NoteRef[] } {
  return {
    text: inlines.map((node) => (node.type === 'text' ? node.text : '')).join(''),
    notes: inlines.flatMap((node) => (node.type === 'note' ? [node.ref] : [])),
  };
}
