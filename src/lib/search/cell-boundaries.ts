/**
 * Table cells as the search index reads them. Pagefind joins a table's cells into one run of
 * text (it ends a `<td>` with a full stop only after a letter, and a `<th>` not at all), so an
 * excerpt read 「年度種類値注記固定リンク」. The index is given each page with a separator at the
 * start of every cell after the first of its row (CELL_SEPARATOR) and of every row after the first
 * of its table (ROW_SEPARATOR); the page a reader opens is not changed, so neither a sighted
 * reader nor a screen reader meets the separators.
 */
import { searchLabels } from '../labels/search.ts';

/** Between two cells of a row: not punctuation, so a match never runs from one cell into the next. */
export const CELL_SEPARATOR = searchLabels.cellSeparator;
/** Between two rows of a table. */
export const ROW_SEPARATOR = searchLabels.rowSeparator;

/** An opening tag of a table, row or cell; attribute values may hold `>`. */
const TABLE_TAG = /<(table|tr|td|th)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/**
 * The page's HTML with the separators written right after the opening tag of each cell (see the
 * module comment): the first cell of a table's first row gets none, the first cell of a later row
 * ROW_SEPARATOR, any other cell CELL_SEPARATOR. Everything else is left byte for byte.
 */
export function markCellBoundaries(html: string): string {
  let row = 0;
  let cell = 0;
  return html.replace(TABLE_TAG, (tag: string, name: string) => {
    switch (name.toLowerCase()) {
      case 'table':
        row = 0;
        cell = 0;
        return tag;
      case 'tr':
        row += 1;
        cell = 0;
        return tag;
      default:
        cell += 1;
        if (cell > 1) return tag + CELL_SEPARATOR;
        return row > 1 ? tag + ROW_SEPARATOR : tag;
    }
  });
}
