import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../../io/site.ts';
import { planArchivePaths, planDataArchiveFile } from '../../../../lib/page-data/data-downloads.ts';

/** One plan's data zip (urls.planDataArchive()): its CSV files and a README of the columns. */
export const getStaticPaths = (async () => planArchivePaths(await loadSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = planDataArchiveFile(await loadSite(), params.plan!);
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
};
