import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../io/site.ts';
import { dataFilePaths, type LazyServedFile } from '../../lib/page-data/data-downloads.ts';

/** Every download under /data/, generated at build time from the validated content. */
export const getStaticPaths = (async () => dataFilePaths(await loadSite())) satisfies GetStaticPaths;

// The text is handed over as UTF-8 bytes: given a string, the Response first checks every character
// for lone surrogates (about 4 s over the 100,000 files of 1,741 plans) before encoding it the same way.
export const GET: APIRoute = ({ props }) => {
  const file = props as LazyServedFile;
  return new Response(Buffer.from(file.body(), 'utf8'), { headers: { 'Content-Type': file.contentType } });
};
