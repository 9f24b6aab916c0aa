/**
 * The content loader: every collection of `src/content.config.ts` is filled from one run of our
 * validator over the whole content folder (`readContentFiles` → `validateContent`), shared by all
 * collections of a load and re-used until a file of the folder changes. In the dev server the
 * content layer's watcher runs it again when a file under content/ is saved; the data store then
 * clears Astro's route cache and tells the open pages to reload.
 */
import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { contentDirectory } from '../io/read-content-files.ts';
import { readContentDates } from '../io/content-dates.ts';
import { validatedFolder } from '../io/validated-content.ts';
import { problemEntries, siteEntries, type CollectionName, type SiteEntries, type StoredEntry } from '../lib/content/collection-entries.ts';
import { ContentValidationError, formatContentErrors, type ContentError } from '../lib/validate/content-error.ts';

/** One validation of the content folder: its entries, or its problems (then `entries` holds only them). */
interface Validated {
  stamp: string;
  entries: SiteEntries;
  problems: readonly ContentError[];
}

let last: Validated | undefined;

/**
 * The content folder validated, once per state of the folder (file paths, sizes and modification
 * times, and the deployment's variables): the collections of one load share the run. Synchronous,
 * so that after a save every collection is rewritten from the same run before a page can read any.
 */
export function validatedContent(contentDir: string, digest: (text: string) => string, recheck = true): Validated {
  const { stamp, result } = validatedFolder(contentDir, process.env, { recheck });
  if (last?.stamp === stamp) return last;
  const { site, errors } = result;
  last = site
    ? { stamp, entries: siteEntries({ ...site, contentDates: readContentDates(contentDir) }, digest(stamp)), problems: [] }
    : { stamp, entries: problemEntries(errors, digest(stamp)), problems: errors };
  return last;
}

/** Makes a collection's store hold exactly these entries; unchanged entries are left alone (same digest). */
export function storeEntries(store: DataStore, entries: readonly StoredEntry<unknown>[], digest: LoaderContext['generateDigest']): void {
  const ids = new Set(entries.map((e) => e.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  for (const { id, data } of entries) {
    const record = data as Record<string, unknown>;
    store.set({ id, data: record, digest: digest(record) });
  }
}

/** The latest load context of each collection: where a save in the dev server is stored. */
const contexts = new Map<CollectionName, LoaderContext>();

/** Fills a collection's store from the content folder's validation; a build stops on problems. */
function fill(context: LoaderContext, collection: CollectionName, contentDir: string, recheck: boolean): readonly ContentError[] {
  const { entries, problems } = validatedContent(contentDir, context.generateDigest, recheck);
  if (problems.length > 0 && !context.watcher) throw new ContentValidationError(problems);
  storeEntries(context.store, entries[collection], context.generateDigest);
  return problems;
}

/**
 * The loader of one collection. A build (or `astro sync`) stops with one `ContentValidationError`
 * whose message is the whole located list; the dev server keeps running, stores the list in the
 * `status` collection (`loadSite()` throws it, so the error overlay shows it) and loads again when
 * a content file is saved: one watcher listener (the `status` collection's) validates once and
 * refills every collection, synchronously, so that no page reads half of a change.
 */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: 'dx-plan-content',
    load: async (context) => {
      const contentDir = resolve(contentDirectory(fileURLToPath(context.config.root)));
      contexts.set(collection, context);
      // At start-up the content gate has printed the problems already.
      // A build re-uses the content gate's validation without walking the folder again; the dev server looks.
      fill(context, collection, contentDir, context.watcher !== undefined);
      const { watcher } = context;
      if (!watcher || collection !== 'status') return;
      // The folder may lie outside the project (DX_CONTENT_DIR), where Vite does not watch.
      watcher.add(contentDir);
      watcher.on('all', (_event, path) => {
        const changed = resolve(path);
        if (changed !== contentDir && !changed.startsWith(contentDir + sep)) return;
        let problems: readonly ContentError[] = [];
        let first = true;
        for (const [name, latest] of contexts) {
          problems = fill(latest, name, contentDir, first);
          first = false;
        }
        if (problems.length > 0) context.logger.error(`\n${formatContentErrors(problems, 'ページを表示できません。')}`);
        else context.logger.info('content OK');
      });
    },
  };
}
