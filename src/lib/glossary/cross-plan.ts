import type { PlanContent } from '../content/types.ts';
import { memoizeBy } from '../content/site-index.ts';
import { foldKey, TERM_FOLDING } from '../text/fold-text.ts';

/** The key two plans' entries share when they name the same term: the glossary's folding, as the linker and the duplicate-term rule use it. */
const termKey = (term: string): string => foldKey(term, TERM_FOLDING);

/** One plan's definition of a term. */
export interface PlanDefinition {
  planId: string;
  planTitle: string;
  termId: string;
  /** The term as that plan prints it. */
  term: string;
  description: string;
}

/** A term several plans define, with each plan's definition in plan order. */
export interface SharedTerm {
  /** Anchor id on the cross-plan page. */
  id: string;
  /** The term as the first plan prints it. */
  label: string;
  /** Hiragana or Latin key for ordering. */
  sortKey: string;
  definitions: PlanDefinition[];
}

/**
 * Terms defined by at least two plans, matched by the term or any alias (aliases are the names a
 * plan itself gives, e.g. DX｜デジタル・トランスフォーメーション), transitively: if one plan's DX
 * names デジタル・トランスフォーメーション, another plan's entry of that name joins the DX group.
 * Plans keep the order of plans.csv; a plan with two matching entries shows both. Computed once per
 * list of plans (every page's footer asks whether there are any).
 */
export const sharedTerms: (plans: readonly PlanContent[]) => SharedTerm[] = memoizeBy(sharedTermsOf);

/** For each plan, its shared terms by the plan's own term id (computed once per list of plans). */
export const sharedTermsByPlan: (plans: readonly PlanContent[]) => ReadonlyMap<string, ReadonlyMap<string, SharedTerm>> = memoizeBy(
  (plans: readonly PlanContent[]) => {
    const found = new Map<string, Map<string, SharedTerm>>();
    for (const term of sharedTerms(plans)) {
      for (const d of term.definitions) {
        if (!found.has(d.planId)) found.set(d.planId, new Map());
        found.get(d.planId)!.set(d.termId, term);
      }
    }
    return found;
  },
);

function sharedTermsOf(plans: readonly PlanContent[]): SharedTerm[] {
  const entries = plans.flatMap(({ plan, glossary }) =>
    glossary.map((entry) => ({
      keys: [entry.term, ...(entry.aliases?.split('｜') ?? [])].map(termKey).filter(Boolean),
      sort: entry.sort_reading ?? termKey(entry.term),
      definition: {
        planId: plan.id,
        planTitle: plan.title,
        termId: entry.id,
        term: entry.term,
        description: entry.description,
      } satisfies PlanDefinition,
    })),
  );
  // Union-find over entries that share a key.
  const parent = entries.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const firstWithKey = new Map<string, number>();
  entries.forEach((entry, i) => {
    for (const key of entry.keys) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, i);
      else parent[root(i)] = root(other);
    }
  });
  const groups = new Map<number, typeof entries>();
  entries.forEach((entry, i) => {
    const group = groups.get(root(i));
    if (group) group.push(entry);
    else groups.set(root(i), [entry]);
  });
  return [...groups.values()]
    .filter((group) => new Set(group.map((e) => e.definition.planId)).size >= 2)
    .map((group) => {
      const first = group[0]!;
      return {
        id: `shared-${first.definition.planId}-${first.definition.termId}`,
        label: first.definition.term,
        sortKey: first.sort,
        definitions: group.map((e) => e.definition),
      };
    })
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'ja'));
}
