import { PLAN_STATUSES, type Plan } from '../../schemas/plan.ts';
import { formatDate } from '../format/date.ts';
import { formatFiscalYearRange } from '../format/fiscal-year.ts';
import { labelOf } from '../content/queries.ts';
import { planFactLabels } from '../labels/plan-facts.ts';

const words = planFactLabels;

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
  return {
    adopted,
    revised,
    revisionTerm: plan.revision_term ?? words.revisionTerm,
    edition: plan.edition,
    coverDate,
    note: plan.dates_note,
  };
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
  const revisions =
    dates.revised.length > 0 ? words.adoptedSentence.revisions(dates.revised.join(words.listSeparator), dates.revisionTerm) : '';
  if (dates.adopted) {
    const headline = revisions
      ? words.adoptedSentence.adoptedAndRevised(plan.title, dates.adopted, revisions)
      : words.adoptedSentence.adopted(plan.title, dates.adopted);
    return { headline, detail: dates.note ?? '' };
  }
  const title = titleWithEdition(plan);
  if (revisions) return { headline: words.adoptedSentence.revisedOnly(title, revisions), detail: words.adoptedSentence.noAdoption };
  if (dates.coverDate) {
    const printed = [dates.edition, dates.coverDate]
      .filter((x): x is string => x !== null)
      .map(words.adoptedSentence.printed)
      .join('');
    return {
      headline: words.adoptedSentence.cover(title, dates.coverDate),
      detail: words.adoptedSentence.coverDetail(printed),
    };
  }
  return { headline: words.adoptedSentence.titleOnly(title), detail: words.adoptedSentence.noDates };
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
      term: words.terms.adopted,
      description: draft ? words.dates.adoptedPlanned(dates.adopted) : words.dates.adopted(dates.adopted),
    });
  }
  for (const label of dates.revised) facts.push({ term: dates.revisionTerm, description: words.dates.revised(label) });
  if (dates.edition) facts.push({ term: words.terms.edition, description: dates.edition });
  if (dates.coverDate) {
    facts.push({
      term: words.terms.coverDate,
      description: words.dates.coverDate(dates.coverDate, draft),
    });
  }
  if (facts.length === 0) facts.push({ term: words.terms.noDate, description: words.dates.none });
  if (dates.note) facts.push({ term: words.terms.datesNote, description: dates.note });
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
    { term: words.terms.status, description: labelOf(PLAN_STATUSES, plan.status) },
    { term: words.terms.period, description: formatFiscalYearRange(plan.period_start, plan.period_end) },
    ...planDateFacts(plan),
    { term: words.terms.municipality, description: words.municipality(plan.prefecture, plan.municipality_name, plan.municipality_code) },
    { term: words.terms.publisher, description: plan.publisher },
  ];
  if (plan.contact) facts.push({ term: words.terms.contact, description: plan.contact });
  if (plan.email) facts.push({ term: words.terms.email, description: plan.email });
  if (plan.cover_text) facts.push({ term: words.terms.coverText, description: plan.cover_text });
  if (plan.note) facts.push({ term: words.terms.note, description: plan.note });
  return facts;
}
