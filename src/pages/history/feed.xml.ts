import type { APIRoute } from 'astro';
import { loadSite } from '../../io/site.ts';
import { siteHistory } from '../../io/site-history.ts';
import { historyFeed } from '../../lib/page-data/history-page.ts';

/** The history as an Atom feed (empty, with the site's id, when there is no repository history). */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  // The build's day stands in for <updated> only when the content has no dated history at all.
  const feed = historyFeed(site, siteHistory(site), new Date().toISOString().slice(0, 10));
  return new Response(feed.body, { headers: { 'Content-Type': feed.contentType } });
};
