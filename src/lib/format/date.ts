import { formatLabels } from '../labels/formats.ts';

/** 「2026年12月25日」 from `2026-12-25` (the form pages use for a calendar date). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return formatLabels.date(y!, m!, d!);
}

/**
 * A plan's adoption (策定) date as pages show it in a 「策定日」 row: the calendar date when known,
 * else what the original calls 策定 (`adopted_label`; for a draft, its day is not decided yet). A date
 * printed on the cover without the word 策定 (`date_label`) is never given as the adoption date:
 * it is named as the cover's date. The full list of dates (改定, 版) is `planDateFacts`.
 */
export function planDateText(plan: {
  date: string | null;
  date_label: string | null;
  adopted_label?: string | null;
  status: string;
}): string {
  if (plan.date) return formatDate(plan.date);
  const adopted = plan.adopted_label ?? null;
  const draft = plan.status !== 'adopted';
  const words = formatLabels.adoptionDate;
  if (adopted) return draft ? words.undecided(adopted) : words.noDay(adopted);
  if (!plan.date_label) return words.none;
  return draft ? words.undecided(plan.date_label) : words.coverOnly(plan.date_label);
}
