import type { Plan } from '../../schemas/plan.ts';
import { formatDate } from '../format/date.ts';
import { adoptedPlanSentence } from '../plan-facts/plan-dates.ts';
import { planNoticeLabels } from '../labels/plan-notice.ts';

/** Where a public-comment period stands on a given day. */
export type CommentPhase = 'period-unknown' | 'before' | 'open' | 'closed';

/** What every page of a plan says about the plan's state (the status banner). */
export interface PlanNotice {
  status: Plan['status'];
  /** The first, bold sentence. */
  headline: string;
  /** What it means for the reader, in one or two sentences. */
  detail: string;
  /** For a plan under public comment: where the period stands. */
  phase: CommentPhase | null;
  /** Whether to offer the comment composer (only while comments may be sent). */
  invitesComments: boolean;
}

/** What pages say for a submission detail the city has not published in our metadata. */
export const ASK_THE_CITY = planNoticeLabels.askTheCity;

/** Where the comment period stands on `today` (YYYY-MM-DD); unknown dates are never guessed. */
export function commentPhase(plan: Pick<Plan, 'comment_start' | 'comment_end'>, today: string): CommentPhase {
  if (plan.comment_end === null) return plan.comment_start !== null && today < plan.comment_start ? 'before' : 'period-unknown';
  if (today > plan.comment_end) return 'closed';
  if (plan.comment_start !== null && today < plan.comment_start) return 'before';
  return plan.comment_start !== null ? 'open' : 'period-unknown';
}

/** The period as text: 「2026年12月1日から2026年12月25日まで」, or 「市の告知をご確認ください」. */
export function commentPeriodText(plan: Pick<Plan, 'comment_start' | 'comment_end'>): string {
  const words = planNoticeLabels.period;
  if (plan.comment_start && plan.comment_end) return words.both(formatDate(plan.comment_start), formatDate(plan.comment_end));
  if (plan.comment_end) return words.endOnly(formatDate(plan.comment_end));
  if (plan.comment_start) return words.startOnly(formatDate(plan.comment_start));
  return ASK_THE_CITY;
}

/**
 * The status banner's message, from plan metadata and the day the site is built: a draft says it
 * is a draft (案) and, during public comment, how to comment; an adopted plan gives the dates its
 * original prints (`adoptedPlanSentence`).
 */
export function planNotice(plan: Plan, today: string): PlanNotice {
  if (plan.status === 'adopted') {
    // Only the dates the original prints, each as what it is (策定, 改定, a cover date): plan-facts.
    return { status: plan.status, phase: null, invitesComments: false, ...adoptedPlanSentence(plan) };
  }
  if (plan.status === 'draft') {
    return {
      status: plan.status,
      phase: null,
      invitesComments: false,
      headline: planNoticeLabels.draft.headline(plan.title),
      detail: planNoticeLabels.draft.detail,
    };
  }
  const phase = commentPhase(plan, today);
  const words = planNoticeLabels.publicComment;
  const headline = words.headline(plan.title);
  const detail =
    phase === 'closed'
      ? words.closed(formatDate(plan.comment_end!))
      : phase === 'open'
        ? words.open(commentPeriodText(plan))
        : phase === 'before'
          ? words.before(commentPeriodText(plan))
          : words.unknown;
  return { status: plan.status, phase, invitesComments: phase !== 'closed', headline, detail };
}

/**
 * The day the site is being built, in Japan (YYYY-MM-DD): comment deadlines are Japanese dates, so a
 * build late in the UTC evening already counts as the next day. The only clock read in the notice.
 */
export function todayInJapan(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** The plan's notice as of the build day. */
export const currentNotice = (plan: Plan) => planNotice(plan, todayInJapan());
