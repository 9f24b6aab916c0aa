import { describe, expect, it } from 'vitest';
import {
  comparisonRows,
  fateCounts,
  indicatorLineage,
  lineageWording,
  NO_REASON,
  unmentioned,
} from '../../../src/lib/comparison/succession.ts';
import type { PlanContent } from '../../../src/lib/content/types.ts';
import type { Plan } from '../../../src/schemas/plan.ts';
import type { Succession } from '../../../src/schemas/succession.ts';

/** A plan with only what the comparison reads. */
function plan(id: string, title: string, fields: Partial<PlanContent> & { predecessor?: string } = {}): PlanContent {
  return {
    plan: { id, title, predecessor_id: fields.predecessor ?? null } as Plan,
    chapters: [],
    goals: [],
    measures: [],
    initiatives: [],
    indicators: [],
    observations: [],
    scales: [],
    evaluations: [],
    rollups: [],
    glossary: [],
    roadmap: [],
    roadmapStatus: [],
    scoreAxes: [],
    scoreLevels: [],
    scores: [],
    succession: [],
    versions: [],
    versionTexts: [],
    datasets: [],
    responses: [],
    corrections: [],
    notes: [],
    ...fields,
  };
}
const indicator = (id: string, name: string, goal_id = 'g1') =>
  ({ id, name, goal_id, measure_id: null, initiative_id: null }) as PlanContent['indicators'][number];
const row = (fields: Partial<Succession>): Succession => ({
  kind: 'indicator',
  previous_id: null,
  current_id: null,
  fate: 'new',
  linked_by: 'site',
  basis: '根拠',
  reason: null,
  reason_source: null,
  ...fields,
});

const previous = plan('kitakami-2023', '北上市情報基本計画2023', {
  goals: [{ id: 'g1', number: '1', title: 'DXによるスマート子育て・学びの環境の実現', section: null, page: null }],
  measures: [
    {
      id: 'g1-m3',
      goal_id: 'g1',
      number: '③',
      title: '学校等における業務のICT化推進',
      description: null,
      is_priority: false,
      department: null,
      page: null,
    },
  ],
  indicators: [
    indicator('school-contact-digital', '市立幼稚園、小学校、中学校における出欠連絡及び学校通信等のデジタル化（システム導入率）'),
    indicator('academic-test-ratio', '総合学力調査における平均正答率の全国比（中学1年）'),
  ],
});
const current = plan('kitakami-2026', '北上市情報基本計画2026（案）', {
  predecessor: 'kitakami-2023',
  goals: [{ id: 'g1', number: '1', title: 'DXによるスマート子育て・学びの実現', section: null, page: null }],
  measures: [
    {
      id: 'g1-m3',
      goal_id: 'g1',
      number: '③',
      title: '学校の安全なICT環境の整備',
      description: null,
      is_priority: false,
      department: null,
      page: null,
    },
  ],
  indicators: [
    indicator('school-system-parent-features', '校務支援システムによる保護者向け機能の稼働学校数（累計）'),
    indicator('parenting-confidence', '安心して子育て・教育ができる環境の実感度'),
  ],
  succession: [
    row({
      kind: 'goal',
      previous_id: 'g1',
      current_id: 'g1',
      fate: 'changed',
      linked_by: 'document',
      basis: '第4章(2)が4つの基本目標を継承するとしています。',
      reason: '継承',
      reason_source: '第4章(2)',
    }),
    row({
      kind: 'measure',
      previous_id: 'g1-m3',
      current_id: 'g1-m3',
      fate: 'changed',
      basis: '両計画とも教育委員会の情報セキュリティ対策基準の策定を掲げています。',
    }),
    row({
      previous_id: 'school-contact-digital',
      current_id: 'school-system-parent-features',
      fate: 'changed',
      basis: '第3章(2)の課題は「校務支援システムによるデジタル化」と呼んでいます。',
    }),
    row({ current_id: 'parenting-confidence', fate: 'new', basis: '前計画に実感度の指標は見当たりません。' }),
  ],
});

