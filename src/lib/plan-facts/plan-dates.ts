import { PLAN_STATUSES, type Plan } from '../../schemas/plan.ts';
import { formatDate } from '../format/date.ts';
import { formatFiscalYearRange } from '../format/fiscal-year.ts';
import { labelOf } from '../content/queries.ts';

/** The plan columns the date facts are read from. */
export type PlanDateFields = Pick<
  Plan,
  'title' | 'status' | 'date' | 'date_label' | 'adopted_label' | 'revised_labels' | 'revision_term' | 'edition' | 'dates_note'
>;

/** A plan's dates as separate facts, each present only when the original prints it. */
export interface PlanDates {
  /** When the original says the plan was (or, for a draft, will be) adopted (策定), as printed. */
  adopted: string | null;
  /** Each revision (改定) the original prints, oldest first, as printed. */
  revised: string[];
  /** The original's word for a revision: 「一部改定」, or 「改定」 when it gives none. */
  revisionTerm: string;
  /** The edition as printed (「第3版」). */
  edition: string | null;
  /** The date printed on the cover when it is neither the adoption nor a revision (Oshu's 「令和6年1月」). */
  coverDate: string | null;
  /** Where the dates come from when not from the plan itself. */
  note: string | null;
}

/** One row of the plan's facts list (a `<dt>`/`<dd>` pair). */
export interface DateFact {
  term: string;
  description: string;
}

/** A separator editors may use between several revisions (full-width or ASCII bar). */
const LIST_SEPARATOR = /[｜|]/;

/**
 * A plan's dates as separate facts. The adoption is only what the original calls 策定
 * (`adopted_label`, or the calendar `date` when a city knows the day); the cover's date is kept
 * apart when it is neither the adoption nor a revision, so a cover date is never called 策定.
 */
export function planDates(plan: PlanDateFields): PlanDates {
  const adopted = plan.adopted_label ?? (plan.date ? formatDate(plan.date) : null);
  const revised = (plan.revised_labels ?? '')
    .split(LIST_SEPARATOR)
    .map((label) => label.trim())
    .filter(Boolean);
  const cover = plan.date_label;
  const coverDate = cover !== null && cover !== adopted && !revised.includes(cover) ? cover : null;
  return { adopted, revised, revisionTerm: plan.revision_term ?? '改定', edition: plan.edition, coverDate, note: plan.dates_note };
}

/** The title with its edition, unless the title already carries it: 「奥州市DX全体方針 第3版」. */
export function titleWithEdition(plan: Pick<Plan, 'title' | 'edition'>): string {
  return plan.edition && !plan.title.includes(plan.edition) ? `${plan.title} ${plan.edition}` : plan.title;
}

/**
 * What the status banner says about an adopted plan, from what the original prints and nothing
 * else: 「横手市デジタル推進計画は、令和4年12月に策定され、令和8年3月に一部改定された計画です。」;
 * without a printed adoption, the edition and cover date only (「奥州市DX全体方針 第3版（令和6年1月）
 * を掲載しています。」), never 「策定」.
 */
export function adoptedPlanSentence(plan: PlanDateFields): { headline: string; detail: string } {
  const dates = planDates(plan);
  const revisions = dates.revised.length > 0 ? `${dates.revised.join('、')}に${dates.revisionTerm}された` : '';
  if (dates.adopted) {
    const headline = revisions
      ? `${plan.title}は、${dates.adopted}に策定され、${revisions}計画です。`
      : `${plan.title}は、${dates.adopted}に策定された計画です。`;
    return { headline, detail: dates.note ?? '' };
  }
  const title = titleWithEdition(plan);
  if (revisions) return { headline: `${title}は、${revisions}計画です。`, detail: '策定の時期は原本に記載がありません。' };
  if (dates.coverDate) {
    const printed = [dates.edition, dates.coverDate]
      .filter((x): x is string => x !== null)
      .map((x) => `「${x}」`)
      .join('');
    return {
      headline: `${title}（${dates.coverDate}）を掲載しています。`,
      detail: `原本の表紙の表記は${printed}です。策定・改定の時期は原本に記載がありません。`,
    };
  }
  return { headline: `${title}を掲載しています。`, detail: '策定・改定の時期は原本に記載がありません。' };
}

/**
 * The date rows of a plan's facts list: 策定, each revision, the edition and the cover's date,
 * each only when printed; a draft's adoption is a plan (「予定」); nothing printed says so once.
 */
export function planDateFacts(plan: PlanDateFields): DateFact[] {
  const dates = planDates(plan);
  const facts: DateFact[] = [];
  const draft = plan.status !== 'adopted';
  if (dates.adopted) {
    facts.push({
      term: '策定',
      description: draft ? `${dates.adopted}（予定。原本の表記。まだ策定されていません）` : `${dates.adopted}（原本の表記）`,
    });
  }
  for (const label of dates.revised) facts.push({ term: dates.revisionTerm, description: `${label}（原本の表記）` });
  if (dates.edition) facts.push({ term: '版', description: dates.edition });
  if (dates.coverDate) {
    facts.push({
      term: '表紙の日付',
      description: `${dates.coverDate}（原本の表記。${draft ? '日付は未定です' : '策定・改定の日付とは書かれていません'}）`,
    });
  }
  if (facts.length === 0) facts.push({ term: '日付', description: '原本に記載なし' });
  if (dates.note) facts.push({ term: '日付について', description: dates.note });
  return facts;
}

/** The plan columns the whole facts list reads. */
export type PlanFactFields = PlanDateFields &
  Pick<
    Plan,
    | 'period_start'
    | 'period_end'
    | 'prefecture'
    | 'municipality_name'
    | 'municipality_code'
    | 'publisher'
    | 'contact'
    | 'email'
    | 'cover_text'
    | 'note'
  >;

/**
 * The facts list of a plan's pages (PlanFacts): its state, period, dates (`planDateFacts`: 策定,
 * 改定, 版, the cover's date — each only when printed), the municipality (named 団体, not 策定:
 * a plan whose original does not say 策定 is not said to be adopted by anyone), the publisher and
 * the contact, the words printed on the cover and the note.
 */
export function planFacts(plan: PlanFactFields): DateFact[] {
  const facts: DateFact[] = [
    { term: '状態', description: labelOf(PLAN_STATUSES, plan.status) },
    { term: '計画期間', description: formatFiscalYearRange(plan.period_start, plan.period_end) },
    ...planDateFacts(plan),
    { term: '団体', description: `${plan.prefecture} ${plan.municipality_name}（全国地方公共団体コード ${plan.municipality_code}）` },
    { term: '発行', description: plan.publisher },
  ];
  if (plan.contact) facts.push({ term: 'お問い合わせ先', description: plan.contact });
  if (plan.email) facts.push({ term: 'メール', description: plan.email });
  if (plan.cover_text) facts.push({ term: '表紙に印刷された語', description: plan.cover_text });
  if (plan.note) facts.push({ term: '備考', description: plan.note });
  return facts;
}
