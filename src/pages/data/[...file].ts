import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../io/site.ts';
import { dataFilePaths, type LazyServedFile } from '../../lib/page-data/data-downloads.ts';

/** Every download under /data/, generated at build time from the validated content. */
export const getStaticPaths = (async () => dataFilePaths(await loadSite())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file = props as LazyServedFile;
  return new Response(file.body(), { headers: { 'Content-Type': file.contentType } });
};
