import { appendFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatedFolder } from '../../../src/io/validated-content.ts';
import { copyOfFixtureContent } from '../../build/build-site.ts';

const dir = copyOfFixtureContent();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validatedFolder', () => {
  it('validates a folder once and hands the same result to every caller while nothing changes', () => {
    const first = validatedFolder(dir, {});
    expect(first.result.site?.plans.length).toBeGreaterThan(0);
    expect(validatedFolder(dir, {})).toBe(first);
  });

  it('validates again when a file changes or a deployment variable differs', () => {
    const before = validatedFolder(dir, {});
    expect(validatedFolder(dir, { SEARCH_PLANS_PER_SHARD: '3' })).not.toBe(before);
    expect(validatedFolder(dir, { SEARCH_PLANS_PER_SHARD: '3' }).result.site?.settings.searchPlansPerShard).toBe(3);
    const plans = join(dir, 'plans.csv');
    appendFileSync(plans, '\n');
    utimesSync(plans, new Date(), new Date(Date.now() + 5_000));
    const after = validatedFolder(dir, {});
    expect(after).not.toBe(before);
    expect(after.stamp).not.toBe(before.stamp);
  });

  it('re-uses the last validation of the same folder without looking at its files when told not to recheck (a build)', () => {
    const before = validatedFolder(dir, {});
    const plans = join(dir, 'plans.csv');
    appendFileSync(plans, '\n');
    utimesSync(plans, new Date(), new Date(Date.now() + 10_000));
    expect(validatedFolder(dir, {}, { recheck: false })).toBe(before);
    expect(validatedFolder(dir, { SITE_PLANS: 'x' }, { recheck: false })).not.toBe(before);
    expect(validatedFolder(dir, {})).not.toBe(before);
  });
});
