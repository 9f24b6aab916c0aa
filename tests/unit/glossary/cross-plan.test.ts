import { describe, expect, it } from 'vitest';
import { sharedTerms, termKey } from '../../../src/lib/glossary/cross-plan.ts';
import type { PlanContent } from '../../../src/lib/content/types.ts';
import type { GlossaryTerm } from '../../../src/schemas/glossary-term.ts';

const term = (id: string, text: string, aliases: string | null = null, sort: string | null = null): GlossaryTerm => ({
  id,
  term: text,
  reading: null,
  aliases,
  expansion: null,
  description: `${text}の説明（${id}）`,
  sort_reading: sort,
  page: null,
  number: null,
  index_label: null,
  used_pages: null,
});
const plan = (id: string, glossary: GlossaryTerm[]) => ({ plan: { id, title: `${id}計画` }, glossary }) as unknown as PlanContent;

describe('termKey', () => {
  it('ignores width, case, spaces, middle dots and hyphens', () => {
    expect(['ＡＩ', 'ai', '生成 AI', 'デジタル・トランスフォーメーション', 'Wi-Fi'].map(termKey)).toEqual([
      'ai',
      'ai',
      '生成ai',
      'デジタルトランスフォーメーション',
      'wifi',
    ]);
  });
});

describe('sharedTerms', () => {
  const plans = [
    plan('a', [term('dx', 'DX'), term('ai', 'AI'), term('only-a', '固有語', null, 'こゆうご')]),
    plan('b', [term('dt', 'デジタル・トランスフォーメーション', null, 'でじたるとらんすふぉーめーしょん'), term('ai', 'ＡＩ')]),
    plan('c', [term('dx', 'DX（デジタル・トランスフォーメーション）', 'DX｜デジタル・トランスフォーメーション')]),
  ];

  it('sets side by side the terms at least two plans define, each plan’s words kept as printed', () => {
    expect(sharedTerms(plans).map((t) => [t.label, t.definitions.map((d) => `${d.planId}:${d.term}`)])).toEqual([
      ['AI', ['a:AI', 'b:ＡＩ']],
      ['DX', ['a:DX', 'b:デジタル・トランスフォーメーション', 'c:DX（デジタル・トランスフォーメーション）']],
    ]);
  });

  it('joins names through a plan’s own aliases, and leaves out terms of one plan only', () => {
    const shared = sharedTerms(plans);
    expect(shared.find((t) => t.label === 'DX')!.definitions[1]!.description).toBe('デジタル・トランスフォーメーションの説明（dt）');
    expect(shared.some((t) => t.label === '固有語')).toBe(false);
  });
});
