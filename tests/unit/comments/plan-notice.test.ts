import { describe, expect, it } from 'vitest';
import { commentPeriodText, commentPhase, planNotice, todayInJapan } from '../../../src/lib/comments/plan-notice.ts';
import type { Plan } from '../../../src/schemas/plan.ts';

/** A plan row as plans.csv would give it; each test sets the fields of its state. */
const plan = (fields: Partial<Plan>): Plan => ({
  id: 'sample-2026',
  municipality_code: '032069',
  municipality_name: '北上市',
  prefecture: '岩手県',
  title: '見本計画（案）',
  subtitle: null,
  vision: null,
  status: 'public-comment',
  period_start: 2026,
  period_end: 2030,
  date: null,
  date_label: null,
  adopted_label: null,
  revised_labels: null,
  revision_term: null,
  edition: null,
  dates_note: null,
  publisher: '北上市',
  postal_code: null,
  address: null,
  phone: null,
  fax: null,
  email: null,
  source_url: null,
  predecessor_id: null,
  licence: 'CC BY 4.0',
  attribution: '出典',
  is_primary: true,
  note: null,
  contact: null,
  cover_text: null,
  goal_term: null,
  measure_term: null,
  initiative_term: null,
  indicator_term: null,
  glossary_term: null,
  succession_source: null,
  comment_start: null,
  comment_end: null,
  comment_email: null,
  comment_fax: null,
  comment_address: null,
  comment_office: null,
  comment_postal_code: null,
  comment_phone: null,
  comment_url: null,
  ...fields,
});

describe('commentPhase', () => {
  const dated = plan({ comment_start: '2026-12-01', comment_end: '2026-12-25' });
  it.each([
    ['2026-11-30', 'before'],
    ['2026-12-01', 'open'],
    ['2026-12-25', 'open'],
    ['2026-12-26', 'closed'],
  ] as const)('on %s the period is %s', (today, phase) => {
    expect(commentPhase(dated, today)).toBe(phase);
  });

  it('never guesses a period the city has not published', () => {
    expect(commentPhase(plan({}), '2026-11-25')).toBe('period-unknown');
    expect(commentPeriodText(plan({}))).toBe('市の告知をご確認ください');
    expect(commentPeriodText(plan({ comment_end: '2026-12-25' }))).toBe('2026年12月25日まで（開始日は市の告知をご確認ください）');
  });
});

describe('planNotice', () => {
  it('a draft under public comment with unknown dates: a draft, and how to comment', () => {
    const notice = planNotice(plan({}), '2026-11-25');
    expect([notice.headline, notice.detail, notice.invitesComments]).toEqual([
      '見本計画（案）は、パブリックコメント（意見募集）のための案です。',
      '市の最終決定ではありません。意見の募集期間と提出方法は市の告知をご確認ください。このサイトで意見書の下書きを作れます。',
      true,
    ]);
  });

  it('an open period gives its dates', () => {
    expect(planNotice(plan({ comment_start: '2026-12-01', comment_end: '2026-12-25' }), '2026-12-10').detail).toBe(
      '市の最終決定ではありません。意見を募集しています（2026年12月1日から2026年12月25日まで）。このサイトで意見書を作れます。',
    );
  });

  it('a closed period stops inviting comments', () => {
    const notice = planNotice(plan({ comment_start: '2026-12-01', comment_end: '2026-12-25' }), '2027-01-05');
    expect([notice.phase, notice.invitesComments, notice.detail]).toEqual([
      'closed',
      false,
      '意見の募集は2026年12月25日に終わりました。市の最終決定ではなく、内容が変わることがあります。',
    ]);
  });

  it('a draft outside public comment only says it is a draft', () => {
    const notice = planNotice(plan({ status: 'draft', title: '盛岡市計画（案）' }), '2026-11-25');
    expect([notice.headline, notice.detail, notice.invitesComments]).toEqual([
      '盛岡市計画（案）は案です。',
      '市の最終決定ではなく、内容が変わることがあります。',
      false,
    ]);
  });

  it('an adopted plan gives only the dates its original prints, each as what it is', () => {
    expect(planNotice(plan({ status: 'adopted', title: 'A計画', date: '2026-03-31' }), '2026-11-25').headline).toBe(
      'A計画は、2026年3月31日に策定された計画です。',
    );
    expect(
      planNotice(
        plan({
          status: 'adopted',
          title: 'B計画',
          adopted_label: '令和4年12月',
          revised_labels: '令和8年3月',
          revision_term: '一部改定',
          date_label: '令和8年3月',
        }),
        '2026-11-25',
      ).headline,
    ).toBe('B計画は、令和4年12月に策定され、令和8年3月に一部改定された計画です。');
    // A cover date alone is not an adoption date.
    expect(planNotice(plan({ status: 'adopted', title: 'B計画', date_label: '令和8年3月' }), '2026-11-25').headline).toBe(
      'B計画（令和8年3月）を掲載しています。',
    );
    const unknown = planNotice(plan({ status: 'adopted', title: 'C計画' }), '2026-11-25');
    expect([unknown.headline, unknown.detail]).toEqual(['C計画を掲載しています。', '策定・改定の時期は原本に記載がありません。']);
  });
});

describe('todayInJapan', () => {
  it('counts the day in Japan, nine hours ahead of UTC', () => {
    expect(todayInJapan(new Date('2026-12-25T14:59:00Z'))).toBe('2026-12-25');
    expect(todayInJapan(new Date('2026-12-25T15:00:00Z'))).toBe('2026-12-26');
  });
});
