import type { SiteContent } from '../content/types.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import type { Correction } from '../../schemas/correction.ts';
import { sitePageLayout, type PageLayout } from './page-shell.ts';

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
  heading: string;
  /** How the site transcribes the originals: the opening prose. */
  policy: ReturnType<typeof sitePageLabels.transcriptionNotes.policy>;
  sections: NotesSection[];
}

/**
 * 「転記の記録」 (`/transcription-notes/`): for each plan, the corrections made and the oddities kept as
 * printed, each a table whose rows the markers on the pages link to. Empty tables are left out.
 */
export function transcriptionNotesPage(site: SiteContent): TranscriptionNotesPage {
  const labels = sitePageLabels.transcriptionNotes;
  const c = labels.columns;
  const sections = site.plans.flatMap(({ plan, corrections }) =>
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
  return {
    layout: sitePageLayout(labels.title),
    heading: labels.title,
    policy: labels.policy(site.plans.some((p) => p.plan.status === 'public-comment')),
    sections,
  };
}
