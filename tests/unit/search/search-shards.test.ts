import { describe, expect, it } from 'vitest';
import { searchShards, shardOf, shardsToSearch } from '../../../src/lib/search/search-shards.ts';

const prefectures = [
  { name: '北海道', plans: 5 },
  { name: '青森県', plans: 2 },
  { name: '岩手県', plans: 3 },
  { name: '宮城県', plans: 1 },
];

describe('searchShards', () => {
  it('keeps the whole site in one part, pagefind/, while its plans fit', () => {
    expect(searchShards(prefectures, 11)).toEqual([{ path: 'pagefind/', prefectures: ['北海道', '青森県', '岩手県', '宮城県'] }]);
    expect(searchShards([], 11)).toEqual([{ path: 'pagefind/', prefectures: [] }]);
  });

  it('groups consecutive prefectures up to the number of plans, each part a sibling folder', () => {
    expect(searchShards(prefectures, 5)).toEqual([
      { path: 'pagefind/', prefectures: ['北海道'] },
      { path: 'pagefind-2/', prefectures: ['青森県', '岩手県'] },
      { path: 'pagefind-3/', prefectures: ['宮城県'] },
    ]);
  });

  it('never splits a prefecture: one with more plans than a part holds is a part of its own', () => {
    expect(searchShards(prefectures, 2).map((s) => s.prefectures)).toEqual([['北海道'], ['青森県'], ['岩手県'], ['宮城県']]);
  });

  it('refuses a number of plans that is not a positive whole number', () => {
    expect(() => searchShards(prefectures, 0)).toThrow('plansPerShard must be a positive integer, not 0');
    expect(() => searchShards(prefectures, 2.5)).toThrow('plansPerShard must be a positive integer, not 2.5');
  });
});

describe('shardOf and shardsToSearch', () => {
  const shards = searchShards(prefectures, 5);

  it("files a page under its prefecture's part, and a page of no prefecture (the site's own) under the first", () => {
    expect(shardOf(shards, '岩手県').path).toBe('pagefind-2/');
    expect(shardOf(shards, null).path).toBe('pagefind/');
    expect(shardOf(shards, '沖縄県').path).toBe('pagefind/');
  });

  it("reads only the prefecture's part for a search scoped to it, and every part, the first first, otherwise", () => {
    expect(shardsToSearch(shards, '宮城県').map((s) => s.path)).toEqual(['pagefind-3/']);
    expect(shardsToSearch(shards, undefined).map((s) => s.path)).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-3/']);
    expect(shardsToSearch(shards, '沖縄県').map((s) => s.path)).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-3/']);
  });
});
