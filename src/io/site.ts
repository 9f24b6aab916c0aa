import { contentDirectory } from './read-content-files.ts';
import { validatedFolder } from './validated-content.ts';
import { ContentValidationError } from '../lib/validate/content-error.ts';
import type { SiteContent } from '../lib/content/types.ts';
import { COLLECTIONS, siteFromEntries, type CollectionName, type SiteEntries } from '../lib/content/collection-entries.ts';
import { readContentDates } from './content-dates.ts';

let cached: SiteContent | undefined;

/**
 * The validated content of the site read straight from `content/` under the working directory (or
 * DX_CONTENT_DIR), once per process, for code that runs outside Astro's runtime: the build
 * integrations (search index, sitemap), scripts and tests. Pages read `loadSite()`. Throws a
 * `ContentValidationError` listing every problem when the content is invalid.
 */
export function getSite(): SiteContent {
  if (cached) return cached;
  const dir = contentDirectory(process.cwd());
  const { site, errors } = validatedFolder(dir).result;
  if (!site) throw new ContentValidationError(errors);
  cached = { ...site, contentDates: readContentDates(dir) };
  return cached;
}

let assembled: { version: string; site: SiteContent } | undefined;

/**
 * The validated site for routes (`getStaticPaths` and frontmatter): the one way a page reads the
 * content. It reads Astro's content collections (`src/content.config.ts`, filled by the content
 * loader) and puts them together as one `SiteContent`, once per content version (every page of a
 * build shares it; a save in the dev server makes a new version). When the content did not
 * validate (dev server), throws the `ContentValidationError` with the whole list, which the error
 * overlay shows.
 */
export async function loadSite(): Promise<SiteContent> {
  const { getCollection, getEntry } = await import('astro:content');
  const status = (await getEntry('status', 'content'))?.data;
  if (!status) throw new Error('The content collections are empty: the content loader has not run (src/content.config.ts)');
  if (status.problems.length > 0) throw new ContentValidationError(status.problems);
  if (assembled && assembled.version === status.version) return assembled.site;
  const lists = await Promise.all(
    COLLECTIONS.map(async (name: CollectionName) => [name, (status.sizes[name] ?? 0) > 0 ? await getCollection(name) : []] as const),
  );
  const site = siteFromEntries(Object.fromEntries(lists) as unknown as SiteEntries);
  assembled = { version: status.version, site };
  return site;
}
