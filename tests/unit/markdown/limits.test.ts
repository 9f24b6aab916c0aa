import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { parseChapter } from '../../../src/lib/markdown/parse-chapter.ts';
import { formatContentError } from '../../../src/lib/validate/content-error.ts';

const HEAD = '---\nnumber: 1\ntitle: 見本\n---\n\n## 見出し {#a}\n\n';

/** Validates the base fixture with a paragraph added to its chapter; returns the messages and the time taken. */
function validateWith(paragraph: string): { messages: string[]; ms: number } {
  const files = new Map(readContentFiles(join(import.meta.dirname, '../../fixtures/base/content')));
  const path = 'content/plans/sample-2026/chapters/c1.md';
  files.set(path, `${String(files.get(path))}\n${paragraph}\n`);
  const started = performance.now();
  const { errors } = validateContent(files);
  return { messages: errors.map(formatContentError), ms: performance.now() - started };
}

describe('limits that keep a chapter from crashing or stalling validation and the build', () => {
  it.each([
    ['emphasis 5,000 deep', `${'*a '.repeat(5000)}x${' a*'.repeat(5000)}`],
    ['emphasis 20,000 deep', `${'*a '.repeat(20000)}x${' a*'.repeat(20000)}`],
    ['strong and emphasis 5,000 deep', `${'**a *b '.repeat(2500)}x${' b* a**'.repeat(2500)}`],
    ['emphasis 300 deep (within the size and marks limits)', `${'*a '.repeat(300)}x${' a*'.repeat(300)}`],
    ['5,000 deep without spaces', `${'*'.repeat(5000)}x${'*'.repeat(5000)}`],
  ])('refuses %s fast, with a location, and without a stack overflow', (_, paragraph) => {
    const { messages, ms } = validateWith(paragraph);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^content\/plans\/sample-2026\/chapters\/c1\.md:21:\d+ .*\[(paragraph-too-long|too-many-marks|nesting-too-deep)\]$/,
    );
    expect(ms).toBeLessThan(3000);
  });

  it('refuses a paragraph with 110,000 emphasis marks in well under a second (it took over two minutes)', () => {
    const { messages, ms } = validateWith('*強調* '.repeat(55_000));
    expect(messages).toEqual([
      expect.stringMatching(
        /^content\/plans\/sample-2026\/chapters\/c1\.md:21:1 この段落は 275,000 文字あり、1つの段落の上限（20,000 文字）を超えています — .*\[paragraph-too-long\]$/,
      ),
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a paragraph of ordinary size with more than 1,000 marks at the first mark over the limit', () => {
    const { messages, ms } = validateWith('*強*'.repeat(1_500));
    expect(messages).toEqual([
      expect.stringMatching(
        /^content\/plans\/sample-2026\/chapters\/c1\.md:21:1501 この段落には \* と _ が 3,000 個あり、1つの段落の上限（1,000 個）を超えています — .*\[too-many-marks\]$/,
      ),
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses emphasis nested deeper than 4, and accepts 4', () => {
    expect(parseChapter('c.md', 'c1', `${HEAD}*一 **二 *三 **四** 三* 二** 一*\n`).errors).toEqual([]);
    expect(
      parseChapter('c.md', 'c1', `${HEAD}*一 **二 *三 **四 *五* 四** 三* 二** 一*\n`).errors.map((e) => [e.line, e.column, e.rule]),
    ).toEqual([[8, 15, 'nesting-too-deep']]);
  });

  it('accepts every paragraph of the real chapters (the limits are far above them)', () => {
    const { errors } = validateContent(readContentFiles(join(import.meta.dirname, '../../../content')));
    expect(errors).toEqual([]);
  });
});

describe('character references', () => {
  it('refuses references to invisible and direction-changing characters, every one, and keeps ordinary ones', () => {
    const { errors } = parseChapter('c.md', 'c1', `${HEAD}a&#x202E;b&#8203;c&#xFEFF;d&#X200d;e&rlm;f&#65;g&amp;h&#x3042;\n`);
    expect(errors.map((e) => [e.column, e.value, e.rule])).toEqual([
      [2, '&#x202E;', 'control-character'],
      [11, '&#8203;', 'control-character'],
      [19, '&#xFEFF;', 'control-character'],
      [28, '&#X200d;', 'control-character'],
      [37, '&rlm;', 'control-character'],
    ]);
  });
});
