import type { ColumnSpec } from '../../schemas/column-spec.ts';
import { chapterFields } from '../../schemas/chapter.ts';
import { allTables } from '../../schemas/index.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { sitePageLayout, type PageLayout } from './page-shell.ts';
import { urls } from '../urls.ts';

/** One table's column dictionary. */
export interface ColumnsSection {
  /** The section's id: the table's machine name (`observations`), or `chapter`. */
  id: string;
  title: string;
  description: string;
  caption: string;
  columns: readonly ColumnSpec[];
}

/** 「データの列の説明」: the contents (`/data/columns/`), or one table's page (`/data/columns/<table>/`). */
export interface ColumnsPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.columns;
  /** The page's heading: the dictionary's, or the table's. */
  heading: string;
  /** The contents: every table with its link and column count (empty on a table's page). */
  tables: { title: string; href: string; count: string; description: string }[];
  /** A table's page: its dictionary (null on the contents). */
  section: ColumnsSection | null;
  /** A table's page: the link back to the contents (null on the contents). */
  contentsHref: string | null;
}

/** Every table's dictionary, then a chapter file's frontmatter, from the same specs that validate them. */
function columnsSections(): ColumnsSection[] {
  const labels = sitePageLabels.columns;
  return [
    ...allTables.map((t) => ({ id: t.name, title: labels.tableTitle(t.title, t.file), description: t.description, columns: t.columns })),
    { id: 'chapter', title: labels.chapterTitle, description: labels.chapterDescription, columns: chapterFields },
  ].map((s) => ({ ...s, caption: labels.caption(s.title) }));
}

/** The routes: the contents, and one page per table (one page of ~400 columns read one character a line on a phone). */
export const columnsPaths = () => [{ params: { table: undefined } }, ...columnsSections().map((s) => ({ params: { table: s.id } }))];

/**
 * 「データの列の説明」: `/data/columns/` lists every CSV table (and a chapter file's frontmatter) with its
 * column count; `/data/columns/<table>/` gives that table's columns (name, Japanese label, type,
 * required, meaning).
 */
export function columnsPage(table?: string): ColumnsPage {
  const labels = sitePageLabels.columns;
  const sections = columnsSections();
  if (table === undefined)
    return {
      layout: sitePageLayout(labels.title),
      labels,
      heading: labels.heading,
      tables: sections.map((s) => ({
        title: s.title,
        href: urls.columns(s.id),
        count: labels.columnCount(s.columns.length),
        description: s.description,
      })),
      section: null,
      contentsHref: null,
    };
  const section = sections.find((s) => s.id === table);
  if (!section) throw new Error(`unknown column dictionary page: ${table}`);
  return {
    layout: sitePageLayout(section.title, { parents: [{ label: labels.title, href: urls.columns() }] }),
    labels,
    heading: section.title,
    tables: [],
    section,
    contentsHref: urls.columns(),
  };
}
