/** 意見書の作成: the comment-letter composer of a plan under public comment (the form runs in the reader's browser). */
import { letterAddressee } from '../plan-facts/comment-addressee.ts';
import type { SiteContent } from '../content/types.ts';
import type { Plan } from '../../schemas/plan.ts';
import { planById } from '../content/queries.ts';
import { letterSubject } from '../comments/letter.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { urls } from '../urls.ts';
import { param, perPlanPaths, planShell, type PlanPageShell, type RouteParams } from './plan-page.ts';
import { planHasPage } from './site-nav.ts';

/** One composer per plan under public comment. */
export const commentsPaths = (site: SiteContent) => perPlanPaths(site, (content) => planHasPage(content, 'comments'));

/** Everything the composer page shows besides its form's fixed labels (`labels`). */
export interface CommentsPage {
  shell: PlanPageShell;
  plan: Plan;
  lead: string;
  /** The letter's addressee lines, as far as the plan gives its office (letterAddressee); empty otherwise. */
  addressee: string[];
  /** 「件名：…に対する意見」 */
  subject: string;
  contentsHref: string;
  /** The 「メールソフトで送る」 button appears only when the plan names an address. */
  canMail: boolean;
  labels: typeof planPageLabels.comments;
}

/** The composer page of a plan (param `plan`); it is not in the search index. */
export function commentsPage(site: SiteContent, params: RouteParams): CommentsPage {
  const { plan } = planById(site, param(params, 'plan'));
  const labels = planPageLabels.comments;
  return {
    shell: planShell(plan, planPageLabels.common.pageTitle(labels.title, plan.title), [{ label: labels.title }]),
    plan,
    lead: labels.lead(plan.title),
    addressee: letterAddressee(plan),
    subject: labels.subject(letterSubject(plan.title)),
    contentsHref: urls.chapters(plan.id),
    canMail: plan.comment_email !== null,
    labels,
  };
}
