/**
 * The search's own words that the search script also needs in the browser: the index's content
 * types, the separators set between a table's cells and rows in the index's text, and a glossary
 * result's line. Kept apart from `chrome.ts` (and importing nothing) so the script bundles only these.
 */
export const searchLabels = {
  /** The search index's types (the values of `SEARCH_TYPES`, src/lib/search/search-types.ts), by what they file. */
  types: { plan: '計画', chapter: '章', measure: '施策', indicator: '指標', term: '用語', data: 'データ' },
  /** Between two cells of a row, in the index's text only (never in the served page): not punctuation, so a match never runs across. */
  cellSeparator: ' ｜ ',
  /** Between two rows of a table, in the index's text only. */
  rowSeparator: ' ／ ',
  /** A glossary entry's names as its search result lists them. */
  termNames: (names: readonly string[]) => names.join('、'),
  /** A glossary entry as a search result shows it: its names, then its definition. */
  termLine: (names: string, definition: string) => `${names}：${definition}`,
} as const;
