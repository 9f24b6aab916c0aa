import type { SiteContent } from '../content/types.ts';
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
  sections: NotesSection[];
  /** A site with many plans, on `/transcription-notes/`: the parts (the tables are there, not here). */
  parts: ShellLink[];
}

/**
 * 「転記の記録」 (`/transcription-notes/`): for each plan, the corrections made and the oddities kept as
 * printed, each a table whose rows the markers on the pages link to. Empty tables are left out.
 */
export function transcriptionNotesPage(site: SiteContent, slug?: string): TranscriptionNotesPage {
  const labels = sitePageLabels.transcriptionNotes;
  const c = labels.columns;
  const part = slug === undefined ? undefined : partBySlug(site, slug);
  if (slug !== undefined && !part) throw new Error(`unknown transcription notes page: ${slug}`);
  const paged = isPaged(site);
  // A site with many plans: the first page explains and links the parts; each part holds its plans' tables.
  const plans = part ? part.plans : paged ? [] : site.plans;
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
  const heading = part ? labels.partTitle(part.prefecture.name, part.part, part.parts) : labels.title;
  return {
    layout: sitePageLayout(heading, part ? { parents: [{ label: labels.title, href: urls.transcriptionNotes() }] } : {}),
    labels,
    heading,
    policy: labels.policy(site.plans.some((p) => p.plan.status === 'public-comment')),
    sections,
    parts: paged && !part ? partLinks(prefectureParts(site), urls.transcriptionNotes) : [],
  };
}

/** The routes of 「転記の記録」: one page, and on a site with many plans one more per part of a prefecture. */
export const transcriptionNotesPaths = (site: SiteContent) => [
  { params: { part: undefined } },
  ...(isPaged(site) ? prefectureParts(site).map((part) => ({ params: { part: part.slug } })) : []),
];

/** Where a plan's transcription notes are listed: `/transcription-notes/`, or its part's page on a site with many plans. */
export function transcriptionNotesHref(site: SiteContent, planId: string): string {
  return isPaged(site) ? urls.transcriptionNotes(partOfPlan(site).get(planId)!.slug) : urls.transcriptionNotes();
}
