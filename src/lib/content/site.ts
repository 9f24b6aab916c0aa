import { contentDirectory, readContentFiles } from './read-content-files.ts';
import { validateContent } from './validate-content.ts';
import { ContentValidationError } from '../validate/content-error.ts';
import type { SiteContent } from './types.ts';

let cached: SiteContent | undefined;

/**
 * The validated content of the site, read from `content/` under the working directory.
 * Throws a `ContentValidationError` listing every problem when the content is invalid.
 * Cached for a build; `fresh` re-reads (the dev server passes it so edits show at once).
 */
export function getSite(options: { fresh?: boolean } = {}): SiteContent {
  if (cached && !options.fresh) return cached;
  const { site, errors } = validateContent(readContentFiles(contentDirectory(process.cwd())));
  if (!site) throw new ContentValidationError(errors);
  cached = site;
  return site;
}
