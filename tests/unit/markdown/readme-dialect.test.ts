/**
 * The README's guide to writing chapters (「章の本文の書き方」) shows an example of every construct:
 * each example, put in a chapter, is read without a problem, so the guide cannot drift from the parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChapter } from '../../../src/lib/markdown/parse-chapter.ts';

const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
/** The ```markdown blocks of the section, up to the next heading outside a code block. */
function sectionExamples(): string[] {
  const lines = readme.split('\n');
  const examples: string[] = [];
  let inSection = false;
  let block: string[] | null = null;
  for (const line of lines) {
    if (block) {
      if (line === '```') {
        examples.push(`${block.join('\n')}\n`);
        block = null;
      } else block.push(line);
    } else if (line.startsWith('#')) {
      if (inSection) break;
      inSection = line.startsWith('### 章の本文の書き方');
    } else if (inSection && line === '```markdown') block = [];
  }
  return examples;
}
const examples = sectionExamples();

describe('the README’s chapter examples', () => {
  it('shows the frontmatter first, then an example of each construct', () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
    expect(examples[0]).toMatch(/^---\n[\s\S]*---\n$/);
  });

  it.each(examples.slice(1).map((example, i) => [i + 1, example] as const))('example %i is read without a problem', (_i, example) => {
    // The in-chapter link of the example needs its target; a heading without one is the section the example sits in.
    const { chapter, errors } = parseChapter('c4.md', 'c4', `${examples[0]}\n## 節 {#section}\n\n${example}\n## 基本目標 {#goals}\n`);
    expect(errors).toEqual([]);
    expect(chapter!.blocks.length).toBeGreaterThan(2);
  });
});
