import type { APIRoute } from 'astro';
import { loadSite } from '../../io/site.ts';
import { siteHistory } from '../../io/site-history.ts';
import { atomFeed } from '../../lib/history/atom-feed.ts';
import { urls } from '../../lib/urls.ts';

/** The history as an Atom feed (empty, with the site's id, when there is no repository history). */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const body = atomFeed(siteHistory(site) ?? [], {
    title: `${site.primary.plan.municipality_name}のDX計画：更新履歴`,
    feedUrl: urls.historyFeed(),
    pageUrl: urls.history(),
    id: 'urn:dx-plan:history',
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
