/**
 * A small scale run: the five real plans plus synthetic ones up to 30 (the generator of
 * `npm run bench -- scale N`), validated as the build validates them, and the page-data functions
 * that group the growing lists by prefecture and split them into pages. Logic only, no timings.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPlans } from '../../../scripts/bench-synthetic.ts';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import type { SiteContent } from '../../../src/lib/content/types.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { aboutPage } from '../../../src/lib/page-data/about-page.ts';
import { dataPage, dataPartPage, dataPartPaths } from '../../../src/lib/page-data/data-page.ts';
import type { HistoryEntry } from '../../../src/lib/history/history-view.ts';
import { HISTORY_PER_PAGE, historyPage, historyPaths } from '../../../src/lib/page-data/history-page.ts';
import { sharedTerms } from '../../../src/lib/glossary/cross-plan.ts';
import { DEFINITIONS_PER_PART, sharedGlossaryPage, sharedGlossaryPaths, sharedTermHref } from '../../../src/lib/page-data/glossary-page.ts';
import { plansIndexPage, prefecturePage, prefecturePaths } from '../../../src/lib/page-data/plan-list-page.ts';
import type { MunicipalityPlans } from '../../../src/lib/page-data/plan-list.ts';
import { regionalPage, regionalPaths } from '../../../src/lib/page-data/regional-page.ts';
import { searchPage } from '../../../src/lib/page-data/search-page.ts';
import { dataArchive, planDataArchive } from '../../../src/lib/open-data/data-archive.ts';
import { readZip } from '../../zip-reader.ts';
import { searchPrefecture, searchPrefecturePlans, siteSearchShards, withPrefectureFilter } from '../../../src/lib/search/search-scope.ts';
import { pageShell } from '../../../src/lib/page-data/page-shell.ts';
import { termRecords } from '../../../src/lib/search/term-records.ts';
import {
  isPaged,
  partOfPlan,
  PLANS_PER_PART,
  prefectureCode,
  prefectureGroups,
  prefectureParts,
  splitMunicipalities,
} from '../../../src/lib/page-data/site-paging.ts';
import {
  transcriptionNotesHref,
  transcriptionNotesPage,
  transcriptionNotesPaths,
} from '../../../src/lib/page-data/transcription-notes-page.ts';
import { fixtureSite } from './fixture-site.ts';

const root = join(import.meta.dirname, '../../..');
let dir: string;
let site: SiteContent;

const validated = (env: Record<string, string> = {}) => {
  const { site: built, errors } = validateContent(readContentFiles(dir), 'content', env);
  if (!built) throw new Error(errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n'));
  return built;
};

beforeAll(() => {
  dir = syntheticPlans(root, 30);
  site = validated();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a site of 30 plans', () => {
  it('is grouped by prefecture (the first two digits of the municipality code), municipalities by code', () => {
    expect(site.plans).toHaveLength(30);
    expect(isPaged(site)).toBe(true);
    const groups = prefectureGroups(site);
    expect(groups.map((g) => g.code)).toEqual([...new Set(site.plans.map(prefectureCode))].sort());
    for (const group of groups) {
      expect(group.plans.every((p) => p.plan.municipality_code.startsWith(group.code))).toBe(true);
      expect(new Set(group.plans.map((p) => p.plan.prefecture))).toEqual(new Set([group.name]));
      const codes = group.municipalities.map((m) => m.code);
      expect(codes).toEqual([...codes].sort());
    }
    expect(groups.flatMap((g) => g.plans.map((p) => p.plan.id)).sort()).toEqual(site.plans.map((p) => p.plan.id).sort());
    // Iwate holds the three real municipalities (Kitakami's two plans, Morioka, Oshu) and synthetic ones.
    const iwate = groups.find((g) => g.code === '03')!;
    expect(iwate.name).toBe('岩手県');
    expect(iwate.plans.map((p) => p.plan.id)).toEqual(
      expect.arrayContaining(['kitakami-2026', 'kitakami-2023', 'morioka-2021', 'oshu-2021']),
    );
  });

  it('splits every prefecture into parts of at most PLANS_PER_PART plans, each plan on exactly one page', () => {
    const parts = prefectureParts(site);
    expect(parts.every((part) => part.plans.length > 0 && part.plans.length <= PLANS_PER_PART)).toBe(true);
    expect(new Set(parts.map((p) => p.slug)).size).toBe(parts.length);
    expect(parts.flatMap((p) => p.plans.map((c) => c.plan.id)).sort()).toEqual(site.plans.map((p) => p.plan.id).sort());
    for (const content of site.plans) expect(partOfPlan(site).get(content.plan.id)!.plans).toContain(content);
    expect(prefecturePaths(site).map((p) => p.params.part)).toEqual(parts.map((p) => p.slug));
  });

  it('lists prefectures on /plans/ and each part of a prefecture on its own page', () => {
    const index = plansIndexPage(site);
    if (index.kind !== 'prefectures') throw new Error('expected the prefecture index');
    expect(index.page.prefectures.map((p) => p.code)).toEqual(prefectureGroups(site).map((g) => g.code));
    const iwate = index.page.prefectures.find((p) => p.code === '03')!;
    expect(iwate.pages[0]).toEqual({
      href: '/prefectures/03/',
      label: iwate.pages.length > 1 ? `岩手県 1/${iwate.pages.length}` : '岩手県',
    });
    for (const part of prefectureParts(site)) {
      const page = prefecturePage(site, part.slug);
      expect(page.rows).toHaveLength(part.plans.length);
      expect(page.title).toBe(
        part.parts > 1 ? `計画一覧：${part.prefecture.name}（${part.part}/${part.parts}）` : `計画一覧：${part.prefecture.name}`,
      );
      expect(page.otherParts).toHaveLength(part.parts - 1);
    }
    expect(() => prefecturePage(site, '99')).toThrow('unknown prefecture page: 99');
    // The originals are described there, and /about/ links the prefecture pages instead of listing 30 plans.
    const first = prefecturePage(site, prefectureParts(site)[0]!.slug);
    expect(first.municipalities.every((m) => m.plans.every((p) => p.sources.some((f) => f.term === '計画期間')))).toBe(true);
    expect(aboutPage(site).sources).toEqual([]);
    expect(aboutPage(site).sourceParts.map((l) => l.href)).toEqual(prefectureParts(site).map((p) => `/prefectures/${p.slug}/`));
  });

  it('shows the regional figures per prefecture, the first page naming the subjects only', () => {
    const paths = regionalPaths(site).map((p) => p.params.index);
    expect(paths[0]).toBeUndefined();
    const first = regionalPage(site);
    expect(first.prefectures.length).toBe(paths.length - 1);
    expect(first.topics.every((t) => t.rows.length === 0)).toBe(true);
    for (const code of paths.slice(1) as string[]) {
      const page = regionalPage(site, code);
      const ids = new Set(
        prefectureGroups(site)
          .find((g) => g.code === code)!
          .plans.map((p) => p.plan.title),
      );
      expect(page.topics.length).toBeGreaterThan(0);
      expect(page.topics.every((t) => t.rows.every((r) => ids.has(r.planTitle)))).toBe(true);
    }
  });

  it('links every transcription note from its plan to the page that lists it', () => {
    const paths = transcriptionNotesPaths(site).map((p) => p.params.part);
    expect(paths).toEqual([undefined, ...prefectureParts(site).map((p) => p.slug)]);
    expect(transcriptionNotesPage(site).sections).toEqual([]);
    for (const content of site.plans.filter((p) => p.corrections.length > 0)) {
      const href = transcriptionNotesHref(site, content.plan.id);
      const slug = /^\/transcription-notes\/(.+)\/$/.exec(href)![1]!;
      const page = transcriptionNotesPage(site, slug);
      expect(page.sections.flatMap((s) => s.rows.map((r) => r.id))).toContain(`${content.plan.id}-note-${content.corrections[0]!.id}`);
    }
  });

  it('gives each shared term a page of its own, in parts of at most DEFINITIONS_PER_PART definitions', () => {
    const terms = sharedTerms(site.plans);
    const index = sharedGlossaryPage(site);
    expect(index.terms).toEqual([]);
    expect(index.index.map((t) => t.href)).toEqual(terms.map((t) => sharedTermHref(site, t)));
    const slugs = sharedGlossaryPaths(site)
      .map((p) => p.params.index)
      .filter((s): s is string => s !== undefined);
    expect(slugs.length).toBeGreaterThanOrEqual(terms.length);
    for (const slug of slugs) {
      const page = sharedGlossaryPage(site, slug);
      expect(page.terms).toHaveLength(1);
      expect(page.terms[0]!.definitions.length).toBeLessThanOrEqual(DEFINITIONS_PER_PART);
    }
    // Synthetic terms overlap between plans of different prefectures.
    const synthetic = terms.filter((t) => t.label.startsWith('合成用語'));
    expect(synthetic.length).toBeGreaterThan(0);
    const prefectureOf = new Map(site.plans.map((p) => [p.plan.id, prefectureCode(p)]));
    expect(synthetic.some((t) => new Set(t.definitions.map((d) => prefectureOf.get(d.planId))).size >= 2)).toBe(true);
  });

  it('keeps the combined files on /data/ and each plan licence and file on the page of its prefecture', () => {
    const index = dataPage(site, null);
    expect(index.licences).toEqual([]);
    expect(index.datasets.every((d) => d.files.every((f) => f.scope === 'すべての計画'))).toBe(true);
    expect(index.parts.map((p) => p.href)).toEqual(prefectureParts(site).map((p) => `/data/prefectures/${p.slug}/`));
    expect(dataPartPaths(site)).toHaveLength(prefectureParts(site).length);
    for (const part of prefectureParts(site)) {
      const page = dataPartPage(site, part.slug);
      const titles = new Set(part.plans.map((p) => p.plan.title));
      expect(page.licences.map((l) => l.plan.title)).toEqual(part.plans.map((p) => p.plan.title));
      expect(page.datasets.every((d) => d.files.every((f) => titles.has(f.scope)))).toBe(true);
    }
  });

  it('offers the search filter by prefecture, then plan by municipality, without listing every plan on the page', () => {
    const page = searchPage(site);
    const groups = prefectureGroups(site);
    expect(page.prefectures).toEqual(
      groups.map((g) => ({ name: g.name, label: `${g.name}（${g.plans.length}計画）`, plansHref: `/search/plans/${g.code}.json` })),
    );
    expect(page.filters.prefecture).toBe('都道府県');
    expect(page.plansByPrefecture).toBe(true);
    expect(page.planGroups).toEqual([]);
    for (const group of groups) {
      const choices = searchPrefecturePlans(site, group.code)!;
      expect(choices.prefecture).toBe(group.name);
      expect(choices.municipalities.map((m) => m.name)).toEqual(group.municipalities.map((m) => m.name));
      for (const title of choices.municipalities.flatMap((m) => m.plans)) expect(searchPrefecture(site, title)).toBe(group.name);
    }
    const listed = groups.flatMap((g) => searchPrefecturePlans(site, g.code)!.municipalities.flatMap((m) => m.plans));
    expect(listed.sort()).toEqual(site.plans.map((p) => p.plan.title).sort());
    // A municipality with two plans is one group of two, newest first.
    const twice = groups.flatMap((g) => g.municipalities).find((m) => m.plans.length > 1)!;
    const twiceChoices = searchPrefecturePlans(site, twice.code.slice(0, 2))!.municipalities.find((m) => m.name === twice.name)!;
    expect(twiceChoices.plans).toEqual(twice.plans.map((p) => p.plan.title));
    expect(searchPrefecturePlans(site, '48')).toBeUndefined();
    expect(searchPrefecture(site, '（掲載していない計画）')).toBeNull();
  });

  it('splits the search index by groups of prefectures (SEARCH_PLANS_PER_SHARD), and tells the search page and header which', () => {
    expect(siteSearchShards(site)).toEqual([{ path: 'pagefind/', prefectures: prefectureGroups(site).map((g) => g.name) }]);
    expect(searchPage(site).indexParts).toBeUndefined();
    const split = validated({ SEARCH_PLANS_PER_SHARD: '8' });
    const shards = siteSearchShards(split);
    expect(shards.length).toBeGreaterThan(2);
    expect(shards.map((s) => s.path)).toEqual(shards.map((_, i) => (i === 0 ? 'pagefind/' : `pagefind-${i + 1}/`)));
    // Every prefecture in exactly one part, in code order, and no part over 8 plans unless one prefecture alone has more.
    const groups = prefectureGroups(split);
    expect(shards.flatMap((s) => s.prefectures)).toEqual(groups.map((g) => g.name));
    const plansOf = (name: string) => groups.find((g) => g.name === name)!.plans.length;
    for (const shard of shards) {
      const plans = shard.prefectures.reduce((n, name) => n + plansOf(name), 0);
      expect(plans <= 8 || shard.prefectures.length === 1).toBe(true);
    }
    expect(JSON.parse(searchPage(split).indexParts!)).toEqual(shards);
    const kitakami = split.plans.find((p) => p.plan.id === 'kitakami-2026')!;
    expect(pageShell(split, { title: 'x', path: '/plans/kitakami-2026/', planId: 'kitakami-2026' }).search).toMatchObject({
      plan: kitakami.plan.title,
      prefecture: '岩手県',
    });
    expect(pageShell(split, { title: 'x', path: '/data/' }).search).toMatchObject({ plan: null, prefecture: null });
  });

  it("files each glossary record under its plan's prefecture, as the plan's pages are", () => {
    const records = termRecords(site.plans);
    expect(records.length).toBeGreaterThan(30);
    for (const record of records) {
      const filed = withPrefectureFilter(site, record);
      expect(filed.filters).toEqual({ ...record.filters, 都道府県: [searchPrefecture(site, record.meta.plan)] });
      expect(filed.url).toBe(record.url);
    }
    const sitewide = { ...records[0]!, meta: { ...records[0]!.meta, plan: 'すべての計画' } };
    expect(withPrefectureFilter(site, sitewide)).toBe(sitewide);
  });

  it("packs only the files combining every plan in the site's data zip, each plan's files in the plan's zip", () => {
    const archive = dataArchive(site, null);
    const names = readZip(archive.bytes).map((e) => e.name);
    expect(names).toEqual(archive.files.map((f) => `dx-plan-data/${f.path}`));
    expect(names.filter((n) => n.startsWith('dx-plan-data/plans/'))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining(['dx-plan-data/observations.csv', 'dx-plan-data/datapackage.json', 'dx-plan-data/catalog.jsonld']),
    );
    const readme = readZip(archive.bytes)[0]!.data.toString('utf8');
    expect(readme).toContain('計画ごとの表と指標ごとの値はこの zip に入れず');
    expect(readme).not.toContain('plans/<計画ID>/indicators/<指標ID>.csv');
    const last = site.plans.at(-1)!.plan.id;
    expect(readZip(planDataArchive(site, last).bytes).some((e) => e.name.includes('/indicators/'))).toBe(
      site.plans.at(-1)!.indicators.length > 0,
    );
  });

  it('publishes one prefecture with SITE_PLANS=pref:03', () => {
    const iwate = validated({ SITE_PLANS: 'pref:03' });
    // One prefecture: no prefecture filter, its plans listed at once.
    const search = searchPage(iwate);
    expect(search.prefectures).toEqual([]);
    expect(search.plansByPrefecture).toBe(false);
    expect(search.planGroups.flatMap((g) => g.plans)).toEqual(iwate.plans.map((p) => p.plan.title));
    expect(iwate.plans.map((p) => p.plan.id).sort()).toEqual(
      site.plans
        .filter((p) => prefectureCode(p) === '03')
        .map((p) => p.plan.id)
        .sort(),
    );
    const { errors } = validateContent(readContentFiles(dir), 'content', { SITE_PLANS: 'pref:48' });
    expect(errors.map((e) => e.message)).toEqual(['「pref:48」の都道府県コードの計画が plans.csv にありません']);
  });
});

describe('a small site', () => {
  it('keeps every list on one page', () => {
    const small = fixtureSite();
    expect(isPaged(small)).toBe(false);
    expect(plansIndexPage(small).kind).toBe('list');
    expect(prefecturePaths(small)).toEqual([]);
    expect(transcriptionNotesPaths(small)).toEqual([{ params: { part: undefined } }]);
  });
});

describe('splitMunicipalities', () => {
  const m = (code: string, plans: number) => ({ code, plans: Array.from({ length: plans }) }) as unknown as MunicipalityPlans;
  it.each([
    { sizes: [3, 3, 3], per: 10, parts: [[3, 3, 3]] },
    { sizes: [4, 4, 4], per: 10, parts: [[4, 4], [4]] },
    { sizes: [12, 1], per: 10, parts: [[12], [1]] },
    { sizes: [1, 12, 1], per: 10, parts: [[1], [12], [1]] },
    { sizes: [], per: 10, parts: [] },
  ])('$sizes by $per → $parts', ({ sizes, per, parts }) => {
    const split = splitMunicipalities(
      sizes.map((n, i) => m(String(i), n)),
      per,
    );
    expect(split.map((part) => part.map((x) => x.plans.length))).toEqual(parts);
  });
});

describe('historyPage', () => {
  // Only the paging is under test: entries are told apart by their commit.
  const entries = (count: number) => Array.from({ length: count }, (_, i) => ({ commit: `c${i}` }) as unknown as HistoryEntry);
  it.each([
    { count: 0, pages: 1 },
    { count: HISTORY_PER_PAGE, pages: 1 },
    { count: HISTORY_PER_PAGE + 1, pages: 2 },
    { count: 2 * HISTORY_PER_PAGE + 50, pages: 3 },
  ])('$count entries → $pages pages, each entry on exactly one', ({ count, pages }) => {
    const history = entries(count);
    expect(historyPaths(history).map((p) => p.params.page)).toEqual(
      Array.from({ length: pages }, (_, i) => (i === 0 ? undefined : String(i + 1))),
    );
    const shown = Array.from({ length: pages }, (_, i) => historyPage(history, i + 1));
    expect(shown.flatMap((p) => p.entries.map((e) => e.commit))).toEqual(history.map((e) => e.commit));
    expect(shown.every((p) => p.entries.length <= HISTORY_PER_PAGE)).toBe(true);
    if (pages > 1) {
      expect(shown[1]!.layout.title).toBe(`更新履歴（2/${pages}）`);
      expect(shown[1]!.pages.map((l) => [l.href, l.current])).toEqual(
        Array.from({ length: pages }, (_, i) => [i === 0 ? '/history/' : `/history/${i + 1}/`, i === 1]),
      );
    } else expect(shown[0]!.pages).toEqual([]);
  });
  it('refuses a page the history does not have', () => {
    expect(() => historyPage(entries(10), 2)).toThrow('unknown history page: 2');
  });
});
