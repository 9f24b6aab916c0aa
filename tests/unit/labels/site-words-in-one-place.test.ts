/**
 * The site's words live in `src/lib/labels/`: this test scans every source file under `src/`
 * (comments blanked) and fails, naming file and line, when Japanese appears anywhere else but in
 * the places listed below, each with the reason it stays there. An English edition of the site
 * changes `src/lib/labels/` (and the column dictionary); nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { japaneseLines, stripAstroComments, stripCssComments, stripScriptComments, stripperFor } from './japanese-scan.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/** Folders and files whose Japanese is not the site's words to readers, or is held elsewhere for now. */
const ALLOWED: readonly { path: string; why: string }[] = [
  { path: 'src/lib/labels/', why: 'the site words themselves' },
  { path: 'src/schemas/', why: "the column dictionary: each table's title, label and description stays beside its column" },
  { path: 'src/lib/validate/', why: 'messages to the clerk, each held by a fixture test with its exact text' },
  { path: 'src/lib/content/checks/', why: 'messages to the clerk (cross-reference checks)' },
  { path: 'src/loaders/', why: 'messages to the clerk from the content layer' },
  { path: 'src/lib/content/validate-content.ts', why: 'messages to the clerk (folder and file checks)' },
  { path: 'src/lib/content/check-site-settings.ts', why: 'messages to the clerk (site.csv, SITE_URL, BASE_PATH)' },
  { path: 'src/lib/content/site-settings.ts', why: 'the location of a setting in a message to the clerk' },
  { path: 'src/lib/content/content-warnings.ts', why: 'warnings to the clerk' },
  { path: 'src/lib/content/decode-content-files.ts', why: 'messages to the clerk (file encodings)' },
  { path: 'src/lib/content/note-mark-checks.ts', why: 'messages to the clerk (transcription-note marks)' },
  { path: 'src/lib/content/published-plans.ts', why: 'messages to the clerk (which plans to publish)' },
  { path: 'src/lib/content/site-links.ts', why: 'messages to the clerk (links inside the site)' },
  { path: 'src/lib/content/unread-files.ts', why: 'messages to the clerk (files the site does not read)' },
  { path: 'src/lib/content/version-texts.ts', why: "messages to the clerk (a plan's version folders)" },
  { path: 'src/lib/markdown/chapter-blocks.ts', why: "messages to the clerk (chapter syntax); 「出典」 lines are the chapter dialect's" },
  { path: 'src/lib/markdown/directive-line.ts', why: 'messages to the clerk (chapter directives)' },
  { path: 'src/lib/markdown/frontmatter.ts', why: 'messages to the clerk (chapter frontmatter)' },
  { path: 'src/lib/markdown/heading-attributes.ts', why: 'messages to the clerk (heading ids)' },
  { path: 'src/lib/markdown/inlines.ts', why: 'messages to the clerk (inline syntax)' },
  { path: 'src/lib/markdown/limits.ts', why: 'messages to the clerk (size limits)' },
  { path: 'src/lib/markdown/link-target.ts', why: 'messages to the clerk (link targets)' },
  { path: 'src/lib/markdown/unsupported-syntax.ts', why: 'messages to the clerk (refused Markdown)' },
  { path: 'src/lib/history/git-log.ts', why: "the terminal's warnings about unreadable repository records" },
  { path: 'src/io/', why: "the terminal's warnings at the edge (repository history)" },
  { path: 'src/integrations/sitemap.ts', why: "the terminal's warning when no site address is set" },
  { path: 'src/lib/text/fold-text.ts', why: 'the text folding rule (a dash after kana is the long vowel mark)' },
];

/**
 * Single lines elsewhere whose Japanese is a pattern over the plans' text or the clerk's input (a
 * separator, a printed number), or a message to the terminal: never a word the site prints.
 */
