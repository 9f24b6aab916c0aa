import type { APIRoute } from 'astro';
import { loadSite } from '../../io/site.ts';
import { synonymTable } from '../../lib/search/synonyms.ts';

/** The search's synonym table, built from the published plans' glossaries (src/lib/search/synonyms.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(synonymTable((await loadSite()).plans)), { headers: { 'Content-Type': 'application/json' } });
