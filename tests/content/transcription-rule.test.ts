/**
 * The transcription rule (README 「原本の文言を直したとき」), across every plan: only unambiguous
 * extraction noise is corrected; a word that could be the original's own slip is published as
 * printed and recorded as kept, the same way in every plan. (That every note is marked where it
 * applies is a validation rule: correction-unmarked.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';

const files = readContentFiles(join(import.meta.dirname, '../../content'));
const { site } = validateContent(files);
const published = (planId: string) =>
  [...files]
    .filter(([path]) => path.startsWith(`content/plans/${planId}/`) && !path.endsWith('corrections.csv'))
    .map(([, text]) => text)
    .join('\n');

describe('like cases alike', () => {
  // Each printed word (as in the seed), the plan whose text carries it, and the plan whose notes record it.
  const printedSlips: [word: string, textOf: string, notesOf: string][] = [
    ['標準標準システム', 'kitakami-2026', 'kitakami-2026'],
    ['ガバナメントAI', 'kitakami-2026', 'kitakami-2026'],
    ['ガバナンスクラウド', 'kitakami-2026', 'kitakami-2026'],
    ['デバインド対策', 'kitakami-2023', 'kitakami-2026'],
    ['デジタル・デバインド', 'yokote-2023', 'yokote-2023'],
    ['びったりサービス', 'yokote-2023', 'yokote-2023'],
    ['ぶらざ', 'yokote-2023', 'yokote-2023'],
    ['デジタルデバイス対策', 'kitakami-2023', 'kitakami-2023'],
  ];

  it.each(printedSlips)('publishes 「%s」 as printed and records it as kept', (word, textOf, notesOf) => {
    expect(published(textOf)).toContain(word);
    const notes = site!.plans.find((p) => p.plan.id === notesOf)!.corrections.filter((c) => c.original.includes(word));
    expect(notes.filter((c) => c.action === 'kept')).toHaveLength(1);
    expect(notes.filter((c) => c.action === 'corrected' && !(c.corrected ?? '').includes(word))).toEqual([]);
  });

  it('corrects no such word anywhere', () => {
    const corrected = site!.plans.flatMap((p) => p.corrections.filter((c) => c.action === 'corrected'));
    for (const [word] of printedSlips)
      expect(
        corrected.filter((c) => c.original.includes(word) && !(c.corrected ?? '').includes(word)),
        word,
      ).toEqual([]);
  });

  it('still corrects foreign letters inside Japanese words (Cyrillic, simplified Chinese)', () => {
    const corrected = site!.plans.flatMap((p) => p.corrections.filter((c) => c.action === 'corrected').map((c) => c.original));
    expect(corrected.filter((o) => /[\u0400-\u04FF]|为/.test(o))).toHaveLength(3);
    for (const content of site!.plans) expect(JSON.stringify({ ...content, corrections: [] })).not.toMatch(/[\u0400-\u04FF]|为/);
  });
});
