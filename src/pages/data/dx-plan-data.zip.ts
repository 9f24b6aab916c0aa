import type { APIRoute } from 'astro';
import { loadSite } from '../../io/site.ts';
import { siteHistory } from '../../io/site-history.ts';
import { dataArchive } from '../../lib/open-data/data-archive.ts';

/** Every data file and a README of the columns in one zip (see data-archive.ts). The name is urls.dataArchive(). */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(dataArchive(site, siteHistory(site)).bytes, { headers: { 'Content-Type': 'application/zip' } });
};
