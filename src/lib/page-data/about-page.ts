import type { Plan } from '../../schemas/plan.ts';
import type { SiteContent } from '../content/types.ts';
import { planDateFacts } from '../plan-facts/plan-dates.ts';
import { formatFiscalYearRange } from '../format/fiscal-year.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import type { LicencePlan } from '../open-data/licences.ts';
import { urls } from '../urls.ts';
import { sitePageLayout, type PageLayout, type ShellLink } from './page-shell.ts';
import { isPaged, partLinks, prefectureParts } from './site-paging.ts';

/** One fact of a plan's source: text, a link, or the plan's licence statement. */
export type SourceFact = { term: string; text: string; href?: string } | { term: string; licence: LicencePlan };

/** One published plan and where its original is. */
export interface PlanSource {
  /** The id of the plan's heading. */
  id: string;
  title: string;
  facts: SourceFact[];
}

/** 「このサイトについて」. */
export interface AboutPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.about;
  sources: PlanSource[];
  /** A site with many plans: the prefecture pages of the plan list, which describe each original (sources stay empty). */
  sourceParts: ShellLink[];
  transcriptionNotesHref: string;
  columnsHref: string;
  /** How the site is made, naming the comment letter only where a plan is under comment. */
  build: string;
}

/** The facts of one plan's original: period, date, publisher and contacts, the original's address, licence and attribution. */
export function planSourceFacts(plan: Plan): SourceFact[] {
  const t = sitePageLabels.about.facts;
  const facts: (SourceFact | false | null | '')[] = [
    { term: t.period, text: formatFiscalYearRange(plan.period_start, plan.period_end) },
    ...planDateFacts(plan).map((fact) => ({ term: fact.term, text: fact.description })),
    { term: t.publisher, text: plan.publisher },
    plan.contact && { term: t.contact, text: plan.contact },
    plan.address && { term: t.address, text: `${plan.postal_code ?? ''} ${plan.address}` },
    plan.phone && { term: t.phone, text: plan.phone },
    plan.fax && { term: t.fax, text: plan.fax },
    plan.email && { term: t.email, text: plan.email },
    plan.source_url ? { term: t.source, text: plan.source_url, href: plan.source_url } : { term: t.source, text: t.sourceUnknown },
    { term: t.licence, licence: plan },
    { term: t.attribution, text: plan.attribution },
    plan.note && { term: t.note, text: plan.note },
  ];
  return facts.filter((fact): fact is SourceFact => Boolean(fact));
}

/** 「このサイトについて」 (`/about/`): what the site is, every published plan's original, how data is handled. */
export function aboutPage(site: SiteContent): AboutPage {
  const labels = sitePageLabels.about;
  return {
    layout: sitePageLayout(labels.title),
    labels,
    sources: isPaged(site)
      ? []
      : site.plans.map(({ plan }) => ({ id: `source-${plan.id}`, title: plan.title, facts: planSourceFacts(plan) })),
    sourceParts: isPaged(site) ? partLinks(prefectureParts(site), urls.prefecture) : [],
    transcriptionNotesHref: urls.transcriptionNotes(),
    columnsHref: urls.columns(),
    build: labels.build(site.plans.some((p) => p.plan.status === 'public-comment')),
  };
}
