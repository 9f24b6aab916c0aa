import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/content/site.ts';
import { siteHistory } from '../../io/site-history.ts';
import { HISTORY_COLUMNS, historyRows } from '../../lib/history/history-view.ts';
import { toCsv, toJson } from '../../lib/open-data/write-csv.ts';

/** The history of every published figure as open data (`/data/history.csv`, `.json`). */
export const getStaticPaths = (() => [{ params: { format: 'csv' } }, { params: { format: 'json' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const rows = historyRows(siteHistory(getSite()) ?? []);
  return params.format === 'csv'
    ? new Response(toCsv(HISTORY_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(toJson(HISTORY_COLUMNS, rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
