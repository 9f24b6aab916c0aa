import { parseCsv } from '../csv/parse-csv.ts';
import { normaliseBasePath } from '../base-path.ts';
import { PLANS_PER_SHARD } from '../search/search-shards.ts';

export { normaliseBasePath };

/** Deployment settings needed before anything is built: where the site lives and what it publishes. */
export interface SiteSettings {
  /** Public origin without a path, e.g. `https://www.city.example.lg.jp`; null when not configured. */
  siteUrl: string | null;
  /** Path the site lives under, always starting and ending with `/` (default `/`). */
  basePath: string;
  /** Plan ids to publish, in the order given; null = every plan. */
  plans: string[] | null;
  /**
   * The day the public history starts (site.csv `history_start`, YYYY-MM-DD); changes before it are
   * shown as one first publication on that day. Null: the history starts at the first recorded change.
   */
  historyStart: string | null;
  /**
   * How many plans each part of the search index holds at most (SEARCH_PLANS_PER_SHARD; default
   * PLANS_PER_SHARD, search-shards.ts): a machine with less memory for the build sets fewer. The raw
   * text when it is not a positive whole number (checkSiteSettings reports it).
   */
  searchPlansPerShard: number | string;
  /** Where each setting came from, for messages (`content/site.csv` or the variable's name). */
  sources: { siteUrl: string; basePath: string; plans: string };
  /** 1-based column of each column of content/site.csv, for messages. */
  columns: Record<string, number>;
}

/** The environment variables a deployment pipeline may set (they win over content/site.csv). */
export interface SiteEnvironment {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
  SITE_PLANS?: string | undefined;
  SEARCH_PLANS_PER_SHARD?: string | undefined;
}

/** The one-row `content/site.csv` as raw cells by column name (blank when absent). */
export function siteConfigCells(text: string | undefined): { cells: Record<string, string>; columns: Record<string, number> } {
  if (text === undefined) return { cells: {}, columns: {} };
  const { header, rows } = parseCsv(text);
  const first = rows[0];
  const columns = Object.fromEntries(header.map((name, i) => [name, i + 1]));
  return { cells: first ? Object.fromEntries(header.map((name, i) => [name, (first.cells[i] ?? '').trim()])) : {}, columns };
}

/**
 * The deployment settings from `content/site.csv` and the environment (SITE_URL, BASE_PATH,
 * SITE_PLANS win). Read before Astro starts (astro.config.mjs needs `site` and `base`); the values
 * are checked with located messages by the content validation.
 */
export function siteSettings(configText: string | undefined, env: SiteEnvironment): SiteSettings {
  const { cells, columns } = siteConfigCells(configText);
  const pick = (variable: keyof SiteEnvironment, column: string): [string, string] => {
    const fromEnv = env[variable]?.trim();
    return fromEnv ? [fromEnv, variable] : [cells[column] ?? '', 'content/site.csv'];
  };
  const [siteUrl, siteUrlSource] = pick('SITE_URL', 'site_url');
  const [basePath, basePathSource] = pick('BASE_PATH', 'base_path');
  const [plans, plansSource] = pick('SITE_PLANS', 'plans');
  const planIds = plans
    .split(/[,，｜|]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    siteUrl: siteUrl === '' ? null : siteUrl.replace(/\/+$/, ''),
    basePath: normaliseBasePath(basePath),
    plans: planIds.length > 0 ? planIds : null,
    // Checked as a date (YYYY-MM-DD) with a located message by the validation of site.csv.
    historyStart: /^\d{4}-\d{2}-\d{2}$/.test(cells.history_start ?? '') ? cells.history_start! : null,
    searchPlansPerShard: plansPerShard(env.SEARCH_PLANS_PER_SHARD),
    sources: { siteUrl: siteUrlSource, basePath: basePathSource, plans: plansSource },
    columns,
  };
}

/** SEARCH_PLANS_PER_SHARD as a number: the default when unset, the raw text when it is not a positive whole number. */
function plansPerShard(text: string | undefined): number | string {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return PLANS_PER_SHARD;
  return /^[1-9]\d{0,5}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * Where a setting came from, as a message location: its cell in content/site.csv (row 2), or the
 * environment variable that overrode it (no line).
 */
export function settingLocation(
  settings: SiteSettings,
  source: string,
  field: string,
): { file: string; line: number; column: number; field?: string } {
  return source === 'content/site.csv'
    ? { file: source, line: 2, column: settings.columns[field] ?? 1, field }
    : { file: `環境変数 ${source}`, line: 0, column: 0 };
}
