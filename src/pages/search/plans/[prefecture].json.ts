import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../io/site.ts';
import { searchPrefecturePlans, searchPrefectures } from '../../../lib/search/search-scope.ts';

/** The search filter's plans within one prefecture (`/search/plans/03.json`), fetched when a reader picks it. */
export const getStaticPaths = (async () =>
  searchPrefectures(await loadSite()).map((p) => ({ params: { prefecture: p.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const plans = searchPrefecturePlans(await loadSite(), String(params.prefecture));
  return new Response(JSON.stringify(plans), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
