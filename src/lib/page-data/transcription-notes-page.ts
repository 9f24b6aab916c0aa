import type { SiteContent } from '../content/types.ts';
import { planById } from '../content/queries.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import type { Correction } from '../../schemas/correction.ts';
import { urls } from '../urls.ts';
import { sitePageLayout, type PageLayout, type ShellLink } from './page-shell.ts';
import { isPaged, partBySlug, partLinks, partOfPlan, prefectureParts } from './site-paging.ts';

/** One table of the page: a plan's corrections, or its oddities kept as printed. */
export interface NotesSection {
  /** The heading's id (`<plan>-corrected`, `<plan>-kept`). */
  id: string;
  /** The heading, with the count. */
  label: string;
  caption: string;
  tableLabel: string;
  action: 'corrected' | 'kept';
  /** The column headings. */
  columns: string[];
  /** The id of each row (`<plan>-note-<n>`, where the markers link) and the row itself. */
  rows: { id: string; note: Correction }[];
}

/** 「転記の記録」. */
export interface TranscriptionNotesPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.transcriptionNotes;
  heading: string;
  /** How the site transcribes the originals: the opening prose. */
  policy: ReturnType<typeof sitePageLabels.transcriptionNotes.policy>;
  /** Whether the page opens with the policy (`/transcription-notes/`; a plan's or a part's page links back to it). */
  showPolicy: boolean;
  /** `/transcription-notes/`, where a plan's or a part's page links for the policy. */
  policyHref: string;
  sections: NotesSection[];
  /** A site with many plans, on `/transcription-notes/`: the parts (the tables are there, not here). */
  parts: ShellLink[];
  /**
   * A site with few plans, on `/transcription-notes/`: each plan's page with its counts (a plan without
   * notes is listed without a link). One page per plan keeps a phone reader's page short, and a
   * marker leads to its own plan's notes.
   */
  plans: { title: string; href: string | null; counts: string }[];
}

/**
 * 「転記の記録」: `/transcription-notes/` states the policy and lists the plans (or, on a site with many
 * plans, the parts of prefectures); each plan's page (`slug` = the plan's id; a part's slug on a site
 * with many plans) holds its corrections and its oddities kept as printed, each a table whose rows
 * the markers on the pages link to. Empty tables are left out.
 */
export function transcriptionNotesPage(site: SiteContent, slug?: string): TranscriptionNotesPage {
  const labels = sitePageLabels.transcriptionNotes;
  const c = labels.columns;
  const paged = isPaged(site);
  // A site with many plans has a page per part of a prefecture; a site with few, one per plan with notes.
  const part = slug === undefined || !paged ? undefined : partBySlug(site, slug);
  const own = slug === undefined || paged ? undefined : site.plans.find((p) => p.plan.id === slug && p.corrections.length > 0);
  if (slug !== undefined && !part && !own) throw new Error(`unknown transcription notes page: ${slug}`);
  const plans = part ? part.plans : own ? [own] : [];
  const sections = plans.flatMap(({ plan, corrections }) =>
    (['corrected', 'kept'] as const).flatMap((action): NotesSection[] => {
      const rows = corrections.filter((note) => note.action === action);
      if (rows.length === 0) return [];
      const label = labels.sectionTitle(plan.title, action, rows.length);
      return [
        {
          id: `${plan.id}-${action}`,
          label,
          caption: labels.tableCaption(label),
          tableLabel: labels.tableLabel(label),
          action,
          columns:
            action === 'corrected'
              ? [c.number, c.location, c.extracted, c.published, c.reason]
              : [c.number, c.location, c.original, c.remark],
          rows: rows.map((note) => ({ id: `${plan.id}-note-${note.id}`, note })),
        },
      ];
    }),
  );
  const heading = part
    ? labels.partTitle(part.prefecture.name, part.part, part.parts)
    : own
      ? labels.planTitle(own.plan.title)
      : labels.title;
  const count = (content: (typeof site.plans)[number], action: 'corrected' | 'kept') =>
    content.corrections.filter((note) => note.action === action).length;
  return {
    layout: sitePageLayout(
      heading,
      slug !== undefined
        ? { parents: [{ label: labels.title, href: urls.transcriptionNotes() }], ...(own ? { planId: own.plan.id } : {}) }
        : {},
    ),
    labels,
    heading,
    policy: labels.policy(site.plans.some((p) => p.plan.status === 'public-comment')),
    showPolicy: slug === undefined,
    policyHref: urls.transcriptionNotes(),
    sections,
    parts: paged && slug === undefined ? partLinks(prefectureParts(site), urls.transcriptionNotes) : [],
    plans:
      paged || slug !== undefined
        ? []
        : site.plans.map((content) => ({
            title: content.plan.title,
            href: content.corrections.length > 0 ? urls.transcriptionNotes(content.plan.id) : null,
            counts: labels.planCounts(count(content, 'corrected'), count(content, 'kept')),
          })),
  };
}

/** The routes of 「転記の記録」: one page, and one more per part of a prefecture (a site with many plans) or per plan with notes. */
export const transcriptionNotesPaths = (site: SiteContent) => [
  { params: { part: undefined } },
  ...(isPaged(site)
    ? prefectureParts(site).map((part) => ({ params: { part: part.slug } }))
    : site.plans.filter((p) => p.corrections.length > 0).map((p) => ({ params: { part: p.plan.id } }))),
];

/** Where a plan's transcription notes are listed: its own page, its part's page on a site with many plans, else (no notes) the policy page. */
export function transcriptionNotesHref(site: SiteContent, planId: string): string {
  if (isPaged(site)) return urls.transcriptionNotes(partOfPlan(site).get(planId)!.slug);
  return planById(site, planId).corrections.length > 0 ? urls.transcriptionNotes(planId) : urls.transcriptionNotes();
}