describe('comparisonRows', () => {
  const rows = comparisonRows(current, previous);

  it('names both items, labels the fate, and keeps who made the link and on what basis', () => {
    expect(rows[1]).toEqual({
      kind: 'measure',
      fate: 'changed',
      fateLabel: '見直して継続',
      previous: { id: 'g1-m3', name: '③ 学校等における業務のICT化推進', goalId: 'g1' },
      current: { id: 'g1-m3', name: '③ 学校の安全なICT環境の整備', goalId: 'g1' },
      reason: null,
      reasonSource: null,
      linkedBy: 'site',
      linkedByLabel: 'このサイトの読み取り',
      basis: '両計画とも教育委員会の情報セキュリティ対策基準の策定を掲げています。',
    });
    expect(rows[0]).toMatchObject({
      kind: 'goal',
      linkedBy: 'document',
      linkedByLabel: '原本が示す対応',
      previous: { name: 'DXによるスマート子育て・学びの環境の実現' },
    });
    expect(rows[3]).toMatchObject({ fateLabel: '新規', previous: null, current: { id: 'parenting-confidence' } });
  });

  it('counts fates per kind, and finds items of the previous plan the table forgets', () => {
    expect(fateCounts(rows, 'indicator')).toEqual([
      { label: '見直して継続', count: 1 },
      { label: '新規', count: 1 },
    ]);
    expect(unmentioned(rows, previous, 'indicator')).toEqual(['academic-test-ratio']);
    expect(unmentioned(rows, previous, 'measure')).toEqual([]);
  });
});

describe('indicatorLineage and its wording', () => {
  const plans = [current, previous];

  it('gives the new plan’s indicator its predecessor as the site’s reading, never as a bare fact', () => {
    const [lineage] = indicatorLineage(plans, 'kitakami-2026', 'school-system-parent-features');
    expect(lineage).toMatchObject({
      direction: 'from',
      otherPlanId: 'kitakami-2023',
      fate: 'changed',
      other: { id: 'school-contact-digital' },
      linkedBy: 'site',
      basis: '第3章(2)の課題は「校務支援システムによるデジタル化」と呼んでいます。',
    });
    expect(lineageWording(lineage!)).toEqual({
      lead: 'このサイトは、前計画の指標',
      trail: 'を引き継いだ指標と読んでいます（見直して継続）。',
      none: null,
      whose: 'この対応づけはこのサイトの読み取りで、原本はこの対応を示していません。',
    });
  });

  it('tells the previous plan’s indicator what became of it, again as the site’s reading', () => {
    const [lineage] = indicatorLineage(plans, 'kitakami-2023', 'school-contact-digital');
    expect(lineage).toMatchObject({ direction: 'to', otherPlanId: 'kitakami-2026', other: { id: 'school-system-parent-features' } });
    expect(lineageWording(lineage!)).toMatchObject({
      lead: 'このサイトは、北上市情報基本計画2026（案）の指標',
      trail: 'に引き継がれたと読んでいます（見直して継続）。',
    });
  });

  it('says a new indicator has no counterpart found, and who says so', () => {
    const [lineage] = indicatorLineage(plans, 'kitakami-2026', 'parenting-confidence');
    expect(lineageWording(lineage!)).toEqual({
      lead: '',
      trail: '',
      none: '前計画（北上市情報基本計画2023）に対応する指標は見当たりません（新規）。',
      whose: 'この対応づけはこのサイトの読み取りで、原本はこの対応を示していません。',
    });
    expect(lineage!.reason ?? NO_REASON).toBe('原本に理由の記載なし');
  });

  it('states a link the document itself makes as the document’s', () => {
    const documented = plan('kitakami-2026', '北上市情報基本計画2026（案）', {
      ...current,
      predecessor: 'kitakami-2023',
      succession: [
        row({
          previous_id: 'school-contact-digital',
          current_id: 'school-system-parent-features',
          fate: 'continued',
          linked_by: 'document',
        }),
      ],
    });
    const [lineage] = indicatorLineage([documented, previous], 'kitakami-2026', 'school-system-parent-features');
    expect(lineageWording(lineage!)).toMatchObject({
      lead: '前計画の指標',
      trail: 'を引き継いだ指標です（継続）。',
      whose: '原本が示す対応です。',
    });
  });

  it('has nothing to say for an indicator outside any succession table', () => {
    expect(indicatorLineage(plans, 'kitakami-2023', 'academic-test-ratio')).toEqual([]);
  });
});
