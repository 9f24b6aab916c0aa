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
import { shardsToSearch, type SearchShard } from '../lib/search/search-shards.ts';

interface PagefindResult {
  id: string;
  data(): Promise<PagefindPageData>;
}
interface Pagefind {
  init(): Promise<void>;
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
  mergeIndex(path: string, options: { baseUrl: string }): Promise<void>;
}

/**
 * How many of the pages Pagefind finds for the query are read and checked, best first (and half
 * as many for each other kana form). Pagefind finds generously (a word, or a shorter word it
 * starts with); the text decides. Each page read is one request: in the project's Chromium about
 * 7 ms each, so 40 reads alone took about 280 ms of a query; 20 keep every query of the quality set
 * (tests/e2e/search-queries.ts) in the top 3 and halve that. 10 would save another 100 ms at 1,741 plans,
 * but 「マイナンバーカード」 then misses Kitakami's chapter 2 in the top 3 (five browser tests fail).
 */
const PAGES_READ = 20;

const instances = new Map<string, Promise<Pagefind>>();
/**
 * Pagefind's script, index metadata and WebAssembly for the given parts of the index (folders under
 * the site, search-shards.ts), fetched once per set, on first use. The first part's script runs the
 * search and merges the others (they share its WebAssembly); a set of several parts gets an instance
 * of its own (the same script under a query), so that a search of one part never reads the others.
 */
export function loadPagefind(parts: readonly string[] = ['pagefind/']): Promise<Pagefind> {
  const key = parts.join(' ');
  const known = instances.get(key);
  if (known) return known;
  // Under a base path (BASE_PATH=/dx/) the index lives at /dx/pagefind/ and its page URLs need /dx/ too.
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const [host = 'pagefind/', ...merged] = parts;
  const loading = import(/* @vite-ignore */ `${base}${host}pagefind.js${merged.length > 0 ? '?merged' : ''}`).then(
    async (module: Pagefind) => {
      // On the page's own thread, not in Pagefind's Web Worker: the worker copies every result of a
      // search to the page and answers each page read by message, which cost more than the search
      // itself on a large site (1,741 plans, 「マイナンバーカード」 8,376 results: a warm query 509 →
      // 363 ms, a first one 1,323 → 972 ms). The search runs on Enter, so no typing waits for it.
      await module.options({ baseUrl: base, noWorker: true });
      await module.init();
      for (const part of merged) await module.mergeIndex(`${base}${part}`, { baseUrl: base });
      return module;
    },
  );
  instances.set(key, loading);
  return loading;
}

/**
 * The parts of the index a search reads: on a site whose index is in parts (`indexParts`, the JSON of
 * the search page's `data-index-parts`), the prefecture's part when the search is scoped to one, else
 * all of them; on any other site the one index.
 */
export function partsFor(indexParts: string | undefined, prefecture: string | undefined): string[] {
  if (!indexParts) return ['pagefind/'];
  return shardsToSearch(JSON.parse(indexParts) as SearchShard[], prefecture).map((shard) => shard.path);
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
 * The pages Pagefind finds for a query: as typed, then — only when that finds fewer pages than are
 * read — in its other kana and, with `apart`, its words apart (「オンライン手続」 → 「オンライン 手続」).
 * Each form is one more search of every part of the index (on a site of many plans, dozens of
 * requests), and the pages it adds would come after the typed query's anyway.
 */
async function pagesFor(
  pagefind: Pagefind,
  query: string,
  filters: Record<string, unknown>,
  apart: boolean,
): Promise<{ pages: FoundPage[]; more: boolean }> {
  const parts = scriptParts(query);
  const [typed = '', ...others] = [
    ...kanaVariants(query),
    ...(apart && parts.length > 1 && !query.trim().includes(' ') ? [parts.join(' ')] : []),
  ];
  const first = await pagefind.search(typed, { filters });
  const more = first.results.length >= PAGES_READ ? [] : await Promise.all(others.map((variant) => pagefind.search(variant, { filters })));
  const found = merge([first, ...more].map((search) => search.results));
  return {
    pages: await Promise.all(found.map(async (result) => toFoundPage(await result.data()))),
    more: first.results.length > PAGES_READ,
  };
}

/** Where the reader searches, besides the filters. */
export interface SearchContext {
  /** The plan the reader reads: the plan filtered to, else the front plan (rank-results.ts). */
  plan?: string;
  /** The synonym table's URL. */
  synonyms?: string;
  /** The parts of the index to read (partsFor); the one index by default. */
  parts?: readonly string[];
}

/** What a search found: the results, and whether Pagefind found more pages for the query than were read. */
export interface FoundHits {
  hits: (SearchHit | SynonymHit)[];
  /** More pages than PAGES_READ matched the query as typed: the list shows the best of them only. */
  more: boolean;
}

/**
 * The results for a query, within the given Pagefind filters (the plan and the type, named as in
 * the labels), with what the glossaries' synonyms of the query find after them (synonyms.ts).
 */
export async function findHits(query: string, filters: Record<string, unknown>, context: SearchContext = {}): Promise<FoundHits> {
  const pagefind = await loadPagefind(context.parts);
  const table = context.synonyms ? await loadSynonyms(context.synonyms) : [];
  const options = { plan: context.plan };
  const [own, ...bySynonym] = await Promise.all([
    pagesFor(pagefind, query, filters, true).then(({ pages, more }) => ({ hits: rankResults(pages, query, options), more })),
    // A synonym is searched as a whole, never cut into its words (無線ラン is not 無線 and ラン).
    ...synonymQueries(query, table).map(async ({ query: other, synonym }) =>
      rankResults((await pagesFor(pagefind, other, filters, false)).pages, other, { ...options, apart: false }).map((hit) => ({
        ...hit,
        synonym,
      })),
    ),
  ]);
  return { hits: withSynonymHits(own!.hits, bySynonym.flat()), more: own!.more };
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
  /** After the count, when more pages matched than the list shows (it shows the best of them). */
  morePages?: string;
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

/**
 * Shows the results in the list and says in the live region how many, in which plan ('' = all), and
 * — when more pages matched than were read — that the list holds the best of them only.
 */
export function showHits(
  list: HTMLElement,
  status: HTMLElement,
  { hits, more }: FoundHits,
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
    (more && hits.length > 0 ? fill(messages.morePages, values) : '') +
    (synonyms.length > 0
      ? fill(messages.synonymsSearched, { synonyms: synonyms.map((synonym) => fill(messages.synonymName, { synonym })).join('') })
      : '');
}
