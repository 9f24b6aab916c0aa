/**
 * The search itself, loaded when the reader first focuses the box or arrives with a query:
 * Pagefind, the ranking (src/lib/search/rank-results.ts) and the list of results. Kept out of
 * dx-search.ts so that the search page ships only its small form handler before the first query.
 */
import { kanaVariants, normalizeQuery } from '../lib/search/normalize-query.ts';
import {
  MATCH,
  rankResults,
  scriptParts,
  withSynonymHits,
  type FoundPage,
  type SearchHit,
  type SynonymHit,
} from '../lib/search/rank-results.ts';
import { toFoundPage, type PagefindPageData } from '../lib/search/pagefind-data.ts';
import { synonymQueries, type SynonymTable } from '../lib/search/synonyms.ts';

interface PagefindResult {
  id: string;
  data(): Promise<PagefindPageData>;
}
interface Pagefind {
  init(): Promise<void>;
  options(options: { baseUrl?: string }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}

/**
 * How many of the pages Pagefind finds for the query are read and checked, best first (and half
 * as many for each other kana form). Pagefind finds generously (a word, or a shorter word it
 * starts with); the text decides.
 */
const PAGES_READ = 40;

let loading: Promise<Pagefind> | undefined;
/** Pagefind's script, index metadata and WebAssembly: fetched once, on first use. */
export function loadPagefind(): Promise<Pagefind> {
  // Under a base path (BASE_PATH=/dx/) the index lives at /dx/pagefind/ and its page URLs need /dx/ too.
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: base });
    await module.init();
    return module;
  });
  return loading;
}

/**
 * The pages found for the query as typed, best first, then those found only for its other kana
 * forms (scores of different queries do not compare).
 */
function merge([typed = [], ...others]: PagefindResult[][]): PagefindResult[] {
  const merged = new Map(typed.slice(0, PAGES_READ).map((result) => [result.id, result]));
  for (const result of others.flatMap((list) => list.slice(0, PAGES_READ / 2))) if (!merged.has(result.id)) merged.set(result.id, result);
  return [...merged.values()];
}

let synonymsLoading: Promise<SynonymTable> | undefined;
/** The synonym table (fetched once); without it, search goes on with the query alone. */
function loadSynonyms(url: string): Promise<SynonymTable> {
  synonymsLoading ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<SynonymTable>) : []))
    .catch(() => []);
  return synonymsLoading;
}

/**
 * The pages Pagefind finds for a query: as typed and in its other kana, and with `apart`, its
 * words apart (「オンライン手続」 → 「オンライン 手続」).
 */
async function pagesFor(pagefind: Pagefind, query: string, filters: Record<string, unknown>, apart: boolean): Promise<FoundPage[]> {
  const parts = scriptParts(query);
  const queries = [...kanaVariants(query), ...(apart && parts.length > 1 && !query.trim().includes(' ') ? [parts.join(' ')] : [])];
  const searches = await Promise.all(queries.map((variant) => pagefind.search(variant, { filters })));
  const found = merge(searches.map((search) => search.results));
  return Promise.all(found.map(async (result) => toFoundPage(await result.data())));
}

/** Where the reader searches, besides the filters. */
export interface SearchContext {
  /** The plan the reader reads: the plan filtered to, else the front plan (rank-results.ts). */
  plan?: string;
  /** The synonym table's URL. */
  synonyms?: string;
}

/**
 * The results for a query, within the given Pagefind filters (the plan and the type, named as in
 * the labels), with what the glossaries' synonyms of the query find after them (synonyms.ts).
 */
export async function findHits(
  query: string,
  filters: Record<string, unknown>,
  context: SearchContext = {},
): Promise<(SearchHit | SynonymHit)[]> {
  const pagefind = await loadPagefind();
  const table = context.synonyms ? await loadSynonyms(context.synonyms) : [];
  const options = { plan: context.plan };
  const [own, ...bySynonym] = await Promise.all([
    pagesFor(pagefind, query, filters, true).then((pages) => rankResults(pages, query, options)),
    // A synonym is searched as a whole, never cut into its words (無線ラン is not 無線 and ラン).
    ...synonymQueries(query, table).map(async ({ query: other, synonym }) =>
      rankResults(await pagesFor(pagefind, other, filters, false), other, { ...options, apart: false }).map((hit) => ({ ...hit, synonym })),
    ),
  ]);
  return withSynonymHits(own!, bySynonym.flat());
}

/** A link that lands on the section and asks the browser to highlight the match (a text fragment). */
const withHighlight = (hit: SearchHit) =>
  hit.highlight ? `${hit.url}${hit.url.includes('#') ? '' : '#'}:~:text=${encodeURIComponent(hit.highlight)}` : hit.url;

/** The words the script prints, rendered from the labels on <dx-search> (`{plan}`, `{query}`, `{count}`, `{section}` are filled in). */
export interface SearchMessages {
  countInPlan?: string;
  count?: string;
  allWordsInPlan?: string;
  allWords?: string;
  noneInPlan?: string;
  none?: string;
  /** How a result's section is quoted. */
  section?: string;
  /** Between a result's type, plan and section. */
  separator?: string;
  /** When synonyms found results: `{synonyms}` are the synonyms, each in 「」. */
  synonymsSearched?: string;
  /** In the meta line of a result found through a synonym (`{synonym}`). */
  synonymHit?: string;
  /** One synonym as the sentence above the results quotes it (`{synonym}`). */
  synonymName?: string;
}

/** A message with its `{name}` slots filled in. */
const fill = (template: string | undefined, values: Record<string, string>) =>
  (template ?? '').replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

/** One result: the heading as a link, what and where it is, and the excerpt with the matches marked. */
function resultItem(hit: SearchHit | SynonymHit, messages: SearchMessages): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'dx-search__result';
  const link = document.createElement('a');
  link.href = withHighlight(hit);
  link.textContent = hit.title;
  const meta = document.createElement('p');
  meta.className = 'dx-meta';
  meta.textContent = [
    hit.type,
    hit.plan,
    hit.section && fill(messages.section, { section: hit.section }),
    'synonym' in hit && fill(messages.synonymHit, { synonym: hit.synonym }),
  ]
    .filter(Boolean)
    .join(messages.separator ?? '');
  const excerpt = document.createElement('p');
  excerpt.append(
    ...hit.excerpt.map((part) => {
      if (!part.mark) return document.createTextNode(part.text);
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }),
  );
  item.append(link, meta, excerpt);
  return item;
}

/** Shows the results in the list and says in the live region how many, and in which plan ('' = all). */
export function showHits(
  list: HTMLElement,
  status: HTMLElement,
  hits: readonly (SearchHit | SynonymHit)[],
  rawQuery: string,
  plan: string,
  messages: SearchMessages,
): void {
  const values: Record<string, string> = { plan, query: normalizeQuery(rawQuery), count: String(hits.length) };
  list.replaceChildren(...hits.map((hit) => resultItem(hit, messages)));
  const apart = hits.length > 0 && hits.every((hit) => hit.rank === MATCH.words);
  const message = apart
    ? plan
      ? messages.allWordsInPlan
      : messages.allWords
    : hits.length > 0
      ? plan
        ? messages.countInPlan
        : messages.count
      : plan
        ? messages.noneInPlan
        : messages.none;
  const synonyms = [...new Set(hits.flatMap((hit) => ('synonym' in hit ? [hit.synonym] : [])))];
  status.textContent =
    fill(message, values) +
    (synonyms.length > 0
      ? fill(messages.synonymsSearched, { synonyms: synonyms.map((synonym) => fill(messages.synonymName, { synonym })).join('') })
      : '');
}
