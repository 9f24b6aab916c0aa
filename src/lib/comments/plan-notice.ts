import type { Plan } from '../../schemas/plan.ts';
import { formatDate } from '../format/date.ts';
import { adoptedPlanSentence } from '../plan-facts/plan-dates.ts';

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
export const ASK_THE_CITY = '市の告知をご確認ください';

/** Where the comment period stands on `today` (YYYY-MM-DD); unknown dates are never guessed. */
export function commentPhase(plan: Pick<Plan, 'comment_start' | 'comment_end'>, today: string): CommentPhase {
  if (plan.comment_end === null) return plan.comment_start !== null && today < plan.comment_start ? 'before' : 'period-unknown';
  if (today > plan.comment_end) return 'closed';
  if (plan.comment_start !== null && today < plan.comment_start) return 'before';
  return plan.comment_start !== null ? 'open' : 'period-unknown';
}

/** The period as text: 「2026年12月1日から2026年12月25日まで」, or 「市の告知をご確認ください」. */
export function commentPeriodText(plan: Pick<Plan, 'comment_start' | 'comment_end'>): string {
  if (plan.comment_start && plan.comment_end) return `${formatDate(plan.comment_start)}から${formatDate(plan.comment_end)}まで`;
  if (plan.comment_end) return `${formatDate(plan.comment_end)}まで（開始日は${ASK_THE_CITY}）`;
  if (plan.comment_start) return `${formatDate(plan.comment_start)}から（締切日は${ASK_THE_CITY}）`;
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
      headline: `${plan.title}は案です。`,
      detail: '市の最終決定ではなく、内容が変わることがあります。',
    };
  }
  const phase = commentPhase(plan, today);
  const headline = `${plan.title}は、パブリックコメント（意見募集）のための案です。`;
  const detail =
    phase === 'closed'
      ? `意見の募集は${formatDate(plan.comment_end!)}に終わりました。市の最終決定ではなく、内容が変わることがあります。`
      : phase === 'open'
        ? `市の最終決定ではありません。意見を募集しています（${commentPeriodText(plan)}）。このサイトで意見書を作れます。`
        : phase === 'before'
          ? `市の最終決定ではありません。意見の募集は${commentPeriodText(plan)}です。このサイトで意見書の下書きを作れます。`
          : `市の最終決定ではありません。意見の募集期間と提出方法は${ASK_THE_CITY}。このサイトで意見書の下書きを作れます。`;
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
