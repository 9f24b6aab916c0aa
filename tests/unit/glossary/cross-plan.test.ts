import { glossaryPlan } from './glossary-fixture.ts';
import { describe, expect, it } from 'vitest';
import { sharedTerms } from '../../../src/lib/glossary/cross-plan.ts';
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
const plan = glossaryPlan;

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

  it('merges spellings as the linker and the duplicate-term rule compare them (one folding), kana kept apart', () => {
    const spelled = [
      plan('a', [term('wifi', 'Wi-Fi'), term('digital', 'デジタル'), term('server', 'サーバー'), term('gomi', 'ごみ')]),
      plan('b', [term('wifi', 'WiFi'), term('digital', 'ﾃﾞｼﾞﾀﾙ'), term('server', 'サーバ－'), term('gomi', 'ゴミ')]),
    ];
    expect(sharedTerms(spelled).map((t) => t.definitions.map((d) => `${d.planId}:${d.term}`))).toEqual(
      expect.arrayContaining([
        ['a:Wi-Fi', 'b:WiFi'],
        ['a:デジタル', 'b:ﾃﾞｼﾞﾀﾙ'],
        ['a:サーバー', 'b:サーバ－'],
      ]),
    );
    expect(sharedTerms(spelled)).toHaveLength(3);
  });
});
