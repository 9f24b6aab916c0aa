import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../io/site.ts';
import { contentTypeOf, publishedDataFiles } from '../../lib/open-data/published-files.ts';

/** Every download under /data/, generated at build time from the validated content. */
export const getStaticPaths = (async () =>
  publishedDataFiles(await loadSite()).map((file) => ({
    params: { file: file.path },
    props: { body: file.body },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': contentTypeOf(String(params.file)) } });
