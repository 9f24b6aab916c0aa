import type { ContentError } from '../validate/content-error.ts';
import { closestMatch } from '../validate/suggest.ts';
import { hasRegionalView, hasSharedGlossary } from '../page-data/cross-plan-pages.ts';
import { planHasPage } from '../page-data/site-nav.ts';
import { publishedDataEntries } from '../open-data/published-files.ts';
import { DATA_ARCHIVE_NAME } from '../urls.ts';
import type { SiteContent } from './types.ts';

/** A link to a page of the site written in a chapter, where it is written. */
export interface SiteLink {
  file: string;
  line: number;
  column: number;
  href: string;
}

/**
 * Every page and file the build publishes, as root-relative paths without the base path: the same
 * rules the routes' getStaticPaths follow (`planHasPage`, the cross-plan pages), and every file
 * under /data/. The primary plan's home is the site root, so `/plans/<primary>/` is not a page.
 */
export function sitePaths(site: SiteContent): Set<string> {
  const paths = new Set([
    '/',
    '/plans/',
    '/history/',
    '/history/feed.xml',
    '/search/',
    '/about/',
    '/accessibility/',
    '/methodology/',
    '/transcription-notes/',
    '/data/',
    '/data/columns/',
    '/favicon.svg',
    '/robots.txt',
  ]);
  if (site.settings.siteUrl) paths.add('/sitemap.xml');
  if (hasSharedGlossary(site)) paths.add('/glossary/');
  if (hasRegionalView(site)) paths.add('/regional/');
  for (const content of site.plans) {
    const at = `/plans/${content.plan.id}/`;
    if (!content.plan.is_primary) paths.add(at);
    for (const page of ['indicators', 'glossary', 'results', 'compare', 'comments', 'responses'] as const)
      if (planHasPage(content, page)) paths.add(`${at}${page}/`);
    if (planHasPage(content, 'chapters')) paths.add(`${at}chapters/`);
    for (const chapter of content.chapters) paths.add(`${at}chapters/${chapter.id}/`);
    for (const goal of content.goals) paths.add(`${at}goals/${goal.id}/`);
    for (const indicator of content.indicators) {
      paths.add(`${at}indicators/${indicator.id}/`);
      paths.add(`/embed/plans/${content.plan.id}/indicators/${indicator.id}/`);
    }
  }
  for (const file of publishedDataEntries(site)) paths.add(`/data/${file.path}`);
  for (const file of ['history.csv', 'history.json', DATA_ARCHIVE_NAME]) paths.add(`/data/${file}`);
  return paths;
}

/**
 * Links in chapters to a page of the site that the build does not make (`unknown-page`): a plan
 * that is not published, a chapter or indicator that does not exist, `/plans/<primary>/` (the
 * primary plan's home is `/`). The query and the `#…` part are not checked; `/plans/a/goals` and
 * `/plans/a/goals/` are the same page.
 */
export function checkSiteLinks(links: readonly SiteLink[], site: SiteContent): ContentError[] {
  if (links.length === 0) return [];
  const paths = sitePaths(site);
  const errors: ContentError[] = [];
  for (const link of links) {
    const path = link.href.replace(/[?#].*$/s, '');
    if (paths.has(path) || paths.has(`${path}/`)) continue;
    const guess = closestMatch(path, [...paths]);
    const primary = /^\/plans\/([^/]+)\/?$/.exec(path)?.[1] === site.primary.plan.id;
    errors.push({
      file: link.file,
      line: link.line,
      column: link.column,
      value: link.href,
      rule: 'unknown-page',
      message: `リンク先「${link.href}」はこのサイトにないページです`,
      hint: primary
        ? `表紙の計画（${site.primary.plan.id}）のトップページは / です。リンク先を / にしてください`
        : guess
          ? `「${guess}」の書き間違いではありませんか。掲載しない計画や、ない章・指標へはリンクできません`
          : 'このサイトにあるページの住所（例: /plans/計画のID/indicators/）を書いてください。掲載しない計画や、ない章・指標へはリンクできません',
    });
  }
  return errors;
}
