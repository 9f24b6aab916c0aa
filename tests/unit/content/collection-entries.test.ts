import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { COLLECTIONS, siteEntries, siteFromEntries, type SiteEntries } from '../../../src/lib/content/collection-entries.ts';
import { allTables } from '../../../src/schemas/index.ts';

const fixture = join(import.meta.dirname, '../../fixtures/base/content');

const validSite = (dir: string) => {
  const { site, errors } = validateContent(readContentFiles(dir));
  expect(errors).toEqual([]);
  return { ...site!, contentDates: new Map([['content/plans.csv', '2026-12-01']]) };
};

/** The entries in reverse order in every collection, as a store may give them back. */
const reversed = (entries: SiteEntries) =>
  Object.fromEntries(COLLECTIONS.map((name) => [name, [...entries[name]].reverse()])) as unknown as SiteEntries;

describe('siteEntries / siteFromEntries', () => {
  it('stores one entry per plan, chapter and row of the fixture, with ids <plan>/<key>', () => {
    const site = validSite(fixture);
    const entries = siteEntries(site, 'v1');
    const plan = site.plans.find((p) => p.plan.id === 'sample-2026')!;
    expect(entries.plans.map((e) => e.id)).toEqual(site.plans.map((p) => p.plan.id));
    expect(entries.goals.filter((e) => e.data.plan.id === 'sample-2026').map((e) => e.id)).toEqual(
      plan.goals.map((g) => `sample-2026/${g.id}`),
    );
    expect(entries.chapters.filter((e) => e.data.plan.id === 'sample-2026').map((e) => e.id)).toEqual(
      plan.chapters.map((c) => `sample-2026/${c.id}`),
    );
    for (const [collection, total] of [
      ['goals', site.plans.reduce((n, p) => n + p.goals.length, 0)],
      ['measures', site.plans.reduce((n, p) => n + p.measures.length, 0)],
      ['indicators', site.plans.reduce((n, p) => n + p.indicators.length, 0)],
      ['observations', site.plans.reduce((n, p) => n + p.observations.length, 0)],
      ['glossary', site.plans.reduce((n, p) => n + p.glossary.length, 0)],
    ] as const) {
      expect(entries[collection], collection).toHaveLength(total);
    }
    const observation = plan.observations[0]!;
    expect(entries.observations.map((e) => e.id)).toContain(
      `sample-2026/${observation.indicator_id}/${observation.fiscal_year}/${observation.kind}`,
    );
    expect(entries.status).toEqual([
      { id: 'content', data: { version: 'v1', problems: [], sizes: expect.objectContaining({ goals: entries.goals.length, status: 1 }) } },
    ]);
  });

  it('links rows with references: measure → goal, indicator → goal and measure, observation → indicator, plan → predecessor', () => {
    const entries = siteEntries(validSite(fixture), 'v1');
    const measure = entries.measures.find((e) => e.data.plan.id === 'sample-2026')!;
    expect(measure.data.refs.goal_id).toEqual({ collection: 'goals', id: `sample-2026/${measure.data.goal_id}` });
    const indicator = entries.indicators.find((e) => e.data.plan.id === 'sample-2026' && e.data.measure_id !== null)!;
    expect(indicator.data.refs).toMatchObject({
      goal_id: { collection: 'goals', id: `sample-2026/${indicator.data.goal_id}` },
      measure_id: { collection: 'measures', id: `sample-2026/${indicator.data.measure_id}` },
      printed_in: { collection: 'plans', id: indicator.data.printed_in },
    });
    const observation = entries.observations[0]!;
    expect(observation.data.refs.indicator_id).toEqual({
      collection: 'indicators',
      id: `${observation.data.plan.id}/${observation.data.indicator_id}`,
    });
    expect(entries.plans.find((e) => e.id === 'sample-2026')!.data.refs.predecessor_id).toEqual({ collection: 'plans', id: 'sample-2023' });
    // Every reference names an entry that exists (Astro checks the same after a load).
    const ids = new Map(COLLECTIONS.map((name) => [name, new Set(entries[name].map((e) => e.id))]));
    for (const name of COLLECTIONS) {
      for (const entry of entries[name]) {
        for (const ref of Object.values((entry.data as { refs?: Record<string, { collection: string; id: string }> }).refs ?? {})) {
          expect(
            ids.get(ref.collection as (typeof COLLECTIONS)[number])?.has(ref.id),
            `${name} ${entry.id} → ${ref.collection} ${ref.id}`,
          ).toBe(true);
        }
      }
    }
  });

  it('gives back the same SiteContent from the entries, in any order of the entries', () => {
    const site = validSite(fixture);
    const back = siteFromEntries(reversed(siteEntries(site, 'v1')));
    expect(back).toEqual(site);
    // Same key order too: pages and downloads that list a row's properties print them in this order.
    expect(JSON.stringify(back.plans.map((p) => p.indicators))).toBe(JSON.stringify(site.plans.map((p) => p.indicators)));
    expect(JSON.stringify(back.plans.map((p) => p.chapters))).toBe(JSON.stringify(site.plans.map((p) => p.chapters)));
    expect(back.primary).toBe(back.plans.find((p) => p.plan.id === site.primary.plan.id));
  });

  it('adds no field that a table has as a column (plan, position, refs)', () => {
    const added = ['plan', 'position', 'refs', 'notes', 'columns', 'rows'];
    expect(allTables.flatMap((t) => t.columns.filter((c) => added.includes(c.name)).map((c) => `${t.name}.${c.name}`))).toEqual([]);
  });
});
