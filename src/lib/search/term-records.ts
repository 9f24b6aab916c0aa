/**
 * Index-only search records for glossary entries, so that a term is found by every name it has:
 * the term, the reading the original prints (シーサート), the aliases (ゼロトラスト・アーキテクチャ)
 * and the site's own sort reading (せいせいえーあい for 生成 AI), each also in the other kana and in
 * search's folding (Wi-Fi also as wifi; src/lib/text/fold-text.ts).
 */
import type { PlanContent } from '../content/types.ts';
import type { GlossaryTerm } from '../../schemas/glossary-term.ts';
import { definitionSentence } from '../glossary/glossary-in-chapters.ts';
import { urls } from '../urls.ts';
import { foldKey, SEARCH_FOLDING, toHiragana, toKatakana } from '../text/fold-text.ts';
import type { SearchType } from './search-types.ts';
import { chromeLabels } from '../labels/chrome.ts';
import { searchLabels } from '../labels/search.ts';

/** A Pagefind custom record (`index.addCustomRecord`), pointing at one glossary entry. */
export interface TermRecord {
  /** The entry on its plan's glossary page (`/plans/<plan>/glossary/#term-<id>`). */
  url: string;
  /** What is indexed: every name of the term, in both kana and folded. Never shown. */
  content: string;
  language: 'ja';
  /**
   * What the result shows: `title` (the term), `plan` and `type` as on pages, `record` = "term",
   * `names` (「｜」-separated, as printed, the sort reading last) and `definition` (its first sentence).
   */
  meta: { title: string; plan: string; type: SearchType; record: 'term'; names: string; definition: string };
  /** The same filters as the glossary page: the plan and the type (filter names from `chromeLabels.searchFilters`). */
  filters: Record<string, string[]>;
}

/** Every name of a term, each once: the term, its printed reading, its aliases, then the sort reading. */
export function termNames(term: GlossaryTerm): string[] {
  return [
    ...new Set(
      [term.term, term.reading, ...(term.aliases ?? '').split('｜'), term.sort_reading].map((name) => name?.trim() ?? '').filter(Boolean),
    ),
  ];
}

/**
 * What the index holds for a term's names: each name as printed, in both kana, and in search's
 * folding (Wi-Fi also as wifi, デジタル・トランスフォーメーション also as デジタルトランスフォーメーション,
 * ﾃﾞｼﾞﾀﾙ as デジタル) with its hiragana — each form once, letter case aside (Pagefind ignores it).
 */
function indexedForms(names: readonly string[]): string[] {
  const forms = new Map<string, string>();
  for (const name of names) {
    const folded = foldKey(name, SEARCH_FOLDING);
    for (const form of [name, toKatakana(name), toHiragana(name), folded, toHiragana(folded)]) {
      if (form !== '' && !forms.has(form.toLowerCase())) forms.set(form.toLowerCase(), form);
    }
  }
  return [...forms.values()];
}

/** One record per glossary entry of every plan. */
export function termRecords(plans: readonly PlanContent[]): TermRecord[] {
  return plans.flatMap(({ plan, glossary }) =>
    glossary.map((term) => {
      const names = termNames(term);
      return {
        url: urls.glossary(plan.id, term.id),
        content: indexedForms(names).join(' '),
        language: 'ja' as const,
        meta: {
          title: term.term,
          plan: plan.title,
          type: searchLabels.types.term,
          record: 'term' as const,
          names: names.join('｜'),
          definition: definitionSentence(term),
        },
        filters: { [chromeLabels.searchFilters.plan]: [plan.title], [chromeLabels.searchFilters.type]: [searchLabels.types.term] },
      };
    }),
  );
}
