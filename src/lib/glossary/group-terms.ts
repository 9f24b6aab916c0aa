import type { GlossaryTerm } from '../../schemas/glossary-term.ts';
import { foldKey, TERM_FOLDING, toHiragana } from '../text/fold-text.ts';
import { sitePageLabels } from '../labels/site-pages.ts';

/** One heading of the glossary index (「A」, 「あ行」 …) and its terms in order. */
export interface TermGroup {
  /** Heading shown in the index: a Latin capital or a kana row such as 「か行」. */
  label: string;
  /** ASCII anchor id for the group heading. */
  id: string;
  terms: GlossaryTerm[];
}

/** The kana of each row of the index, in order (a collation rule; the rows' headings are labels). */
const KANA_ROWS: readonly [Exclude<keyof typeof sitePageLabels.kanaIndex, 'other'>, string][] = [
  ['a', 'あいうえおぁぃぅぇぉゔ'],
  ['ka', 'かきくけこがぎぐげご'],
  ['sa', 'さしすせそざじずぜぞ'],
  ['ta', 'たちつてとだぢづでどっ'],
  ['na', 'なにぬねの'],
  ['ha', 'はひふへほばびぶべぼぱぴぷぺぽ'],
  ['ma', 'まみむめも'],
  ['ya', 'やゆよゃゅょ'],
  ['ra', 'らりるれろ'],
  ['wa', 'わをん'],
];

/**
 * The index group of a term: its Latin initial, or the kana row of its sort reading — both read in
 * the glossary's folding (ＡＩ under A, a reading in half-width ｶﾀｶﾅ under its row).
 */
export function groupOf(term: GlossaryTerm): { label: string; id: string } {
  const first = foldKey(term.term, TERM_FOLDING).charAt(0);
  if (/[a-z]/.test(first)) return { label: first.toUpperCase(), id: `index-${first}` };
  const kana = toHiragana(foldKey(term.sort_reading ?? term.reading ?? term.term, TERM_FOLDING)).charAt(0);
  const row = KANA_ROWS.find(([, chars]) => chars.includes(kana));
  return row
    ? { label: sitePageLabels.kanaIndex[row[0]], id: `index-kana-${row[0]}` }
    : { label: sitePageLabels.kanaIndex.other, id: 'index-other' };
}

/**
 * Groups terms for an A–Z then あ–わ index, keeping the document's order inside each group
 * (the glossary is printed in that order already; we never re-sort the city's list).
 */
export function groupTerms(terms: readonly GlossaryTerm[]): TermGroup[] {
  // A glossary printed with its own index headings (あ, い …) keeps them, in the printed order.
  if (terms.length > 0 && terms.every((t) => t.index_label)) {
    const printed = new Map<string, TermGroup>();
    for (const term of terms) {
      const label = term.index_label!;
      const group = printed.get(label) ?? { label, id: `index-printed-${printed.size + 1}`, terms: [] };
      group.terms.push(term);
      printed.set(label, group);
    }
    return [...printed.values()];
  }
  const groups = new Map<string, TermGroup>();
  for (const term of terms) {
    const { label, id } = groupOf(term);
    const group = groups.get(id) ?? { label, id, terms: [] };
    group.terms.push(term);
    groups.set(id, group);
  }
  // Latin initials first (A–Z), then the kana rows in あかさたな order, then anything else.
  const rank = (g: TermGroup) => {
    if (/^index-[a-z]$/.test(g.id)) return g.id.charCodeAt(6) - 200;
    const kana = KANA_ROWS.findIndex(([key]) => `index-kana-${key}` === g.id);
    return kana === -1 ? KANA_ROWS.length : kana;
  };
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/**
 * Splits a description into lines, and each line into plain text and the English expansion,
 * so the expansion can be marked `lang="en"` for screen readers.
 */
export function descriptionParts(term: GlossaryTerm): { text: string; english: boolean }[][] {
  return term.description.split('\n').map((line) => {
    if (!term.expansion || !line.includes(term.expansion)) return [{ text: line, english: false }];
    const [before, ...after] = line.split(term.expansion);
    return [
      { text: before ?? '', english: false },
      { text: term.expansion, english: true },
      { text: after.join(term.expansion), english: false },
    ].filter((part) => part.text !== '');
  });
}
