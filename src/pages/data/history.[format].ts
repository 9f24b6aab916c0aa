import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../io/site.ts';
import { siteHistory } from '../../io/site-history.ts';
import { contentTypeOf, historyFiles } from '../../lib/open-data/published-files.ts';

/** The history of every published figure as open data (`/data/history.csv`, `.json`). */
export const getStaticPaths = (() => [{ params: { format: 'csv' } }, { params: { format: 'json' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = historyFiles(siteHistory(await loadSite())).find((f) => f.path === `history.${params.format}`)!;
  return new Response(file.body, { headers: { 'Content-Type': contentTypeOf(file.path) } });
};
