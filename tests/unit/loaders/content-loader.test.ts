/**
 * The content loader run as Astro's content layer runs it (one `load` per collection, a data store
 * that serialises its entries with devalue, the dev server's watcher), and `loadSite()` reading the
 * stores back through a stand-in for `astro:content`.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as devalue from 'devalue';
import { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { contentLoader, validatedContent } from '../../../src/loaders/content-loader.ts';
import { collectionSchemas, type ReferenceSchema } from '../../../src/loaders/collection-schemas.ts';
import { COLLECTIONS, type CollectionName } from '../../../src/lib/content/collection-entries.ts';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { readContentDates } from '../../../src/io/content-dates.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { ContentValidationError } from '../../../src/lib/validate/content-error.ts';

const projectRoot = join(import.meta.dirname, '../../..');
const fixtures = join(projectRoot, 'tests/fixtures');
const fixture = join(fixtures, 'base/content');

/** Each collection's stored entries (id → data), as the data store holds them after a save. */
const stores = vi.hoisted(() => new Map<string, Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>>());

vi.mock('astro:content', () => ({
  getCollection: async (collection: string) =>
    [...(stores.get(collection)?.values() ?? [])].map((e) => ({ id: e.id, collection, data: e.data })),
  getEntry: async (collection: string, id: string) => {
    const entry = stores.get(collection)?.get(id);
    return entry && { id, collection, data: entry.data };
  },
}));

/** A data store like Astro's: entries are kept serialised and read back (devalue), unchanged digests skip. */
function dataStore(collection: string): DataStore {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>();
  stores.set(collection, entries);
  return {
    get: (id) => entries.get(id) as never,
    entries: () => [...entries] as never,
    values: () => [...entries.values()] as never,
    keys: () => [...entries.keys()],
    has: (id) => entries.has(id),
    delete: (id) => void entries.delete(id),
    clear: () => entries.clear(),
    addModuleImport: () => undefined,
    set: (entry) => {
      if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, devalue.parse(devalue.stringify({ id: entry.id, data: entry.data, digest: entry.digest })));
      return true;
    },
  };
}

/** The dev server's file watcher, reduced to what the loader uses. */
class Watcher extends EventEmitter {
  added: string[] = [];
  add(path: string) {
    this.added.push(path);
    return this;
  }
}

const logged: string[] = [];
const digest = (data: Record<string, unknown> | string) =>
  createHash('sha256')
    .update(typeof data === 'string' ? data : JSON.stringify(data))
    .digest('hex');

/** Runs every collection's loader once, as a sync of the content layer does (all at once). */
async function loadAll(watcher?: Watcher): Promise<void> {
  await Promise.all(
    COLLECTIONS.map((collection: CollectionName) => {
      const context = {
        collection,
        store: dataStore(collection),
        meta: { get: () => undefined, set: () => undefined, has: () => false, delete: () => undefined },
        logger: { error: (m: string) => logged.push(m), info: () => undefined, warn: () => undefined, debug: () => undefined },
        config: { root: pathToFileURL(`${projectRoot}/`) },
        generateDigest: digest,
        ...(watcher ? { watcher } : {}),
      } as unknown as LoaderContext;
      return contentLoader(collection).load(context);
    }),
  );
}

/** A writable copy of the fixture, with a rule fixture's broken files laid over it when given. */
function copyOfFixture(rule?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dx-loader-'));
  cpSync(fixture, dir, { recursive: true });
  if (rule) cpSync(join(fixtures, 'rules', rule, 'content'), dir, { recursive: true });
  return dir;
}

/** The whole located list, as the build prints it and the overlay shows it. */
const expectedList = (rule: string) => {
  const lines = readFileSync(join(fixtures, 'rules', rule, 'expected.txt'), 'utf8')
    .trimEnd()
    .split('\n');
  return [`コンテンツに ${lines.length} 件の問題があります。ページを表示できません。`, ...lines.map((l) => `  ${l}`)].join('\n');
};

