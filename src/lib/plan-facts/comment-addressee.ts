import type { Plan } from '../../schemas/plan.ts';
import { ASK_THE_CITY, commentPeriodText } from '../comments/plan-notice.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { planFactLabels } from '../labels/plan-facts.ts';

/** The plan columns that say where comments on a draft go. */
export type CommentFields = Pick<
  Plan,
  | 'comment_office'
  | 'comment_postal_code'
  | 'comment_address'
  | 'comment_phone'
  | 'comment_fax'
  | 'comment_email'
  | 'comment_url'
  | 'comment_start'
  | 'comment_end'
>;

/** One row of the submission details (a `<dt>`/`<dd>` pair); `href` when the value is a link. */
export interface SubmissionRow {
  term: string;
  description: string;
  href?: string;
}

/**
 * The addressee block at the head of the comment letter, as far as the city has given it (the
 * Kitakami 2026 draft prints its office, address, TEL and FAX on its back cover, 000 L650–656):
 * 「宛先：北上市企画部都市プロモーション課情報政策推進室」「〒024-8501 岩手県北上市芳町 1 番 1 号」
 * 「TEL 0197-72-8325 FAX 0197-63-7023」. Empty when nothing is given (the letter then has no addressee
 * rather than a guessed one).
 */
export function letterAddressee(plan: CommentFields): string[] {
  const lines: string[] = [];
  if (plan.comment_office) lines.push(planFactLabels.contact.addressee(plan.comment_office));
  const place = [plan.comment_postal_code, plan.comment_address].filter(Boolean).join(' ');
  if (place) lines.push(place);
  const numbers = [
    plan.comment_phone && planFactLabels.contact.letterPhone(plan.comment_phone),
    plan.comment_fax && planFactLabels.contact.letterFax(plan.comment_fax),
  ]
    .filter(Boolean)
    .join(planFactLabels.contact.numbersSeparator);
  if (numbers) lines.push(numbers);
  if (plan.comment_email) lines.push(planFactLabels.contact.email(plan.comment_email));
  return lines;
}

/** The letter's text with its addressee block on top (`letterText` from src/lib/comments/letter.ts as `body`). */
export function withAddressee(plan: CommentFields, body: string): string {
  const block = letterAddressee(plan);
  return block.length > 0 ? `${block.join('\n')}\n\n${body}` : body;
}

/**
 * The submission details a plan under comment shows: every comment_* field the city has filled, as
 * written; the period as far as known; and the submission method, which the document does not
 * print, referred to the city's notice — never guessed.
 */
export function submissionRows(plan: CommentFields): SubmissionRow[] {
  const t = planPageLabels.submission;
  const rows: SubmissionRow[] = [];
  if (plan.comment_office) rows.push({ term: t.office, description: plan.comment_office });
  const place = [plan.comment_postal_code, plan.comment_address].filter(Boolean).join(' ');
  if (place) rows.push({ term: t.place, description: place });
  if (plan.comment_phone) rows.push({ term: t.officePhone, description: plan.comment_phone });
  if (plan.comment_fax) rows.push({ term: t.fax, description: plan.comment_fax });
  if (plan.comment_email) rows.push({ term: t.email, description: plan.comment_email, href: `mailto:${plan.comment_email}` });
  rows.push({ term: t.period, description: commentPeriodText(plan) });
  rows.push({ term: t.method, description: plan.comment_url ? t.methodInNotice : ASK_THE_CITY });
  if (plan.comment_url) rows.push({ term: t.notice, description: plan.comment_url, href: plan.comment_url });
  return rows;
}
