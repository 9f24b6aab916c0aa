import { describe, expect, it } from 'vitest';
import { descriptionParts, groupOf, groupTerms } from '../../../src/lib/glossary/group-terms.ts';
import type { GlossaryTerm } from '../../../src/schemas/glossary-term.ts';

const term = (id: string, text: string, sort: string | null = null, extra: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id,
  term: text,
  reading: null,
  aliases: null,
  expansion: null,
  description: '説明',
  sort_reading: sort,
  page: 24,
  number: null,
  index_label: null,
  used_pages: null,
  ...extra,
});

describe('groupTerms', () => {
  it('puts Latin initials first, then kana rows, keeping the document order inside a group', () => {
    const groups = groupTerms([
      term('ai', 'AI'),
      term('app', 'アプリ', 'あぷり'),
      term('bpr', 'BPR'),
      term('std', '自治体システム標準化', 'じちたいしすてむひょうじゅんか'),
      term('ai2', 'ＡＩ戦略'),
      term('online', 'オンライン', 'おんらいん'),
    ]);
    expect(groups.map((g) => [g.label, g.terms.map((t) => t.id)])).toEqual([
      ['A', ['ai', 'ai2']],
      ['B', ['bpr']],
      ['あ行', ['app', 'online']],
      ['さ行', ['std']],
    ]);
  });

  it('uses the katakana of the term when there is no sort reading', () => {
    expect(groupOf(term('maas', 'マース'))).toEqual({ label: 'ま行', id: 'index-kana-ma' });
  });
});

describe('descriptionParts', () => {
  it('marks the English expansion so it can be read in English', () => {
    const parts = descriptionParts(
      term('ai', 'AI', null, { expansion: 'Artificial Intelligence', description: 'Artificial Intelligence の略称。\n人工知能。' }),
    );
    expect(parts).toEqual([
      [
        { text: 'Artificial Intelligence', english: true },
        { text: ' の略称。', english: false },
      ],
      [{ text: '人工知能。', english: false }],
    ]);
  });
});

describe('a glossary printed with its own index', () => {
  it('keeps the printed index headings and order instead of computing them', () => {
    const groups = groupTerms([
      term('iot', 'IoT', 'あいおーてぃー', { index_label: 'あ' }),
      term('ict', 'ICT', 'あいしーてぃー', { index_label: 'あ' }),
      term('cloud', 'クラウド', 'くらうど', { index_label: 'く' }),
      term('ai', 'AI', 'えーあい', { index_label: 'え' }),
    ]);
    expect(groups.map((g) => [g.label, g.id, g.terms.map((t) => t.id)])).toEqual([
      ['あ', 'index-printed-1', ['iot', 'ict']],
      ['く', 'index-printed-2', ['cloud']],
      ['え', 'index-printed-3', ['ai']],
    ]);
  });
});
