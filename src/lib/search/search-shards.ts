/**
 * The search index in parts ("shards"), for a site of many plans. Pagefind holds the whole index in
 * memory while it writes it (about 0.5 MB an indexed page at its peak: 17.7 GB and growing for 1,741
 * plans), so a site of
 * many plans is indexed a group of prefectures at a time, each group its own Pagefind bundle:
 * `pagefind/` (the first group and every page of no prefecture: the site's own pages), then
 * `pagefind-2/`, `pagefind-3/` … (siblings: Pagefind will not merge a bundle below the first).
 *
 * A search scoped to a prefecture (or one of its plans) reads only its group's bundle; a search of
 * every plan reads them all, merged in the browser (Pagefind's `mergeIndex`). A site of up to
 * `plansPerShard` plans has one bundle, `pagefind/`, as before.
 */

/**
 * Plans per part of the index by default: about 6,000 indexed pages, for which Pagefind peaks near
 * 3 GB (measured at 1,741 plans: 5,240 pages in 43 s). Larger parts make a search of every plan faster
 * (each part costs its own requests per query word: 4 parts of 500 plans answered a warm query in
 * 355 ms, 8 of 250 in 455 ms) but a search in one prefecture slower (285 against 250 ms: its part is
 * larger), and the build slower (Pagefind's time per page grows with the part: 8.2 ms at 5,240 pages,
 * 10.3 ms at 10,530; the whole build took 1,021 s against 979 s) and hungrier (5.0 GB at 10,530
 * pages). A search from a plan's page keeps to its prefecture, so the default favours that.
 */
export const PLANS_PER_SHARD = 250;

/** One prefecture as the index is split: its name (the search filter's value) and how many plans it has. */
export interface ShardPrefecture {
  name: string;
  plans: number;
}

/** One part of the search index. */
export interface SearchShard {
  /** The bundle's folder under the site's root, with a trailing slash: `pagefind/`, `pagefind-2/` … */
  path: string;
  /** The prefectures (names, as the `都道府県` filter files them) whose plans' pages it holds. */
  prefectures: string[];
}

/** The folder of the n-th part (1-based). */
const shardPath = (n: number) => (n === 1 ? 'pagefind/' : `pagefind-${n}/`);

/**
 * The parts of the index: consecutive prefectures (in code order) together while they have at most
 * `plansPerShard` plans; a prefecture with more is a part of its own (never split, so that a search
 * in it reads one bundle).
 */
export function searchShards(prefectures: readonly ShardPrefecture[], plansPerShard: number = PLANS_PER_SHARD): SearchShard[] {
  if (!Number.isInteger(plansPerShard) || plansPerShard < 1)
    throw new Error(`plansPerShard must be a positive integer, not ${plansPerShard}`);
  const groups: ShardPrefecture[][] = [];
  let current: ShardPrefecture[] = [];
  let plans = 0;
  for (const prefecture of prefectures) {
    if (current.length > 0 && plans + prefecture.plans > plansPerShard) {
      groups.push(current);
      current = [];
      plans = 0;
    }
    current.push(prefecture);
    plans += prefecture.plans;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return groups.map((group, i) => ({ path: shardPath(i + 1), prefectures: group.map((p) => p.name) }));
}

/**
 * The part that holds a page filed under `prefecture` (the `都道府県` filter's value); a page of no
 * prefecture (the site's own pages) is in the first.
 */
export function shardOf(shards: readonly SearchShard[], prefecture: string | null): SearchShard {
  return (prefecture === null ? undefined : shards.find((shard) => shard.prefectures.includes(prefecture))) ?? shards[0]!;
}

/**
 * The parts a search reads: the prefecture's part when the search is scoped to a prefecture (its
 * name), else every part (the first first: its Pagefind script runs the search and merges the others).
 */
export function shardsToSearch(shards: readonly SearchShard[], prefecture: string | undefined): SearchShard[] {
  if (prefecture) {
    const scoped = shards.find((shard) => shard.prefectures.includes(prefecture));
    if (scoped) return [scoped];
  }
  return [...shards];
}
