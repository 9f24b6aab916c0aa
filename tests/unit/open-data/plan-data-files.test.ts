import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { dataFiles, planDataFiles } from '../../../src/lib/open-data/data-files.ts';

// The five real plans: several plans, each with tables and indicators' files.
const site = validateContent(readContentFiles(join(import.meta.dirname, '../../../content'))).site!;

describe('planDataFiles', () => {
  it('gives each plan exactly its files from dataFiles, in the same order, and none of the files combining every plan', () => {
    expect(site.plans.length).toBeGreaterThan(1);
    for (const { plan } of site.plans) {
      const own = planDataFiles(site, plan.id);
      expect(own.length, plan.id).toBeGreaterThan(0);
      expect(own).toEqual(dataFiles(site).filter((file) => file.planId === plan.id));
    }
    const perPlan = site.plans.reduce((n, { plan }) => n + planDataFiles(site, plan.id).length, 0);
    expect(perPlan).toBe(dataFiles(site).filter((file) => file.planId !== null).length);
  });

  it('gives no files for a plan the site does not have', () => {
    expect(planDataFiles(site, 'no-such-plan')).toEqual([]);
  });
});
