/**
 * Synonyms for search, from what the glossaries themselves say, so that a reader's everyday word
 * finds a plan that prints another one. Built at build time (synonymTable) into a small JSON file
 * that the search page fetches with its first query; read in the browser (synonymQueries).
 *
 * Two kinds of link, both made by the content, none typed by us:
 * - names of one term: the term as printed, the reading the original prints and the aliases it
 *   gives in brackets (DX｜デジタル・トランスフォーメーション), joined across plans wherever two
 *   names fold alike (search's folding), as the cross-plan glossary joins equal terms;
 * - a broader term: a definition whose first sentence ends by saying the term is one of, or a kind
 *   of, another term of the same glossary (Kitakami's 「Wi-Fi：…、無線 LAN の認定規格の一つ。」 makes
 *   Wi-Fi one kind of 無線 LAN). A query for either also searches the other, one step only: two
 *   kinds of the same thing are not synonyms of each other.
 */
import type { PlanContent } from '../content/types.ts';
import type { GlossaryTerm } from '../../schemas/glossary-term.ts';
import { splitNoteRefs } from '../corrections/note-marks.ts';
import { definitionSentence } from '../glossary/glossary-in-chapters.ts';
import { foldKey, SEARCH_FOLDING } from '../text/fold-text.ts';
import { normalizeQuery } from './normalize-query.ts';

/**
 * The table the browser downloads: sets of names, each name as a plan prints it. A query (or one
 * of its words) naming a member of a set also searches the set's other members.
 */
export type SynonymTable = string[][];

const key = (name: string) => foldKey(name, SEARCH_FOLDING);

/** The names the original gives a term: the term (without transcription-note marks), its printed reading, its aliases. */
export function printedNames(term: GlossaryTerm): string[] {
  const names = [term.term, term.reading, ...(term.aliases ?? '').split('｜')].map((name) => splitNoteRefs(name ?? '').text.trim());
  return [...new Set(names.filter(Boolean))];
}

/**
 * The last clause of a definition's first sentence when it says what kind of thing the term is:
 * 「…、無線 LAN の認定規格の一つ。」 → 「無線 LAN の認定規格の一つ」 (ends in の一つ or の一種).
 */
function kindClause(term: GlossaryTerm): string | null {
  const sentence = definitionSentence(term).replace(/。$/, '');
  if (!/の(?:一つ|一種)$/.test(sentence)) return null;
  return sentence.split('、').at(-1)!.trim();
}

/** Union-find over indices. */
function unionFind(size: number) {
  const parent = Array.from({ length: size }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  return { root, join: (a: number, b: number) => void (parent[root(a)] = root(b)) };
}

/** A set of names, each fold key once (the first printed form kept), or null when nothing is left to expand. */
function nameSet(names: readonly string[]): string[] | null {
  const byKey = new Map<string, string>();
  for (const name of names) if (key(name) !== '' && !byKey.has(key(name))) byKey.set(key(name), name);
  return byKey.size > 1 ? [...byKey.values()] : null;
}

/**
 * The synonym table of the published plans (see the module comment): one set per term whose names
 * differ (after folding), merged across plans, and one set per broader-term link holding both
 * terms' names. Sets that another set contains are left out.
 */
export function synonymTable(plans: readonly PlanContent[]): SynonymTable {
  const entries = plans.flatMap(({ plan, glossary }) => glossary.map((term) => ({ plan: plan.id, term, names: printedNames(term) })));
  const groups = unionFind(entries.length);
  const firstWithKey = new Map<string, number>();
  entries.forEach((entry, i) => {
    for (const name of entry.names) {
      const other = firstWithKey.get(key(name));
      if (other === undefined) firstWithKey.set(key(name), i);
      else groups.join(i, other);
    }
  });
  const namesOf = new Map<number, string[]>();
  entries.forEach((entry, i) => namesOf.set(groups.root(i), [...(namesOf.get(groups.root(i)) ?? []), ...entry.names]));

  const sets: string[][] = [];
  for (const names of namesOf.values()) {
    const set = nameSet(names);
    if (set) sets.push(set);
  }
  entries.forEach((entry, i) => {
    const clause = kindClause(entry.term);
    if (clause === null) return;
    // The broader term: another entry of the same glossary whose name starts the clause, right before its の.
    const broader = entries.findIndex(
      (other, j) =>
        j !== i && other.plan === entry.plan && other.names.some((name) => key(name) !== '' && key(clause).startsWith(key(`${name}の`))),
    );
    if (broader < 0) return;
    const set = nameSet([...namesOf.get(groups.root(i))!, ...namesOf.get(groups.root(broader))!]);
    if (set) sets.push(set);
  });
  const keysOf = sets.map((set) => new Set(set.map(key)));
  return sets.filter(
    (_, i) =>
      !keysOf.some(
        (other, j) =>
          j !== i && other.size >= keysOf[i]!.size && [...keysOf[i]!].every((k) => other.has(k)) && (other.size > keysOf[i]!.size || j < i),
      ),
  );
}

/** One more query to send for a reader's query: the query with one name replaced by a synonym. */
export interface SynonymQuery {
  /** What to search for. */
  query: string;
  /** The synonym it brings in, as printed (for 「「無線 LAN」も含めて検索しました」). */
  synonym: string;
}

/**
 * The other queries a reader's query calls for: where the whole query, or one of its words, is a
 * name in the table, the query with that name replaced by each other name of its sets. A synonym
 * that contains the name is left out (whatever it finds, the name finds too), and so are repeats.
 */
export function synonymQueries(rawQuery: string, table: SynonymTable): SynonymQuery[] {
  const query = normalizeQuery(rawQuery);
  const words = query.split(' ');
  const spans: { text: string; replace: (name: string) => string }[] = [
    { text: query, replace: (name) => name },
    ...(words.length > 1 ? words.map((word, i) => ({ text: word, replace: (name: string) => words.with(i, name).join(' ') })) : []),
  ];
  const found = new Map<string, SynonymQuery>();
  for (const span of spans) {
    const spanKey = key(span.text);
    if (spanKey === '') continue;
    for (const set of table) {
      if (!set.some((name) => key(name) === spanKey)) continue;
      for (const name of set) {
        if (key(name).includes(spanKey)) continue;
        const next = span.replace(name);
        if (!found.has(key(next))) found.set(key(next), { query: next, synonym: name });
      }
    }
  }
  return [...found.values()];
}
