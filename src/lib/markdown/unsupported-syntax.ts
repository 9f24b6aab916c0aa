import type { Problem } from './chapter-errors.ts';
import type { Node } from './markdown-tree.ts';

/** What a refused construct is called and what to write instead. */
interface Refusal {
  message: string;
  hint: string;
}

const REFUSALS: Record<string, Refusal> = {
  table: {
    message: '表（| で区切った行）は使えません',
    hint: 'データの表は CSV に書き、::dataset id=… などの表の指定で表示します。原本の表の文字だけを残すときは :::figure と ::: の間に書いてください',
  },
  thematicBreak: {
    message: '区切り線（--- や *** だけの行）は使えません',
    hint: 'この行を削除してください。話題を分けるときは ## や ### の見出しを使います',
  },
  image: { message: '画像（![説明](ファイル)）は使えません', hint: '原本の図は :::figure と ::: の間に、図の中の文字を書いて残します' },
  imageReference: {
    message: '画像（![説明][名前]）は使えません',
    hint: '原本の図は :::figure と ::: の間に、図の中の文字を書いて残します',
  },
  code: {
    message: 'コードのブロック（``` で囲んだ部分、または行頭を4文字以上字下げした行）は使えません',
    hint: '``` の行を削除するか、行頭の空白を削除してください',
  },
  inlineCode: {
    message: 'コード（` で囲んだ文字）は使えません',
    hint: '` を削除してください。` をそのまま表示したいときは \\` と書きます',
  },
  blockquote: {
    message: '引用（行頭の >）は使えません',
    hint: '行頭の > を削除してください。> をそのまま表示したいときは全角の ＞ を使います',
  },
  delete: {
    message: '取り消し線（~ で囲んだ文字）は使えません',
    hint: '範囲を表す「〜」は全角で書くか、半角の ~ の前に \\ を付けて \\~ と書いてください',
  },
  break: {
    message: '行末の半角スペース2つ（または行末の \\）による改行は使えません',
    hint: '行末の空白または \\ を削除してください。段落を分けるときは空行を1行入れます',
  },
  linkReference: {
    message: '参照形式のリンク（[文字][名前]）は使えません',
    hint: 'リンクは [文字](https://…) のように、リンク先をその場に書いてください',
  },
  definition: {
    message: 'リンク先の定義（[名前]: アドレス の行）は使えません',
    hint: 'この行を削除し、リンクは [文字](https://…) のようにリンク先をその場に書いてください',
  },
  containerDirective: {
    message: ':::figure の中に別のブロックは書けません',
    hint: ':::figure と ::: の間には図の中の文字だけを書いてください',
  },
  footnoteDefinition: {
    message: '注の本文（[^1]: …）は行頭に書いてください',
    hint: '注の本文の行は字下げせず、箇条書きなどの中にも入れないでください',
  },
  heading: { message: '見出しを箇条書きなどの中に書くことはできません', hint: '見出しの行は行頭から書き、前後に空行を入れてください' },
  list: {
    message: '入れ子の箇条書き（字下げした項目）は使えません',
    hint: '項目の字下げをやめて1つの箇条書きにするか、見出しで分けてください',
  },
  math: { message: '数式は使えません', hint: '数式の記号（$）を削除してください' },
  inlineMath: { message: '数式は使えません', hint: '数式の記号（$）を削除してください' },
};

/** The refusal of a raw HTML node: an HTML comment, or a tag. */
function htmlRefusal(value: string): Refusal {
  if (value.trimStart().startsWith('<!--'))
    return {
      message: 'HTML のコメント（<!-- -->）は使えません',
      hint: '公開しない覚え書きは章のファイルに書かず、変更の記録（コミットのメッセージ）などに残してください',
    };
  return {
    message: 'HTML のタグは使えません',
    hint: '太字は **文字**、リンクは [文字](https://…) と書きます。< をそのまま表示したいときは全角の ＜ を使うか、\\< と書いてください',
  };
}

/**
 * The problem to report for a construct the chapter dialect does not support, so that it is never
 * published as something else (`unsupported-syntax`). `value` is the source as written.
 */
export function unsupportedSyntax(node: Pick<Node, 'type'> & { value?: unknown }, value: string): Problem {
  const refusal =
    node.type === 'html'
      ? htmlRefusal(String(node.value ?? value))
      : (REFUSALS[node.type] ?? {
          message: `この書き方（${node.type}）は使えません`,
          hint: 'README の「章の本文の書き方」にある書き方だけを使ってください',
        });
  const shown = quoted(value);
  return { value: shown, rule: 'unsupported-syntax', message: `${refusal.message}：「${shown}」`, hint: refusal.hint };
}

/** The first line of what was written, shortened, for a message. */
export function quoted(value: string): string {
  const line = value.split('\n')[0]!.trim();
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/** A problem in a place where only some constructs are allowed (a heading, a list item, a link). */
export function notAllowedHere(value: string, message: string, hint: string): Problem {
  const shown = quoted(value);
  return { value: shown, rule: 'unsupported-syntax', message: `${message}：「${shown}」`, hint };
}
