/** The narrow-screen layouts of a data table (see src/components/DataTable.astro). */
export type TableLayout = 'stack' | 'scroll';

/** Cells this long or shorter are "short values" (a number, a mark, a place name). */
export const SHORT_CELL_CHARS = 20;

/**
 * The layout for a table of the document's own data: a grid of short values (every cell at most
 * `SHORT_CELL_CHARS` characters, e.g. a list of access points) keeps its grid and scrolls; a table
 * whose rows hold sentences stacks, so the sentences read at the full width of the screen.
 */
export function layoutForCells(rows: readonly (readonly string[])[]): TableLayout {
  return rows.every((row) => row.every((cell) => [...cell].length <= SHORT_CELL_CHARS)) ? 'scroll' : 'stack';
}