beforeEach(() => {
  stores.clear();
  logged.length = 0;
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the content loader', () => {
  it('stores one entry per plan, chapter and row of the content folder (DX_CONTENT_DIR), with ids <plan>/<key>', async () => {
    vi.stubEnv('DX_CONTENT_DIR', fixture);
    await loadAll();
    const { site } = validateContent(readContentFiles(fixture));
    expect([...stores.get('plans')!.keys()]).toEqual(site!.plans.map((p) => p.plan.id));
    expect([...stores.get('goals')!.keys()]).toEqual(site!.plans.flatMap((p) => p.goals.map((g) => `${p.plan.id}/${g.id}`)));
    expect([...stores.get('chapters')!.keys()]).toEqual(site!.plans.flatMap((p) => p.chapters.map((c) => `${p.plan.id}/${c.id}`)));
    expect(stores.get('observations')!.size).toBe(site!.plans.reduce((n, p) => n + p.observations.length, 0));
    expect(stores.get('goals')!.get('sample-2026/g1')!.data).toMatchObject({
      id: 'g1',
      plan: { collection: 'plans', id: 'sample-2026' },
      position: 0,
    });
    expect([...stores.get('site')!.keys()]).toEqual(['site']);
    expect(stores.get('status')!.get('content')!.data.problems).toEqual([]);
  });

  it('validates the folder once for all collections of a load, and again only when a file changed', () => {
    const dir = copyOfFixture();
    const first = validatedContent(dir, digest);
    expect(validatedContent(dir, digest)).toBe(first);
    const goals = join(dir, 'plans/sample-2026/goals.csv');
    writeFileSync(goals, readFileSync(goals, 'utf8').replace('子育ての目標', '子育て支援の目標'));
    const second = validatedContent(dir, digest);
    expect(second).not.toBe(first);
    expect(second.entries.goals.find((e) => e.id === 'sample-2026/g1')!.data.title).toBe('子育て支援の目標');
  });

  it('stores entries that match their collection schemas', async () => {
    vi.stubEnv('DX_CONTENT_DIR', fixture);
    await loadAll();
    const reference: ReferenceSchema = (collection) => z.object({ collection: z.literal(collection), id: z.string() });
    const schemas = collectionSchemas(reference);
    for (const name of COLLECTIONS) {
      for (const entry of stores.get(name)!.values()) {
        const result = schemas[name].safeParse(entry.data);
        expect(result.success, `${name} ${entry.id}: ${result.error?.message}`).toBe(true);
      }
    }
  });

  it('stops a build with one error whose message is the whole located list', async () => {
    vi.stubEnv('DX_CONTENT_DIR', copyOfFixture('link-url'));
    const failure = loadAll();
    await expect(failure).rejects.toBeInstanceOf(ContentValidationError);
    await expect(failure).rejects.toThrow(expectedList('link-url'));
    await expect(failure).rejects.toHaveProperty('message', expectedList('link-url'));
  });

  it('in the dev server: stores the problems (loadSite() throws them), and loads again when the watcher reports a save', async () => {
    const dir = copyOfFixture();
    const chapter = join(dir, 'plans/sample-2026/chapters/c1.md');
    const original = readFileSync(chapter, 'utf8');
    cpSync(join(fixtures, 'rules/link-url/content'), dir, { recursive: true });
    vi.stubEnv('DX_CONTENT_DIR', dir);
    const watcher = new Watcher();
    await loadAll(watcher);
    expect(watcher.added).toContain(dir);
    expect(watcher.listenerCount('all')).toBe(1);
    expect(stores.get('status')!.get('content')!.data.problems).toHaveLength(7);
    expect(stores.get('goals')!.size).toBe(0);
    const { loadSite } = await import('../../../src/io/site.ts');
    await expect(loadSite()).rejects.toHaveProperty('message', expectedList('link-url'));

    expect(logged).toEqual([]);
    writeFileSync(chapter, original);
    watcher.emit('all', 'change', chapter);
    expect(stores.get('status')!.get('content')!.data.problems).toEqual([]);
    expect(stores.get('goals')!.get('sample-2026/g1')!.data.title).toBe('子育ての目標');

    const goals = join(dir, 'plans/sample-2026/goals.csv');
    writeFileSync(goals, readFileSync(goals, 'utf8').replace('子育ての目標', '子育て支援の目標'));
    watcher.emit('all', 'change', goals);
    expect(stores.get('goals')!.get('sample-2026/g1')!.data.title).toBe('子育て支援の目標');
    expect((await loadSite()).plans.find((p) => p.plan.id === 'sample-2026')!.goals[0]!.title).toBe('子育て支援の目標');

    writeFileSync(goals, readFileSync(goals, 'utf8').replace('g1,', 'g 1,'));
    watcher.emit('all', 'change', goals);
    expect(logged).toHaveLength(1);
    expect(stores.get('goals')!.size).toBe(0);
    await expect(loadSite()).rejects.toBeInstanceOf(ContentValidationError);
    writeFileSync(goals, readFileSync(goals, 'utf8').replace('g 1,', 'g1,'));
    watcher.emit('all', 'unlink', join(dir, 'plans/sample-2026/chapters/gone.md'));
    expect(stores.get('goals')!.get('sample-2026/g1')!.data.title).toBe('子育て支援の目標');

    // A file outside the content folder changes nothing.
    const before = stores.get('status')!.get('content');
    watcher.emit('all', 'change', join(projectRoot, 'README.md'));
    expect(stores.get('status')!.get('content')).toBe(before);
  });
});

describe('loadSite()', () => {
  it('puts the collections together into the same SiteContent as validateContent (the fixture)', async () => {
    vi.stubEnv('DX_CONTENT_DIR', fixture);
    await loadAll();
    const { loadSite } = await import('../../../src/io/site.ts');
    const { site } = validateContent(readContentFiles(fixture));
    const loaded = await loadSite();
    expect(loaded).toEqual({ ...site, contentDates: readContentDates(fixture) });
    expect(await loadSite()).toBe(loaded);
  });
});
