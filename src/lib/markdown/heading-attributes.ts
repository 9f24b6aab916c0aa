import { ID_FORMAT } from '../validate/check-cell.ts';
import { endOffset, startOffset, type Node, type SourceText } from './markdown-tree.ts';
import type { ChapterErrors } from './chapter-errors.ts';

/**
 * Ids the site makes itself, which a heading must not take: a block's position in its section
 * (`purpose-p2`, `goal-1-list1-3`, `goal-1-table1`, and the row anchors and tooltips built on them),
 * footnotes and their references (`fn-1`, `fnref-1`), and `intro`, the section before the first
 * heading. A heading named like one would give two elements one id, and 「第N段落」 to a heading.
 */
const GENERATED_ID = /^(?:fn|fnref)-|-(?:p|list|fig|table)\d+(?=-|$)|^intro$/;

/** Whether a heading may use an id: the id format, and not the shape of an id the site generates. */
export const headingIdProblem = (id: string): 'format' | 'generated' | null =>
  !ID_FORMAT.test(id) ? 'format' : GENERATED_ID.test(id) ? 'generated' : null;

/** A heading's `{#id page=N}`, as far as it could be read. */
export interface HeadingAttributes {
  id: string | null;
  page: number | null;
  /** Line and column of the `#` of the id, for a duplicate-id message. */
  idColumn: number;
}

const EXAMPLE = '{#purpose page=2}';

/**
 * Reads the attribute block Sätteri found at the end of a heading. Sätteri keeps only the last of a
 * repeated attribute (`{#a #b}` gives id b) and accepts any name, so the block it delimited is read
 * again here, strictly: exactly one `#id` (lowercase letters, digits, hyphens) and at most one
 * `page=N` (digits only). Every other token is reported where it is written.
 */
export function readHeadingAttributes(heading: Node<'heading'>, source: SourceText, report: ChapterErrors): HeadingAttributes {
  const end = heading.position?.end ?? { line: 1, column: 1 };
  const line = source.line(end.line).trim();
  // Sätteri puts the attributes it read where mdast-util-to-hast looks for them (data.hProperties).
  if (!(heading.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties) {
    report.at(end.line, Math.max(1, end.column - 1), {
      value: line,
      rule: 'heading-id',
      message: '見出しに ID がありません',
      hint: '見出しの末尾に {#purpose} のように半角英小文字の ID を付けてください。ID はページ内リンクと引用に使うので、一度公開したら変えません',
    });
    return { id: null, page: null, idColumn: 1 };
  }
  const from = heading.children.length > 0 ? endOffset(heading.children.at(-1)!) : startOffset(heading);
  const tail = source.text.slice(from, endOffset(heading));
  const open = from + tail.indexOf('{');
  const block = source.text.slice(open, endOffset(heading)).trimEnd();
  const inner = block.slice(1, -1);
  const result: HeadingAttributes = { id: null, page: null, idColumn: source.place(open).column };
  let idSeen = false;
  let pageSeen = false;
  for (const token of inner.matchAll(/\S+/g)) {
    const text = token[0];
    const place = source.place(open + 1 + token.index);
    const problem = (rule: 'heading-id' | 'heading-attribute' | 'page-format', message: string, hint: string) =>
      report.at(place.line, place.column, { value: text, rule, message, hint });
    if (text.startsWith('#')) {
      const id = text.slice(1);
      if (idSeen) {
        problem('heading-attribute', `見出しに ID が2つ書かれています（「${text}」）`, `ID は1つだけにしてください（例: ${EXAMPLE}）`);
        continue;
      }
      idSeen = true;
      const idProblem = headingIdProblem(id);
      if (idProblem === 'format')
        problem(
          'heading-id',
          `見出し ID「${id}」は使えません`,
          `ID は半角の英小文字・数字と、間のハイフンだけで書いてください（例: {#${
            id
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/^-|-$/g, '') || 'purpose'
          }}）`,
        );
      else if (idProblem === 'generated')
        problem(
          'heading-id',
          `見出し ID「${id}」は、段落や注にサイトが付ける ID と同じ形なので使えません`,
          '「fn-」「fnref-」で始まる ID、「intro」、「-p2」「-list1」「-fig1」「-table1」のような部分を含む ID は避け、節の内容を表す別の ID を付けてください',
        );
      else {
        result.id = id;
        result.idColumn = place.column;
      }
    } else if (text.startsWith('page=')) {
      const value = text.slice('page='.length);
      if (pageSeen)
        problem(
          'heading-attribute',
          `見出しに page= が2つ書かれています（「${text}」）`,
          `page= は1つだけにしてください（例: ${EXAMPLE}）`,
        );
      else if (!/^[1-9][0-9]*$/.test(value))
        problem(
          'page-format',
          `見出しの「${text}」はページ番号ではありません`,
          `page= の後には原本のページ番号を半角数字だけで書いてください（例: ${EXAMPLE}）`,
        );
      else result.page = Number(value);
      pageSeen = true;
    } else {
      problem(
        'heading-attribute',
        `見出しの { } に「${text}」は書けません`,
        `書けるのは #ID と page=ページ番号 だけです（例: ${EXAMPLE}）`,
      );
    }
  }
  if (!idSeen)
    report.at(end.line, Math.max(1, end.column - 1), {
      value: line,
      rule: 'heading-id',
      message: '見出しに ID がありません',
      hint: `{ } の中に #purpose のような ID を書いてください（例: ${EXAMPLE}）`,
    });
  return result;
}
