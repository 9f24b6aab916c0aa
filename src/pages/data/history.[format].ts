import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../io/site.ts';
import { siteHistory } from '../../io/site-history.ts';
import { historyDataFile, historyDataPaths } from '../../lib/page-data/data-downloads.ts';

/** The history of every published figure as open data (`/data/history.csv`, `.json`). */
export const getStaticPaths = (() => historyDataPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = historyDataFile(siteHistory(await loadSite()), String(params.format));
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
};
