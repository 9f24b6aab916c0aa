import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/content/site.ts';
import { dataFiles, dataFileText, planBundleJson } from '../../lib/open-data/data-files.ts';
import { dataPackage, dcatCatalog } from '../../lib/open-data/catalog.ts';

/** Every download under /data/, generated at build time from the validated content. */
export const getStaticPaths = (() => {
  const site = getSite();
  return [
    ...dataFiles(site).map((file) => ({ params: { file: file.path }, props: { body: dataFileText(file) } })),
    ...site.plans.map((p) => ({ params: { file: `plans/${p.plan.id}/all.json` }, props: { body: planBundleJson(site, p.plan.id) } })),
    { params: { file: 'datapackage.json' }, props: { body: `${JSON.stringify(dataPackage(site), null, 2)}\n` } },
    { params: { file: 'catalog.jsonld' }, props: { body: `${JSON.stringify(dcatCatalog(site), null, 2)}\n` } },
  ];
}) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', jsonld: 'application/ld+json; charset=utf-8' };

export const GET: APIRoute = ({ params, props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': TYPES[String(params.file).split('.').pop()!] ?? 'application/octet-stream' } });
