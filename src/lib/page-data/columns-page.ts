import type { ColumnSpec } from '../../schemas/column-spec.ts';
import { chapterFields } from '../../schemas/chapter.ts';
import { allTables } from '../../schemas/index.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { sitePageLayout, type PageLayout } from './page-shell.ts';

/** One table's column dictionary. */
export interface ColumnsSection {
  /** The section's id: the table's machine name (`observations`), or `chapter`. */
  id: string;
  title: string;
  description: string;
  caption: string;
  columns: readonly ColumnSpec[];
}

/** 「データの列の説明」. */
export interface ColumnsPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.columns;
  sections: ColumnsSection[];
}

/** 「データの列の説明」 (`/data/columns/`): every CSV table's columns and a chapter file's frontmatter, from the same specs that validate them. */
export function columnsPage(): ColumnsPage {
  const labels = sitePageLabels.columns;
  const sections = [
    ...allTables.map((t) => ({ id: t.name, title: labels.tableTitle(t.title, t.file), description: t.description, columns: t.columns })),
    { id: 'chapter', title: labels.chapterTitle, description: labels.chapterDescription, columns: chapterFields },
  ];
  return { layout: sitePageLayout(labels.title), labels, sections: sections.map((s) => ({ ...s, caption: labels.caption(s.title) })) };
}
