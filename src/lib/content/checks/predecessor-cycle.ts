import type { Plan } from '../../../schemas/plan.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';

/**
 * Predecessor chains that come back to where they started (A → B → A): the comparison pages
 * follow `predecessor_id`, and a plan cannot succeed itself through another. Reported once per
 * cycle, at the first plan of the cycle in file order. (A plan naming itself is `self-reference`.)
 */
export function checkPredecessorCycles(plans: readonly SourcedRow<Pick<Plan, 'id' | 'predecessor_id'>>[]): ContentError[] {
  const predecessorOf = new Map(plans.map((row) => [row.values.id, row.values.predecessor_id]));
  const reported = new Set<string>();
  const errors: ContentError[] = [];
  for (const row of plans) {
    const start = row.values.id;
    const chain = [start];
    let next = predecessorOf.get(start) ?? null;
    while (next !== null && next !== start && !chain.includes(next) && predecessorOf.has(next)) {
      chain.push(next);
      next = predecessorOf.get(next) ?? null;
    }
    if (next !== start || chain.length < 2 || chain.some((id) => reported.has(id))) continue;
    chain.forEach((id) => reported.add(id));
    errors.push({
      file: row.file,
      line: row.line,
      column: row.columnNumbers.predecessor_id ?? 1,
      field: 'predecessor_id',
      value: String(row.values.predecessor_id),
      rule: 'predecessor-cycle',
      message: `前計画のつながりが循環しています（${[...chain, start].join(' → ')}）`,
      hint: 'predecessor_id には、その計画より前の計画の ID を書いてください。最初の計画の predecessor_id は空欄です',
    });
  }
  return errors;
}
