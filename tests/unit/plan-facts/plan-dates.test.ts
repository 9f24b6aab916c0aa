/**
 * The dates of each published plan, as the status banner and the plan's facts list give them, from
 * the real plans.csv. The expected words were typed from the source documents (seeds 000–004).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { planById } from '../../../src/lib/content/queries.ts';
import { adoptedPlanSentence, planDateFacts, planDates, planFacts, titleWithEdition } from '../../../src/lib/plan-facts/plan-dates.ts';
import { planNotice } from '../../../src/lib/comments/plan-notice.ts';

const { site } = validateContent(readContentFiles(join(import.meta.dirname, '../../../content')));
const plan = (id: string) => planById(site!, id)!.plan;

describe('the dates of each plan, each only when printed', () => {
  it('Yokote: 策定 令和4年12月 and 一部改定 令和8年3月 (003 L17, L21, L704–705)', () => {
    const yokote = plan('yokote-2023');
    expect(planNotice(yokote, '2026-12-05').headline).toBe(
      '横手市デジタル推進計画は、令和4年12月に策定され、令和8年3月に一部改定された計画です。',
    );
    expect(planDateFacts(yokote)).toEqual([
      { term: '策定', description: '令和4年12月（原本の表記）' },
      { term: '一部改定', description: '令和8年3月（原本の表記）' },
    ]);
  });

  it('Oshu: 「第3版」「令和6年1月」 only, never 策定 (004 L7, L11)', () => {
    const oshu = plan('oshu-2021');
    const notice = planNotice(oshu, '2026-12-05');
    expect(notice.headline).toBe('奥州市DX全体方針 第3版（令和6年1月）を掲載しています。');
    expect(notice.detail).toBe('原本の表紙の表記は「第3版」「令和6年1月」です。策定・改定の時期は原本に記載がありません。');
    expect(`${notice.headline}${notice.detail}`).not.toMatch(/策定され|策定日/);
    expect(planDateFacts(oshu)).toEqual([
      { term: '版', description: '第3版' },
      { term: '表紙の日付', description: '令和6年1月（原本の表記。策定・改定の日付とは書かれていません）' },
    ]);
    expect(planDateFacts(oshu).map((f) => f.term)).not.toContain('策定');
  });

  it('Kitakami 2026: 「令和 8 年 ● 月策定」, not yet adopted (000 L13, L650)', () => {
    const k26 = plan('kitakami-2026');
    expect(planDates(k26).adopted).toBe('令和8年●月');
    expect(planDateFacts(k26)).toEqual([{ term: '策定', description: '令和8年●月（予定。原本の表記。まだ策定されていません）' }]);
    expect(planNotice(k26, '2026-12-05').headline).toBe('北上市情報基本計画2026（案）は、パブリックコメント（意見募集）のための案です。');
  });

  it('Morioka: a draft whose cover leaves the month blank (002 L11)', () => {
    const morioka = plan('morioka-2021');
    expect(planDateFacts(morioka)).toEqual([{ term: '表紙の日付', description: '令和3 (2021) 年 月（原本の表記。日付は未定です）' }]);
    expect(planNotice(morioka, '2026-12-05').headline).toMatch(/は案です。$/);
  });

  it('Kitakami 2023: 策定 令和5年度 as the 2026 draft reports it (000 L321), with where it comes from', () => {
    const k23 = plan('kitakami-2023');
    const sentence = adoptedPlanSentence(k23);
    expect(sentence.headline).toBe('北上市情報基本計画2023は、令和5年度に策定された計画です。');
    expect(sentence.detail).toContain('北上市情報基本計画2026（案）第3章');
    expect(planDateFacts(k23).map((f) => f.term)).toEqual(['策定', '日付について']);
  });
});

describe('the whole facts list of a plan’s pages', () => {
  it('Oshu: no row says 策定 of a date or of the city', () => {
    expect(planFacts(plan('oshu-2021')).map((f) => [f.term, f.description])).toEqual([
      ['状態', '策定済み'],
      ['計画期間', '2021〜2025年度（令和3〜7年度）'],
      ['版', '第3版'],
      ['表紙の日付', '令和6年1月（原本の表記。策定・改定の日付とは書かれていません）'],
      ['団体', '岩手県 奥州市（全国地方公共団体コード 032158）'],
      ['発行', '奥州市デジタル推進本部'],
      ['表紙に印刷された語', 'OshuDX'],
      ['備考', '原本は推進期間の終わり（令和8年（2026年）3月）だけを定めています。開始年度は工程表の最初の年度（令和3年度）です。'],
    ]);
  });
  it('Yokote: 策定 and 一部改定 as separate rows, then the contact office', () => {
    const terms = planFacts(plan('yokote-2023')).map((f) => f.term);
    expect(terms).toEqual(['状態', '計画期間', '策定', '一部改定', '団体', '発行', 'お問い合わせ先', 'メール', '備考']);
  });
});

describe('planDates and the sentences, table-driven', () => {
  const base = {
    title: 'A計画',
    status: 'adopted' as const,
    date: null,
    date_label: null,
    adopted_label: null,
    revised_labels: null,
    revision_term: null,
    edition: null,
    dates_note: null,
  };
  it.each([
    [{}, 'A計画を掲載しています。'],
    [{ date: '2024-04-01' }, 'A計画は、2024年4月1日に策定された計画です。'],
    [
      { adopted_label: '令和2年3月', revised_labels: '令和4年3月｜令和6年3月' },
      'A計画は、令和2年3月に策定され、令和4年3月、令和6年3月に改定された計画です。',
    ],
    [{ revised_labels: '令和6年3月' }, 'A計画は、令和6年3月に改定された計画です。'],
    [{ edition: '第2版', date_label: '令和5年4月' }, 'A計画 第2版（令和5年4月）を掲載しています。'],
  ])('%o → %s', (fields, headline) => {
    expect(adoptedPlanSentence({ ...base, ...fields }).headline).toBe(headline);
  });

  it('does not repeat an edition the title already carries', () => {
    expect(titleWithEdition({ title: '方針 第3版', edition: '第3版' })).toBe('方針 第3版');
    expect(titleWithEdition({ title: '方針', edition: '第3版' })).toBe('方針 第3版');
  });

  it('says once that nothing is printed', () => {
    expect(planDateFacts(base)).toEqual([{ term: '日付', description: '原本に記載なし' }]);
  });
});
