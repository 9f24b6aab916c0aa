import type { TableSpec, RowOf } from './column-spec.ts';

/** A glossary term (用語集) of a plan. File: `content/plans/<plan>/glossary.csv`. */
export type GlossaryTerm = RowOf<typeof glossaryTable>;

export const glossaryTable = {
  name: 'glossary',
  file: 'glossary.csv',
  scope: 'plan',
  title: '用語集',
  description: '1行が用語集の1つの用語です。',
  key: ['id'],
  optional: true,
  columns: [
    {
      name: 'id',
      label: '用語ID',
      type: 'id',
      required: true,
      description: '計画の中で一意な半角英数字のID。用語集のページ内リンク（#term-<id>）になります。',
    },
    { name: 'term', label: '用語', type: 'text', required: true, description: '原本どおりの用語。' },
    {
      name: 'reading',
      label: '読み',
      type: 'text',
      required: false,
      description: '原本に書かれた読み（かな）。原本にない読みは書きません。',
    },
    {
      name: 'aliases',
      label: '別名',
      type: 'text',
      required: false,
      description: '原本が括弧で示す別の呼び方。複数あるときは「｜」で区切ります。',
    },
    {
      name: 'expansion',
      label: '正式名称（英語）',
      type: 'text',
      required: false,
      description: '略語の元の英語（例: Artificial Intelligence）。説明文の中にあるものを書きます。',
    },
    { name: 'description', label: '説明', type: 'text', required: true, description: '原本どおりの説明。改行は原本の行の区切りです。' },
    {
      name: 'sort_reading',
      label: '並べ替え用の読み',
      type: 'text',
      required: false,
      description: '五十音の索引で並べるためのひらがな（このサイトが付けたもので、原本の記載ではありません）。英字で始まる用語は空欄。',
    },
    { name: 'page', label: '原本のページ', type: 'page', required: false, description: '原本で用語集が始まるページ。' },
    {
      name: 'number',
      label: '原本の番号',
      type: 'text',
      required: false,
      description: '原本が用語に番号を振っている場合（※1 など）、その番号の数字。',
    },
    {
      name: 'index_label',
      label: '原本の索引',
      type: 'text',
      required: false,
      description: '原本の用語集が索引の見出し（あ、か …）で分けている場合、その見出し。',
    },
    {
      name: 'used_pages',
      label: '該当ページ',
      type: 'text',
      required: false,
      description: '原本の用語集が示す、用語が使われているページ（原本の表記どおり。例: P16）。',
    },
  ],
} as const satisfies TableSpec;
