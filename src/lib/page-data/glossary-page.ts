import type { SiteContent } from '../content/types.ts';
import { sharedTerms, type SharedTerm } from '../glossary/cross-plan.ts';
import { chromeLabels, sitePageTitles } from '../labels/chrome.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { urls } from '../urls.ts';
import { hasSharedGlossary } from './cross-plan-pages.ts';
import { sitePageLayout, type PageLayout, type ShellLink } from './page-shell.ts';

/** One plan's definition of a shared term, linked to the plan's own glossary. */
export interface SharedDefinition {
  plan: ShellLink;
  /** How the plan spells the term, when it differs from the heading (「（Wi-Fi）」); empty otherwise. */
  ownSpelling: string;
  description: string;
}

/** 「計画をまたぐ用語集」. */
export interface SharedGlossaryPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.sharedGlossary;
  lead: string;
  /** Every plan's own glossary with its number of terms. */
  glossaries: ShellLink[];
  terms: { id: string; label: string; definitions: SharedDefinition[] }[];
}

/** The route of the cross-plan glossary: one page when two plans define a common term, none otherwise (and no link to it). */
export const sharedGlossaryPaths = (site: SiteContent) => (hasSharedGlossary(site) ? [{ params: { index: undefined } }] : []);

const definitionsOf = (term: SharedTerm): SharedDefinition[] =>
  term.definitions.map((d) => ({
    plan: { href: urls.glossary(d.planId, d.termId), label: d.planTitle },
    ownSpelling: d.term === term.label ? '' : sitePageLabels.sharedGlossary.ownSpelling(d.term),
    description: d.description,
  }));

/**
 * 「計画をまたぐ用語集」 (`/glossary/`): each term two or more plans define, with every plan's definition as
 * that plan prints it (matching: src/lib/glossary/cross-plan.ts); definitions are never merged or rewritten.
 */
export function sharedGlossaryPage(site: SiteContent): SharedGlossaryPage {
  const labels = sitePageLabels.sharedGlossary;
  const terms = sharedTerms(site.plans);
  return {
    layout: sitePageLayout(labels.title, {
      search: chromeLabels.searchTypes.term,
      parents: [{ label: sitePageTitles.plans, href: urls.plans() }],
    }),
    labels,
    lead: labels.lead(terms.length),
    glossaries: site.plans
      .filter((p) => p.glossary.length > 0)
      .map((p) => ({ href: urls.glossary(p.plan.id), label: labels.planLink(p.plan.title, p.glossary.length) })),
    terms: terms.map((term) => ({ id: term.id, label: term.label, definitions: definitionsOf(term) })),
  };
}
