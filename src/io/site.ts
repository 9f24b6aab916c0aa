import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDirectory, readContentFiles } from './read-content-files.ts';
import { validateContent } from '../lib/content/validate-content.ts';
import { ContentValidationError } from '../lib/validate/content-error.ts';
import type { SiteContent } from '../lib/content/types.ts';
import { readContentDates } from './content-dates.ts';

let cached: { stamp: string; site: SiteContent } | undefined;

/**
 * A cheap fingerprint of the content folder: every file's path, size and modification time. The dev
 * server compares it on each request, so a saved CSV or chapter is validated again and shows on the
 * next page load (the integration reloads open pages when a content file changes).
 */
function contentStamp(dir: string): string {
  const parts: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  walk(dir);
  return parts.join('\n');
}

/**
 * The validated content of the site, read from `content/` under the working directory (or
 * DX_CONTENT_DIR). Throws a `ContentValidationError` listing every problem when the content is
 * invalid — in the dev server that list is the error overlay, and it goes away once the files are
 * fixed. A build reads the content once; the dev server reads it again whenever a file changed.
 */
export function getSite(): SiteContent {
  const dir = contentDirectory(process.cwd());
  const stamp = import.meta.env?.DEV ? contentStamp(dir) : 'build';
  if (cached && cached.stamp === stamp) return cached.site;
  const { site, errors } = validateContent(readContentFiles(dir), 'content', process.env);
  if (!site) throw new ContentValidationError(errors);
  const withDates = { ...site, contentDates: readContentDates(dir) };
  cached = { stamp, site: withDates };
  return withDates;
}

/**
 * The validated site for routes (`getStaticPaths` and frontmatter): the one way a page reads the
 * content. Asynchronous because it reads Astro's content collections (see `src/content.config.ts`).
 */
export async function loadSite(): Promise<SiteContent> {
  return getSite();
}
