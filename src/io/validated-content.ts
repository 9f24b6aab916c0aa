import { validateContent, type ContentResult } from '../lib/content/validate-content.ts';
import { contentStamp, readContentFiles } from './read-content-files.ts';

/** What the content is read with besides its files: the deployment's variables. */
const VARIABLES = ['SITE_URL', 'BASE_PATH', 'SITE_PLANS', 'SEARCH_PLANS_PER_SHARD'] as const;

/** One validation of the content folder, with the state of the folder and variables it was made from. */
export interface ValidatedFolder {
  stamp: string;
  result: ContentResult;
  /** The folder and variables alone (without the files' state), to re-use a validation without walking the folder. */
  source: string;
}

/**
 * Astro loads the configuration (the content gate, src/integrations/content-gate.ts) and the content
 * loader (src/loaders/content-loader.ts) as separate module graphs of one process, so a cache in a
 * module would be two caches: this one lives on `globalThis`, and the folder is validated once per
 * build instead of twice (over a minute at 1,741 plans).
 */
const CACHE = Symbol.for('dx-plan.validated-content');
type CacheHolder = { [CACHE]?: ValidatedFolder };

/**
 * The content folder validated (readContentFiles → validateContent with the deployment's variables),
 * once per state of the folder: file paths, sizes and modification times, and the variables. A save
 * in the dev server changes the stamp, so the folder is validated again. `recheck: false` (a build,
 * where nothing saves) re-uses the last validation of the same folder without looking at its files.
 */
export function validatedFolder(
  contentDir: string,
  env: NodeJS.ProcessEnv = process.env,
  options: { recheck?: boolean } = {},
): ValidatedFolder {
  const source = `${contentDir}\n${VARIABLES.map((name) => `${name}=${env[name] ?? ''}`).join('\n')}`;
  const holder = globalThis as CacheHolder;
  const cached = holder[CACHE];
  // In a build the folder does not change: walking 35,000 files for every collection cost 5 s at 1,741 plans.
  if (options.recheck === false && cached?.source === source) return cached;
  const stamp = `${contentStamp(contentDir)}\n${source}`;
  if (cached?.stamp === stamp) return cached;
  const validated = { stamp, source, result: validateContent(readContentFiles(contentDir), 'content', env) };
  holder[CACHE] = validated;
  return validated;
}
