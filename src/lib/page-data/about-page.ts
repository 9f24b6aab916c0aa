import type { Plan } from '../../schemas/plan.ts';
import type { SiteContent } from '../content/types.ts';
import { planDateFacts } from '../plan-facts/plan-dates.ts';
import { formatFiscalYearRange } from '../format/fiscal-year.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import type { LicencePlan } from '../open-data/licences.ts';
import { urls } from '../urls.ts';
import { sitePageLayout, type PageLayout } from './page-shell.ts';

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
  transcriptionNotesHref: string;
  columnsHref: string;
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
    sources: site.plans.map(({ plan }) => ({ id: `source-${plan.id}`, title: plan.title, facts: planSourceFacts(plan) })),
    transcriptionNotesHref: urls.transcriptionNotes(),
    columnsHref: urls.columns(),
  };
}
