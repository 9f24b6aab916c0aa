import type { Observation } from '../../schemas/observation.ts';

const KIND_ORDER: readonly Observation['kind'][] = ['baseline', 'actual', 'projected', 'target'];

/**
 * Sort key of an observation's year. A value without a year (the original gives none) sorts
 * where its kind belongs: a baseline before every dated value, anything else after them.
 */
const yearKey = (o: Pick<Observation, 'fiscal_year' | 'kind'>) => o.fiscal_year ?? (o.kind === 'baseline' ? -Infinity : Infinity);

/** Orders observations by year, then baseline → actual → projected → target. */
export function compareObservations(a: Pick<Observation, 'fiscal_year' | 'kind'>, b: Pick<Observation, 'fiscal_year' | 'kind'>): number {
  const ya = yearKey(a);
  const yb = yearKey(b);
  return (ya === yb ? 0 : ya < yb ? -1 : 1) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}
