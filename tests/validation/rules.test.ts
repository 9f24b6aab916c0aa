import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureMessages } from '../fixtures/fixture-messages.ts';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { RULES } from '../../src/lib/validate/rules.ts';
import { formatContentError } from '../../src/lib/validate/content-error.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const rules = readdirSync(join(fixtures, 'rules')).sort();

describe('every validation rule has a fixture with its exact message', () => {
  it('the base fixture is valid', () => {
    expect(validateContent(readContentFiles(join(fixtures, 'base/content'))).errors).toEqual([]);
  });

  it.each(rules)('%s', (rule) => {
    const expected = readFileSync(join(fixtures, 'rules', rule, 'expected.txt'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(fixtureMessages(rule)).toEqual(expected);
  });

  it('shows every rule the code can emit (RULES) in some fixture, and no rule that is not in RULES', () => {
    const shown = new Set(
      rules.flatMap((rule) => readFileSync(join(fixtures, 'rules', rule, 'expected.txt'), 'utf8').match(/(?<=\[)[a-z-]+(?=\]$)/gm) ?? []),
    );
    expect(RULES.filter((rule) => !shown.has(rule))).toEqual([]);
    expect([...shown].filter((rule) => !(RULES as readonly string[]).includes(rule))).toEqual([]);
  });

  it('covers the rules the editor guide promises', () => {
    const messages = rules.flatMap(
      (rule) => readFileSync(join(fixtures, 'rules', rule, 'expected.txt'), 'utf8').match(/\[[a-z-]+\]$/gm) ?? [],
    );
    for (const rule of [
      'csv-syntax',
      'missing-column',
      'unknown-column',
      'misspelled-column',
      'not-a-number',
      'full-width-digits',
      'number-with-unit',
      'thousands-separator',
      'blank-without-note',
      'dash-for-blank',
      'unknown-reference',
      'duplicate-id',
      'duplicate-key',
      'target-outside-period',
      'enum',
      'empty-file',
    ]) {
      expect(messages).toContain(`[${rule}]`);
    }
  });
});

describe('files as Excel writes them', () => {
  it('accepts a BOM and CRLF line ends in every CSV and chapter, and reads a line break in a cell as \\n', () => {
    const files = new Map(
      [...readContentFiles(join(fixtures, 'base/content'))].map(([path, bytes]) => [
        path,
        Buffer.from(`\uFEFF${String(bytes).replace(/\n/g, '\r\n')}`),
      ]),
    );
    const { site, errors } = validateContent(files);
    expect(errors).toEqual([]);
    expect(site!.primary.glossary[0]!.description).toBe('Artificial Intelligence の略称。\n人工知能。');
  });
});

describe('a run reports every problem, not just the first', () => {
  it('lists problems from several files together', () => {
    const messages = fixtureMessages('many-errors-at-once');
    expect(new Set(messages.map((m) => m.split(':')[0]))).toEqual(
      new Set(['content/plans/sample-2026/observations.csv', 'content/plans/sample-2026/measures.csv']),
    );
    expect(messages.length).toBeGreaterThanOrEqual(3);
  });
});

describe('warnings (printed, the build goes on)', () => {
  it('warns that a plan without a licence is not open data, and never assumes one', () => {
    const files = new Map(readContentFiles(join(fixtures, 'base/content')));
    expect(validateContent(files).warnings).toEqual([]);
    files.set('content/plans.csv', String(files.get('content/plans.csv')!).replace(',sample-2023,CC BY 4.0,', ',sample-2023,,'));
    const { site, errors, warnings } = validateContent(files);
    expect(errors).toEqual([]);
    expect(site!.primary.plan.licence).toBeNull();
    expect(warnings.map(formatContentError)).toEqual([
      'content/plans.csv:2:21 列 licence: 計画「sample-2026」のデータのライセンス（利用条件）が決まっていません。ライセンスのないデータはオープンデータではありません（サイトには「原本に記載がない」ことと問い合わせ先を表示します） — 市が利用条件を定めたら licence 列に書いてください（例: CC BY 4.0）。原本や市の定めにないライセンスを推測で書かないでください [licence-not-set]',
    ]);
  });
});
