import type { SiteContent } from '../content/types.ts';
import type { CellNoteMark } from '../corrections/note-marks.ts';
import { memoizeBy, plansById } from '../content/site-index.ts';
import { sharedTerms, type PlanDefinition, type SharedTerm } from '../glossary/cross-plan.ts';
import { chromeLabels, sitePageTitles } from '../labels/chrome.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { urls } from '../urls.ts';
import { hasSharedGlossary } from './cross-plan-pages.ts';
import { sitePageLayout, type PageLayout, type ShellLink } from './page-shell.ts';
import { isPaged } from './site-paging.ts';

/** One plan's definition of a shared term, linked to the plan's own glossary. */
export interface SharedDefinition {
  plan: ShellLink;
  /** How the plan spells the term, when it differs from the heading (「（Wi-Fi）」); empty otherwise. */
  ownSpelling: string;
  description: string;
  /** The definition's transcription notes (its plan's, for glossary row `termId`): the markers it carries wherever it is reprinted. */
  notes: { marks: CellNoteMark[]; termId: string };
}

/** 「計画をまたぐ用語集」. */
export interface SharedGlossaryPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.sharedGlossary;
  /** The heading: 「計画をまたぐ用語集」, or the term's on its own page. */
  title: string;
  lead: string;
  /** Every plan's own glossary with its number of terms (empty on a site with many plans). */
  glossaries: ShellLink[];
  /** A term's other pages (a term with more than `DEFINITIONS_PER_PART` definitions). */
  termParts: ShellLink[];
  /** The index of terms: each term's section or page, with its number of plans on a site with many plans. */
  index: (ShellLink & { count: string })[];
  terms: { id: string; label: string; definitions: SharedDefinition[] }[];
}

/** Definitions per page of one term on a site with many plans. */
export const DEFINITIONS_PER_PART = 100;

/** One page of a shared term on a site with many plans. */
interface TermPart {
  slug: string;
  part: number;
  parts: number;
  definitions: PlanDefinition[];
}

/**
 * Every shared term's pages on a site with many plans, by term: its definitions by municipality code,
 * in parts. Computed once per site (memoizeBy): each of the terms' pages looks its own up, which
 * recomputed every term's parts per page (26 s of 446 at 1,741 plans).
 */
const termPartsOf = memoizeBy((site: SiteContent): ReadonlyMap<SharedTerm, TermPart[]> => {
  const code = new Map(site.plans.map((p) => [p.plan.id, p.plan.municipality_code]));
  return new Map(
    sharedTerms(site.plans).map((term) => {
      const sorted = [...term.definitions].sort((a, b) => code.get(a.planId)!.localeCompare(code.get(b.planId)!));
      const parts = Math.ceil(sorted.length / DEFINITIONS_PER_PART);
      const base = term.id.replace(/^shared-/, '');
      return [
        term,
        Array.from({ length: parts }, (_, i) => ({
          slug: i === 0 ? base : `${base}/${i + 1}`,
          part: i + 1,
          parts,
          definitions: sorted.slice(i * DEFINITIONS_PER_PART, (i + 1) * DEFINITIONS_PER_PART),
        })),
      ];
    }),
  );
});

/** A shared term's pages on a site with many plans. */
const termParts = (site: SiteContent, term: SharedTerm): TermPart[] => termPartsOf(site).get(term) ?? [];

/**
 * The routes of the cross-plan glossary: one page when two plans define a common term, none otherwise
 * (and no link to it); a site with many plans (`isPaged`) adds a page per term (in parts of
 * `DEFINITIONS_PER_PART` definitions) and its first page is the index of terms.
 */
export const sharedGlossaryPaths = (site: SiteContent) =>
  hasSharedGlossary(site)
    ? [
        { params: { index: undefined } },
        ...(isPaged(site)
          ? sharedTerms(site.plans).flatMap((term) => termParts(site, term).map((p) => ({ params: { index: p.slug } })))
          : []),
      ]
    : [];

/** Where a shared term is read: its section of `/glossary/`, or its own page on a site with many plans. */
export const sharedTermHref = (site: SiteContent, term: SharedTerm): string =>
  isPaged(site) ? urls.sharedTerm(term.id.replace(/^shared-/, '')) : `${urls.sharedGlossary()}#${term.id}`;

const definitionsOf = (site: SiteContent, term: SharedTerm): SharedDefinition[] =>
  term.definitions.map((d) => ({
    plan: { href: urls.glossary(d.planId, d.termId), label: d.planTitle },
    ownSpelling: d.term === term.label ? '' : sitePageLabels.sharedGlossary.ownSpelling(d.term),
    description: d.description,
    notes: { marks: plansById(site.plans).get(d.planId)?.notes ?? [], termId: d.termId },
  }));

/**
 * 「計画をまたぐ用語集」 (`/glossary/`): each term two or more plans define, with every plan's definition as
 * that plan prints it (matching: src/lib/glossary/cross-plan.ts); definitions are never merged or rewritten.
 */
export function sharedGlossaryPage(site: SiteContent, slug?: string): SharedGlossaryPage {
  const labels = sitePageLabels.sharedGlossary;
  const terms = sharedTerms(site.plans);
  const paged = isPaged(site);
  if (slug !== undefined) {
    // One term's page (a site with many plans).
    const found = terms.flatMap((term) => termParts(site, term).map((part) => ({ term, part }))).find((t) => t.part.slug === slug);
    if (!found) throw new Error(`unknown shared term page: ${slug}`);
    const { term, part } = found;
    const title = labels.termTitle(term.label, part.part, part.parts);
    return {
      layout: sitePageLayout(title, {
        search: chromeLabels.searchTypes.term,
        parents: [
          { label: sitePageTitles.plans, href: urls.plans() },
          { label: labels.title, href: urls.sharedGlossary() },
        ],
      }),
      labels,
      title,
      lead: labels.termLead(term.definitions.length),
      glossaries: [],
      termParts: termParts(site, term)
        .filter((p) => p !== part && p.slug !== part.slug)
        .map((p) => ({ href: urls.sharedTerm(p.slug), label: labels.termPart(p.part, p.parts) })),
      index: [],
      terms: [{ id: term.id, label: term.label, definitions: definitionsOf(site, { ...term, definitions: part.definitions }) }],
    };
  }
  return {
    layout: sitePageLayout(labels.title, {
      search: chromeLabels.searchTypes.term,
      parents: [{ label: sitePageTitles.plans, href: urls.plans() }],
    }),
    labels,
    title: labels.title,
    lead: labels.lead(terms.length),
    // A site with many plans leaves the list of every plan's glossary to the plans' own pages.
    glossaries: paged
      ? []
      : site.plans
          .filter((p) => p.glossary.length > 0)
          .map((p) => ({ href: urls.glossary(p.plan.id), label: labels.planLink(p.plan.title, p.glossary.length) })),
    termParts: [],
    index: terms.map((term) => ({
      href: paged ? sharedTermHref(site, term) : `#${term.id}`,
      label: term.label,
      count: paged ? labels.termCount(term.definitions.length) : '',
    })),
    terms: paged ? [] : terms.map((term) => ({ id: term.id, label: term.label, definitions: definitionsOf(site, term) })),
  };
}
