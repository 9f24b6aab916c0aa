/** A plan's glossary page: its terms grouped by kana row, where the chapters use them, and shared definitions. */
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { GlossaryTerm } from '../../schemas/glossary-term.ts';
import { chapterLabel, planById, planTerms } from '../content/queries.ts';
import { descriptionParts, groupTerms } from '../glossary/group-terms.ts';
import { termUses } from '../glossary/glossary-in-chapters.ts';
import { sharedTermsByPlan, type SharedTerm } from '../glossary/cross-plan.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { urls } from '../urls.ts';
import { sharedTermHref } from './glossary-page.ts';
import { param, perPlanPaths, planShell, type PlanPageShell, type RouteParams } from './plan-page.ts';
import { planHasPage } from './site-nav.ts';
import { searchLabels } from '../labels/search.ts';

/** One glossary page per plan with a glossary. */
export const planGlossaryPaths = (site: SiteContent) => perPlanPaths(site, (content) => planHasPage(content, 'glossary'));

/** One entry of the glossary as the page shows it. */
export interface GlossaryEntry {
  term: GlossaryTerm;
  /** Aliases the heading does not already show (a printed 「DX（デジタル・トランスフォーメーション）」 needs no repeat). */
  aliases: string | null;
  /** The description's lines, each split into Japanese and English runs. */
  lines: { text: string; english: boolean }[][];
  usedPages: string | null;
  /** The term on the cross-plan glossary, when other plans define it too. */
  shared: { label: string; plans: string; href: string } | null;
  /** Where the chapters use the term. */
  uses: { label: string; href: string }[];
}

/** Everything a plan's glossary page shows. */
export interface PlanGlossaryPage {
  shell: PlanPageShell;
  content: PlanContent;
  title: string;
  page: string | null;
  lead: string;
  /** Offered when some terms are also defined by other plans. */
  shared: { before: string; link: string; after: string; href: string } | null;
  indexLabel: string;
  groups: { id: string; label: string; entries: GlossaryEntry[] }[];
  usesLabel: string;
  /** Brackets around a reading, and the separator between the places a term is used. */
  around: { before: string; after: string };
  separator: string;
}

/** The glossary page of a plan (param `plan`), titled as the plan titles its glossary. */
export function planGlossaryPage(site: SiteContent, params: RouteParams): PlanGlossaryPage {
  const content = planById(site, param(params, 'plan'));
  const { plan } = content;
  const labels = planPageLabels.glossary;
  const terms = planTerms(plan);
  const title = terms.glossary;
  const first = content.glossary[0]?.page;
  const uses = termUses(content);
  const shared = sharedTermsByPlan(site.plans).get(plan.id) ?? new Map<string, SharedTerm>();
  const extraAliases = (term: GlossaryTerm) => (term.aliases ?? '').split('｜').filter((a) => a && !term.term.includes(a));
  return {
    shell: planShell(plan, planPageLabels.common.pageTitle(title, plan.title), [{ label: title }], searchLabels.types.term),
    content,
    title,
    page: first ? planPageLabels.common.pageFrom(first) : null,
    lead: labels.lead(terms, plan.title, content.glossary.length),
    shared: shared.size > 0 ? { ...labels.shared, href: urls.sharedGlossary() } : null,
    indexLabel: labels.index(terms),
    usesLabel: labels.uses,
    around: planPageLabels.common.asideAround,
    separator: planPageLabels.common.listSeparator,
    groups: groupTerms(content.glossary).map((group) => ({
      id: group.id,
      label: group.label,
      entries: group.terms.map((term) => {
        const other = shared.get(term.id);
        const aliases = extraAliases(term);
        return {
          term,
          aliases: aliases.length > 0 ? planPageLabels.common.aside(planPageLabels.common.list(aliases)) : null,
          lines: descriptionParts(term),
          usedPages: term.used_pages ? labels.usedPages(term.used_pages) : null,
          shared: other
            ? {
                label: labels.compare(term.term),
                plans: labels.comparePlans(other.definitions.length),
                href: sharedTermHref(site, other),
              }
            : null,
          uses: (uses.get(term.id) ?? []).map((use) => ({
            label: use.heading ? planPageLabels.common.section(chapterLabel(use.chapter), use.heading.text) : chapterLabel(use.chapter),
            href: urls.chapter(plan.id, use.chapter.id, use.heading?.id),
          })),
        };
      }),
    })),
  };
}
