import type { APIRoute } from 'astro';
import { loadSite } from '../../io/site.ts';
import { siteHistory } from '../../io/site-history.ts';
import { dataArchiveFile } from '../../lib/page-data/data-downloads.ts';

/** Every data file and a README of the columns in one zip (see data-archive.ts). The name is urls.dataArchive(). */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const file = dataArchiveFile(site, siteHistory(site));
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
};
