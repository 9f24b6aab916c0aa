/**
 * How many rows of a data table a page shows. Larger tables are published whole as downloads
 * (CSV, JSON) and previewed on the page, so one big dataset cannot make a page of a hundred
 * megabytes that no phone can open and the search index cannot take in.
 */
export const PREVIEW_ROWS = 100;

/** The rows a page shows, and whether (and how many) rows are left to the downloads. */
export function previewRows<T>(rows: readonly T[], limit = PREVIEW_ROWS): { shown: readonly T[]; total: number; truncated: boolean } {
  return { shown: rows.length > limit ? rows.slice(0, limit) : rows, total: rows.length, truncated: rows.length > limit };
}
