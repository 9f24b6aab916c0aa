import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { planContentsSummary, plansByMunicipality } from '../../../src/lib/page-data/plan-list.ts';
import { regionalItemHref, regionalTopics } from '../../../src/lib/page-data/regional-view.ts';

const site = validateContent(readContentFiles(join(import.meta.dirname, '../../../content'))).site!;

describe('plansByMunicipality', () => {
  it('groups plans by municipality in file order, newest period first', () => {
    expect(plansByMunicipality(site).map((m) => [m.name, m.plans.map((p) => p.plan.id)])).toEqual([
      ['北上市', ['kitakami-2026', 'kitakami-2023']],
      ['盛岡市', ['morioka-2021']],
      ['横手市', ['yokote-2023']],
      ['奥州市', ['oshu-2021']],
    ]);
  });
  it('summarises what each plan publishes, leaving out what it lacks', () => {
    expect(planContentsSummary(site.plans.find((p) => p.plan.id === 'kitakami-2026')!)).toBe('本文 7章・目標 4・指標 10・用語 33');
  });
});

describe('regional view', () => {
  it('keeps plans in file order within each subject, never sorted by value', () => {
    const order = site.plans.map((p) => p.plan.id);
    for (const topic of regionalTopics(site)) {
      const positions = topic.rows.map((r) => order.indexOf(r.plan_id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });
  it('links an indicator to its page and an initiative to its goal page', () => {
    const indicator = site.plans.find((p) => p.plan.id === 'kitakami-2026')!.indicators[0]!;
    expect(regionalItemHref(site, 'kitakami-2026', indicator.id)).toBe(`/plans/kitakami-2026/indicators/${indicator.id}/`);
    const oshu = site.plans.find((p) => p.plan.id === 'oshu-2021')!;
    const initiative = oshu.initiatives[0]!;
    expect(regionalItemHref(site, 'oshu-2021', initiative.id)).toBe(`/plans/oshu-2021/goals/${initiative.goal_id}/`);
    expect(regionalItemHref(site, 'oshu-2021', null)).toBeUndefined();
  });
});
