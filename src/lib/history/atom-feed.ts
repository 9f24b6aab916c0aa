import type { HistoryEntry } from './history-view.ts';
import { safeHistoryText } from './safe-text.ts';
import { historyLabels } from '../labels/history.ts';

/**
 * Text as XML character data: markup escaped, and every character XML 1.0 forbids (or that would
 * make a reason read backwards) removed, so the feed parses whatever a commit message holds.
 * Line breaks inside the summary are kept.
 */
const escapeXml = (text: string) =>
  text
    .split('\n')
    .map(safeHistoryText)
    .join('\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** What the feed needs to know about the site. */
export interface FeedSite {
  title: string;
  /** Absolute or root-relative URL of the feed itself. */
  feedUrl: string;
  /** URL of the history page (the feed's alternate). */
  pageUrl: string;
  /** A stable IRI for the feed, e.g. `urn:dx-plan:history`. */
  id: string;
  /**
   * The public origin (SITE_URL, e.g. `https://www.city.example.lg.jp`): every link of the feed is
   * made absolute with it, since feed readers resolve relative links inconsistently. Defaults to
   * the `site` Astro builds with; without one the links stay root-relative.
   */
  siteUrl?: string | null;
  /**
   * The feed's `<updated>` when it has no entry: the newest content file's day, or the build's day
   * when there is no repository at all (YYYY-MM-DD). Atom requires the element.
   */
  fallbackUpdated?: string | null;
}

/** The public origin Astro builds with (`site` in the config, from SITE_URL or site.csv), if any. */
const buildSite = (): string | null => (import.meta as { env?: { SITE?: string } }).env?.SITE ?? null;

/** A root-relative link made absolute under the origin (unchanged without one, or when already absolute). */
function absolute(href: string, siteUrl: string | null): string {
  if (!siteUrl || !href.startsWith('/')) return href;
  try {
    return new URL(href, `${siteUrl.replace(/\/+$/, '')}/`).href;
  } catch {
    return href;
  }
}

/**
 * An Atom feed (RFC 4287) of the history: one entry per commit and plan, listing what changed,
 * newest first, so a journalist's feed reader shows new actuals, corrected values, published comment
 * responses and status changes. Entry ids are built from the commit, so they never change.
 */
export function atomFeed(entries: readonly HistoryEntry[], site: FeedSite, limit = 50): string {
  const origin = site.siteUrl === undefined ? buildSite() : site.siteUrl;
  const link = (href: string) => escapeXml(absolute(href, origin));
  const groups = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    const key = `${entry.commit}:${entry.planId}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const items = [...groups.entries()].slice(0, limit).map(([key, group]) => {
    const first = group[0]!;
    const lines = group.map((e) => historyLabels.feed.line(e.indicatorName, e.summary));
    return [
      '  <entry>',
      `    <id>${escapeXml(`${site.id}:${key}`)}</id>`,
      `    <title>${escapeXml(historyLabels.feed.title(first.planTitle, lines[0]!, group.length - 1))}</title>`,
      `    <updated>${escapeXml(first.time)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${link(first.href)}"/>`,
      `    <summary type="text">${escapeXml([...lines, ...(first.reason === null ? [] : [historyLabels.feed.reason(first.reason)])].join('\n'))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const fallback = site.fallbackUpdated ? `${site.fallbackUpdated}T00:00:00Z` : '1970-01-01T00:00:00Z';
  const updated = entries[0]?.time ?? fallback;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  <id>${escapeXml(site.id)}</id>`,
    `  <title>${escapeXml(site.title)}</title>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${link(site.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${link(site.pageUrl)}"/>`,
    `  <author><name>${escapeXml(site.title)}</name></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
