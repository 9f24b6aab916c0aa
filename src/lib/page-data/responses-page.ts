/** 意見と市の考え方: the published results of a plan's public comment, or that they are not published yet. */
import type { SiteContent } from '../content/types.ts';
import type { CommentResponse } from '../../schemas/comment-response.ts';
import { planById } from '../content/queries.ts';
import { planDataFiles } from '../open-data/data-files.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { sectionUrl, urls } from '../urls.ts';
import { param, perPlanPaths, planShell, type PlanPageShell, type RouteParams } from './plan-page.ts';
import { planHasPage } from './site-nav.ts';
import { searchLabels } from '../labels/search.ts';
import { commentVersions } from '../versions/plan-versions.ts';

/** One responses page per plan under public comment or with published responses. */
export const responsesPaths = (site: SiteContent) => perPlanPaths(site, (content) => planHasPage(content, 'responses'));

/** Everything the responses page shows. */
export interface ResponsesPage {
  shell: PlanPageShell;
  title: string;
  /** Before the city publishes: what the page says instead of the table. */
  unpublished: { text: string; invitation: { before: string; link: string; after: string; href: string } | null } | null;
  lead: string;
  caption: string;
  columns: { number: string; passage: string; opinion: string; answer: string; changed: string };
  rows: {
    id: string;
    number: number;
    passage: string;
    passageHref: string | null;
    opinion: string;
    answer: string;
    changed: string;
    /** A plan with versions: the answer's row in the response matrix of the adopted version's changes (修正箇所 linked). */
    changesHref: string | null;
  }[];
  downloads: { csv: string; json: string; label: string } | null;
  /** The words of the link to an answer's changes (`changesHref`). */
  changesLink: string;
}

/** The responses page of a plan (param `plan`), in the published order of the opinions. */
export function responsesPage(site: SiteContent, params: RouteParams): ResponsesPage {
  const content = planById(site, param(params, 'plan'));
  const { plan } = content;
  const labels = planPageLabels.responses;
  const responses: CommentResponse[] = [...content.responses].sort((a, b) => a.number - b.number);
  const file = (format: 'csv' | 'json') =>
    planDataFiles(site, plan.id).find((f) => f.scope === 'plan' && f.table.name === 'responses' && f.format === format);
  const csv = file('csv');
  const json = file('json');
  const changed = responses.filter((r) => r.draft_changed).length;
  const compared = commentVersions(content.versions);
  return {
    shell: planShell(plan, planPageLabels.common.pageTitle(labels.title, plan.title), [{ label: labels.title }], searchLabels.types.plan),
    title: labels.title,
    unpublished:
      responses.length === 0
        ? {
            text: labels.unpublished(plan.title),
            invitation: plan.status === 'public-comment' ? { ...labels.invitation, href: urls.commentLetter(plan.id) } : null,
          }
        : null,
    lead: labels.lead(plan.title, responses.length, changed),
    caption: labels.caption(plan.title, responses.length),
    columns: { number: labels.number, passage: labels.passage, opinion: labels.opinion, answer: labels.answer, changed: labels.changed },
    rows: responses.map((r) => ({
      id: `response-${r.number}`,
      number: r.number,
      passage: r.passage,
      passageHref: r.passage_anchor ? sectionUrl(plan.id, r.passage_anchor) : null,
      opinion: r.opinion_summary,
      answer: r.answer,
      changed: r.draft_changed ? labels.changedYes : labels.changedNo,
      changesHref: compared && r.draft_changed ? urls.versionChanges(plan.id, compared.adopted.id, `response-${r.number}`) : null,
    })),
    changesLink: labels.changesLink,
    downloads:
      csv && json ? { csv: urls.dataFile(csv.path), json: urls.dataFile(json.path), label: planPageLabels.common.thisTable } : null,
  };
}
