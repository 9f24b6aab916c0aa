import type { PlanContent } from './types.ts';

/**
 * Memoizes a computation over a list of plans (or a site) by the object itself: every page of a
 * build shares one `SiteContent`, so a site-wide result (the cross-plan glossary, the regional
 * subjects, where a chapter shows a table) is computed once per build instead of once per page —
 * with 1,741 plans a per-page scan over every plan made the build quadratic in the number of plans.
 * A new content version is a new object, so nothing stale is returned.
 */
export function memoizeBy<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/** The plans of a list by id (computed once per list). */
export const plansById: (plans: readonly PlanContent[]) => ReadonlyMap<string, PlanContent> = memoizeBy(
  (plans: readonly PlanContent[]) => new Map(plans.map((p) => [p.plan.id, p])),
);

/** The plans that name each plan as their predecessor, in list order (computed once per list). */
export const successorsOf: (plans: readonly PlanContent[]) => ReadonlyMap<string, readonly PlanContent[]> = memoizeBy(
  (plans: readonly PlanContent[]) => {
    const found = new Map<string, PlanContent[]>();
    for (const content of plans) {
      const predecessor = content.plan.predecessor_id;
      if (predecessor === null) continue;
      if (!found.has(predecessor)) found.set(predecessor, []);
      found.get(predecessor)!.push(content);
    }
    return found;
  },
);
