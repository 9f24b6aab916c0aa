import { normaliseBasePath, underBase } from './base-path.ts';

/** The deployment's base path (BASE_PATH, `base` in Astro's config): `/` or e.g. `/dx/`. */
const BASE = normaliseBasePath(import.meta.env?.BASE_URL ?? '/');

/** A site path under the base path: `/dx/plans/…` for `/plans/…` when the site lives under /dx/. */
export const withBase = (path: string): string => underBase(BASE, path);

/**
 * Every internal URL of the site, in one place, so pages and links cannot disagree.
 * The primary plan's home is the site root; every plan's other pages live under /plans/<id>/.
 * Written root-relative here; `urls` below puts each under the base path.
 */
/** File name of the data archive (one zip of every data file). */
export const DATA_ARCHIVE_NAME = 'dx-plan-data.zip';
/** The file name of one plan's data zip (its CSV files and their README). */
export const planArchiveName = (planId: string) => `dx-plan-data-${planId}.zip`;

const rootPaths = {
  /** A file served as is from public/ (e.g. `favicon.svg`). */
  asset: (file: string) => `/${file}`,
  home: () => '/',
  plans: () => '/plans/',
  /** One page of a prefecture's plans on a site with many plans (`slug`: `03`, `03/2`). */
  prefecture: (slug: string) => `/prefectures/${slug}/`,
  /** Terms several plans define, side by side. */
  sharedGlossary: () => '/glossary/',
  /** One shared term's page on a site with many plans (`slug`: `kitakami-2026-ai`, `kitakami-2026-ai/2`). */
  sharedTerm: (slug: string) => `/glossary/${slug}/`,
  /** Figures several plans set on one subject, side by side (never ranked). */
  regional: () => '/regional/',
  /** The regional view of one prefecture's plans on a site with many plans. */
  regionalPrefecture: (code: string) => `/regional/${code}/`,
  /** Every change of a published figure (更新履歴), its Atom feed and its open data. */
  history: () => '/history/',
  /** One page of a long history: `/history/` for the first (newest), `/history/2/` … */
  historyPage: (page: number) => (page === 1 ? '/history/' : `/history/${page}/`),
  historyFeed: () => '/history/feed.xml',
  historyData: (format: 'csv' | 'json') => `/data/history.${format}`,
  planHome: (plan: { id: string; is_primary: boolean }) => (plan.is_primary ? '/' : `/plans/${plan.id}/`),
  chapters: (planId: string) => `/plans/${planId}/chapters/`,
  chapter: (planId: string, chapterId: string, anchor?: string) => `/plans/${planId}/chapters/${chapterId}/${anchor ? `#${anchor}` : ''}`,
  goal: (planId: string, goalId: string) => `/plans/${planId}/goals/${goalId}/`,
  indicators: (planId: string) => `/plans/${planId}/indicators/`,
  indicator: (planId: string, indicatorId: string) => `/plans/${planId}/indicators/${indicatorId}/`,
  /** One value of an indicator on its page: the permalink a reader cites for one figure. */
  indicatorValue: (planId: string, indicatorId: string, fiscalYear: number | null, kind: string) =>
    `/plans/${planId}/indicators/${indicatorId}/#${valueAnchor(fiscalYear, kind)}`,
  /** The folder of the pages other sites may show in an <iframe> (the only pages that may be framed). */
  embeds: () => '/embed/',
  /** An indicator's chart, table and source without the site's header and footer, for an <iframe>. */
  indicatorEmbed: (planId: string, indicatorId: string) => `/embed/plans/${planId}/indicators/${indicatorId}/`,
  /** The script an embedding page loads beside the <iframe>, so the frame takes its view's height. */
  embedListener: () => '/embed/frame-height.js',
  results: (planId: string) => `/plans/${planId}/results/`,
  /** The years with the city's grades (年度ごとの進捗). */
  progress: (planId: string) => `/plans/${planId}/progress/`,
  /** One year's progress report: the roll-up and every graded item. */
  progressYear: (planId: string, year: number) => `/plans/${planId}/progress/${year}/`,
  /** The comment letter (意見書) composer of a plan under public comment. */
  commentLetter: (planId: string) => `/plans/${planId}/comments/`,
  /** 「この箇所に意見を書く」: the composer with the passage's citation prefilled. */
  /**
   * 「この箇所に意見を書く」: the composer with the passage prefilled — `cite` is the reference without
   * the plan title (the composer adds it) and `at` is `<chapter>/<anchor>`, kept short because every
   * paragraph of a chapter carries this link.
   */
  commentOn: (planId: string, cite: string, chapterId: string, anchor: string) =>
    `/plans/${planId}/comments/?${new URLSearchParams({ cite, at: `${chapterId}/${anchor}` }).toString()}`,
  /** Published public-comment results (意見と市の考え方). */
  responses: (planId: string) => `/plans/${planId}/responses/`,
  /** A plan's published versions (案, パブリックコメント版, 策定版 …) and what changed between them. */
  versions: (planId: string) => `/plans/${planId}/versions/`,
  /** One version's contents; every version keeps this address, also after a newer one is published. */
  version: (planId: string, versionId: string) => `/plans/${planId}/versions/${versionId}/`,
  /** One chapter of one version (a draft citation keeps resolving to the draft text here). */
  versionChapter: (planId: string, versionId: string, chapterId: string, anchor?: string) =>
    `/plans/${planId}/versions/${versionId}/chapters/${chapterId}/${anchor ? `#${anchor}` : ''}`,
  /** What changed from the version before `versionId` to it: the summary, the figures and the response matrix. */
  versionChanges: (planId: string, versionId: string, anchor?: string) =>
    `/plans/${planId}/versions/${versionId}/changes/${anchor ? `#${anchor}` : ''}`,
  /** One chapter compared passage by passage with the version before. */
  chapterChanges: (planId: string, versionId: string, chapterId: string, anchor?: string) =>
    `/plans/${planId}/versions/${versionId}/changes/${chapterId}/${anchor ? `#${anchor}` : ''}`,
  /** What became of the predecessor plan's goals, measures and indicators. */
  comparison: (planId: string) => `/plans/${planId}/compare/`,
  glossary: (planId: string, termId?: string) => `/plans/${planId}/glossary/${termId ? `#term-${termId}` : ''}`,
  /** 「転記の記録」; on a site with many plans, one part of it (`slug`: `03`, `03/2`). */
  transcriptionNotes: (slug?: string) => (slug ? `/transcription-notes/${slug}/` : '/transcription-notes/'),
  methodology: () => '/methodology/',
  search: () => '/search/',
  /** The search's synonym table (src/lib/search/synonyms.ts), fetched with the first query. */
  searchSynonyms: () => '/search/synonyms.json',
  /** The plan filter's choices within one prefecture (two-digit code), fetched by the search page. */
  searchPlans: (prefectureCode: string) => `/search/plans/${prefectureCode}.json`,
  dataCatalogue: () => '/data/',
  /** One prefecture's part of the catalogue on a site with many plans (`slug`: `03`, `03/2`). */
  dataPart: (slug: string) => `/data/prefectures/${slug}/`,
  /** A file under /data/ (see src/lib/open-data/data-files.ts for the list). */
  dataFile: (path: string) => `/data/${path}`,
  /** Every published data file and a README of the columns in one zip. */
  dataArchive: () => `/data/${DATA_ARCHIVE_NAME}`,
  /** One plan's data zip. */
  planDataArchive: (planId: string) => `/data/plans/${planId}/${planArchiveName(planId)}`,
  indicatorData: (planId: string, indicatorId: string, format: 'csv' | 'json') =>
    `/data/plans/${planId}/indicators/${indicatorId}.${format}`,
  columns: (table?: string) => (table ? `/data/columns/${table}/` : '/data/columns/'),
  about: () => '/about/',
  accessibility: () => '/accessibility/',
};

type PathFunctions = typeof rootPaths;

/** Every internal URL of the site, under the deployment's base path. */
export const urls = Object.fromEntries(
  Object.entries(rootPaths).map(([name, path]) => [name, (...args: unknown[]) => withBase((path as (...a: unknown[]) => string)(...args))]),
) as PathFunctions;

/** Resolves a section reference `c4#goal-1` of a plan to its URL. */
export function sectionUrl(planId: string, reference: string): string {
  const [chapterId, anchor] = reference.split('#') as [string, string | undefined];
  return urls.chapter(planId, chapterId, anchor);
}

/**
 * The id of one value row of an indicator's table: `v-2026-actual`, or `v-undated-target` for a
 * value the original gives no year. Year and kind identify a value (the key of observations.csv),
 * so the id stays the same when other values are added, changed or removed.
 */
export function valueAnchor(fiscalYear: number | null, kind: string): string {
  return `v-${fiscalYear ?? 'undated'}-${kind}`;
}
