import type { SiteContent } from '../content/types.ts';

/**
 * The latest last-change day of the given content files (YYYY-MM-DD, from the repository history read
 * at the edge, see src/io/content-dates.ts), or null when none is known. Never guessed.
 */
export function latestModified(site: Pick<SiteContent, 'contentDates'>, paths: readonly string[]): string | null {
  const dates = paths
    .map((path) => site.contentDates.get(path))
    .filter((d): d is string => d !== undefined)
    .sort();
  return dates.at(-1) ?? null;
}