const ALLOWED_LINES: readonly { path: string; match: RegExp; why: string }[] = [
  {
    path: 'src/lib/citation/citations.ts',
    match: /^const PRINTED_NUMBER = /,
    why: "recognises the plans' printed numbering (第1節, （1）)",
  },
  { path: 'src/lib/citation/citations.ts', match: /\/\^\[\(（\]\//, why: 'a printed （2） joins its chapter without a space' },
  {
    path: 'src/lib/glossary/glossary-in-chapters.ts',
    match: /の略称|split\('。'\)/,
    why: "reads a plan's definition: its 「…の略称。」 line, its first sentence",
  },
  { path: 'src/lib/csv/formula-safe.ts', match: /^const FORMULA_START = /, why: 'full-width ＝＋－＠ also start a spreadsheet formula' },
  { path: 'src/lib/glossary/cross-plan.ts', match: /split\('｜'\)/, why: 'aliases are written separated by ｜ in glossary.csv' },
  { path: 'src/lib/glossary/link-terms.ts', match: /split\('｜'\)/, why: 'aliases are written separated by ｜ in glossary.csv' },
  { path: 'src/lib/page-data/plan-glossary-page.ts', match: /split\('｜'\)/, why: 'aliases are written separated by ｜ in glossary.csv' },
  {
    path: 'src/lib/plan-facts/plan-dates.ts',
    match: /^const LIST_SEPARATOR = /,
    why: 'revisions are written separated by ｜ in plans.csv',
  },
  { path: 'src/lib/progress/rollup.ts', match: /\[\.．\]/, why: "reads the decimals of the city's printed share (26．3%)" },
  {
    path: 'src/lib/history/public-reason.ts',
    match: /^const REASON_LINE = /,
    why: 'reads the 「理由:」 line a clerk writes in a commit message',
  },
  {
    path: 'src/lib/glossary/group-terms.ts',
    match: /^\['[a-z]+', '[ぁ-ゔ]+'\],$/,
    why: 'the kana of each row of the gojūon index (a collation rule)',
  },
  {
    path: 'src/lib/history/history-view.ts',
    match: /昭和より前|表示できない値です/,
    why: "the terminal's warning about a change the history cannot show",
  },
  {
    path: 'src/lib/search/',
    match: /split\('｜'\)|join\('｜'\)/,
    why: "a glossary term's names are kept separated by ｜ (as glossary.csv writes its aliases)",
  },
  {
    path: 'src/lib/versions/word-diff.ts',
    match: /\\p\{Script=/,
    why: 'cuts a passage into words by script (katakana with its long vowel mark ー, full-width letters and digits)',
  },
  {
    path: 'src/lib/search/rank-results.ts',
    match: /\\p\{sc=/,
    why: 'splits a query into words by script (katakana with its long vowel mark ー, kanji with 々〆)',
  },
  {
    path: 'src/lib/search/synonyms.ts',
    match: /の\(\?:一つ\|一種\)|\$\{name\}の/,
    why: "reads a plan's definition 「…の一つ」 (a broader term the plan itself names)",
  },
  {
    path: 'src/lib/search/synonyms.ts',
    match: /replace\(\/。\$\/|split\('、'\)/,
    why: "reads a plan's definition: its last clause, without the full stop",
  },
];

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** Every line of src/ outside the allow-lists whose code holds Japanese, as `file:line: code`. */
function strayJapanese(): string[] {
  const found: string[] = [];
  for (const file of walk(join(root, 'src'))) {
    const path = relative(root, file).split('\\').join('/');
    const strip = stripperFor(path);
    if (strip === null || ALLOWED.some((a) => path.startsWith(a.path))) continue;
    for (const { line, code } of japaneseLines(readFileSync(file, 'utf8'), strip)) {
      if (ALLOWED_LINES.some((a) => path.startsWith(a.path) && a.match.test(code))) continue;
      found.push(`${path}:${line}: ${code}`);
    }
  }
  return found;
}

describe('the scanner', () => {
  it('finds a word in a string and names its line', () => {
    const source = "const a = 1;\n// 注記: a comment\nexport const title = '計画一覧';\n";
    expect(japaneseLines(source, stripScriptComments)).toEqual([{ line: 3, code: "export const title = '計画一覧';" }]);
  });

  it('finds a joiner only Japanese text uses: 、 ： （ and the ideographic space', () => {
    const source =
      "const list = items.join('、');\nconst pair = `${a}：${b}`;\nconst ascii = `${a}: ${b}`;\nconst gap = '\\u3000';\nconst wide = '　';\n";
    expect(japaneseLines(source, stripScriptComments).map((l) => l.line)).toEqual([1, 2, 5]);
  });

  it('ignores a word only in a comment, line or block, and keeps line numbers', () => {
    const source =
      "/**\n * 計画の一覧\n */\nconst url = 'https://example.jp/'; // 例\nconst re = /[/]/; /* 見出し */ const b = `a${'x'}`;\n";
    expect(japaneseLines(source, stripScriptComments)).toEqual([]);
    expect(japaneseLines(`${source}const c = \`\${b}年度\`;\n`, stripScriptComments)).toEqual([{ line: 6, code: 'const c = `${b}年度`;' }]);
  });

  it('reads an .astro file: frontmatter, template, script and style', () => {
    const source = [
      '---',
      '// 見出しの説明',
      "const heading = 'ok';",
      '---',
      '<!-- 本文の前 -->',
      '{/* 注 */}',
      '<h1>{heading}</h1>',
      '<p>未移動の文</p>',
      "<script>/* 説明 */ const m = 'コピーしました';</script>",
      '<style>/* 色 */ .a { color: red; }</style>',
    ].join('\n');
    expect(japaneseLines(source, stripAstroComments).map((l) => l.line)).toEqual([8, 9]);
    expect(japaneseLines(".a::after { content: '（済）'; } /* 説明 */", stripCssComments)).toHaveLength(1);
  });
});

describe("the site's words are in src/lib/labels/", () => {
  it('no source file outside the allow-list holds Japanese (comments aside)', () => {
    expect(strayJapanese()).toEqual([]);
  });

  it('every allow-list entry still names something in src/, and every allowed line still exists', () => {
    const files = walk(join(root, 'src')).map((file) => relative(root, file).split('\\').join('/'));
    for (const { path } of [...ALLOWED, ...ALLOWED_LINES])
      expect(
        files.some((f) => f.startsWith(path)),
        path,
      ).toBe(true);
    for (const { path, match } of ALLOWED_LINES) {
      const lines = files
        .filter((f) => f.startsWith(path))
        .flatMap((f) => japaneseLines(readFileSync(join(root, f), 'utf8'), stripperFor(f)!).map((l) => l.code));
      expect(
        lines.some((code) => match.test(code)),
        `${path} ${match}`,
      ).toBe(true);
    }
  });
});
