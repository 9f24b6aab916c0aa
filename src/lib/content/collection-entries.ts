import type { ContactPoint } from '../plan-facts/contacts.ts';
/**
 * The validated site as content-collection entries, and back: `siteEntries` splits a `SiteContent`
 * into one entry per plan, chapter, row, dataset and regional figure (what the content loader
 * stores), and `siteFromEntries` puts the entries read back with `getCollection` together into the
 * same `SiteContent`. Pure: no Astro, no disk.
 */
import type { CellValue, TableSpec } from '../../schemas/column-spec.ts';
import {
  planTable,
  planTables,
  regionalFigureTable,
  type PlanTableName,
  type PlanTableSpecs,
  type PlanTables,
} from '../../schemas/index.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { RegionalFigure } from '../../schemas/regional-figure.ts';
import type { Chapter } from '../markdown/types.ts';
import type { CellNoteMark } from '../corrections/note-marks.ts';
import type { ContentError } from '../validate/content-error.ts';
import type { SiteSettings } from './site-settings.ts';
import type { DatasetContent, PlanContent, SiteContent, VersionText } from './types.ts';

/** A link from one entry to another, as Astro's `reference()` stores it. */
export interface EntryReference<C extends string = string> {
  collection: C;
  id: string;
}

/** One stored entry: its id in the collection and its data. */
export interface StoredEntry<Data> {
  id: string;
  data: Data;
}

/** What every entry of a plan's table carries besides its row. */
export interface PlanRowExtras {
  /** The plan the row belongs to. */
  plan: EntryReference<'plans'>;
  /** Place of the row in its table in the validated order (0-based). */
  position: number;
  /** The entries named by the row's reference columns (`goal_id` → the goal), by column name. */
  refs: Record<string, EntryReference>;
}

/** A plan table's row as stored: the row's columns plus `PlanRowExtras`. */
export type RowEntry<Row> = Row & PlanRowExtras;

/** A plan as stored: the plans.csv row, its place, its references and its cells' note marks. */
export type PlanEntry = Plan & {
  position: number;
  refs: Record<string, EntryReference>;
  notes: CellNoteMark[];
};

/** A chapter as stored. */
export type ChapterEntry = Chapter & Omit<PlanRowExtras, 'refs'>;

/** A dataset as stored: its datasets.csv row, column dictionary and rows. */
export type DatasetEntry = DatasetContent & PlanRowExtras;

/** An earlier version's text as stored, id `<plan>/<version>`. */
export type VersionTextEntry = VersionText & Omit<PlanRowExtras, 'refs'>;

/** A regional figure as stored (its plan is its `plan_id` reference). */
export type RegionalEntry = RegionalFigure & Omit<PlanRowExtras, 'plan'>;

/** The site-wide part of `SiteContent`, stored as the single entry `site`. */
export interface SiteEntry {
  settings: SiteSettings;
  name: string;
  contact: string;
  contactEmail: string | null;
  /** Whom the site's own pages name (see `SiteContent.siteContact`). */
  siteContact: ContactPoint | null;
  primary: EntryReference<'plans'>;
  /** `content/<path>` → YYYY-MM-DD, in the order `readContentDates` found them. */
  contentDates: [string, string][];
}

/** What the last validation found, stored as the single entry `content` of the `status` collection. */
export interface StatusEntry {
  /** Changes whenever the content (or the environment it is read with) changes. */
  version: string;
  /** Empty for valid content; in the dev server, every problem of content that did not validate. */
  problems: ContentError[];
  /** How many entries each collection holds (an empty collection is not read: Astro warns about it). */
  sizes: Record<string, number>;
}

/**
 * The collections holding a plan table's rows, named like the `PlanContent` properties
 * (`scoreAxes` holds score-axes.csv). Datasets have a collection of their own (with their sidecars).
 */
export const ROW_COLLECTIONS = {
  goals: 'goals',
  measures: 'measures',
  initiatives: 'initiatives',
  indicators: 'indicators',
  observations: 'observations',
  scales: 'scales',
  evaluations: 'evaluations',
  rollups: 'rollups',
  glossary: 'glossary',
  roadmap: 'roadmap',
  roadmapStatus: 'roadmap-status',
  scoreAxes: 'score-axes',
  scoreLevels: 'score-levels',
  scores: 'scores',
  succession: 'succession',
  versions: 'versions',
  responses: 'responses',
  corrections: 'corrections',
} as const satisfies Record<string, Exclude<PlanTableName, 'datasets'>>;

/** A collection of plan-table rows (`goals`, `scoreAxes`, …). */
export type RowCollection = keyof typeof ROW_COLLECTIONS;

/** Every collection's entries. */
export type SiteEntries = {
  site: StoredEntry<SiteEntry>[];
  plans: StoredEntry<PlanEntry>[];
  chapters: StoredEntry<ChapterEntry>[];
  datasets: StoredEntry<DatasetEntry>[];
  versionTexts: StoredEntry<VersionTextEntry>[];
  regionalFigures: StoredEntry<RegionalEntry>[];
  status: StoredEntry<StatusEntry>[];
} & { [C in RowCollection]: StoredEntry<RowEntry<PlanTables[(typeof ROW_COLLECTIONS)[C]]>>[] };

/** The name of a collection. */
export type CollectionName = keyof SiteEntries;

/** Every collection, in the order `src/content.config.ts` defines them. */
export const COLLECTIONS = [
  'site',
  'plans',
  'chapters',
  ...(Object.keys(ROW_COLLECTIONS) as RowCollection[]),
  'datasets',
  'versionTexts',
  'regionalFigures',
  'status',
] as const satisfies readonly CollectionName[];

/** The collection that holds a table's rows, by table name (`score-axes` → `scoreAxes`). */
export const collectionOfTable = (table: string): string =>
  table === 'regional-figures' ? 'regionalFigures' : table.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const specByName = new Map<string, TableSpec>(planTables.map((spec) => [spec.name, spec]));

/** A cell of a row, by column name. */
const cell = (row: object, column: string): unknown => (row as Readonly<Record<string, unknown>>)[column];

/** A row's key values joined with `/`: the part of its entry id after the plan. */
const keyText = (row: object, spec: TableSpec) => spec.key.map((k) => String(cell(row, k))).join('/');

/** The row's reference columns as entry references (blank cells have none). */
function references(row: object, spec: TableSpec, planId: string): Record<string, EntryReference> {
  const refs: Record<string, EntryReference> = {};
  for (const column of spec.columns) {
    const value = cell(row, column.name);
    if (!column.references || value === null || value === undefined) continue;
    const id = column.references.scope === 'same-plan' ? `${planId}/${String(value)}` : String(value);
    refs[column.name] = { collection: collectionOfTable(column.references.table), id };
  }
  return refs;
}

/** Refuses a second entry with the same id: ids come from table keys, which validation keeps unique. */
function pushUnique<Data>(list: StoredEntry<Data>[], seen: Set<string>, entry: StoredEntry<Data>, collection: string): void {
  if (seen.has(entry.id)) throw new Error(`Two entries of the collection ${collection} have the id ${entry.id}`);
  seen.add(entry.id);
  list.push(entry);
}

/** An empty list for every collection. */
export function emptyEntries(): SiteEntries {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as unknown as SiteEntries;
}

/**
 * The entries of every collection for a validated site: one per plan, chapter, table row, dataset
 * and regional figure, with ids `<plan>/<row key>` (`kitakami-2026/g1`, for observations
 * `kitakami-2026/<indicator>/<year>/<kind>`), and the site-wide fields as the entry `site`.
 * `version` identifies the content read (the loader passes a digest of it).
 */
export function siteEntries(site: SiteContent, version: string): SiteEntries {
  const entries = emptyEntries();
  const seen = new Map<string, Set<string>>(COLLECTIONS.map((name) => [name, new Set<string>()]));
  const add = <C extends CollectionName>(collection: C, entry: SiteEntries[C][number]) =>
    pushUnique(entries[collection] as StoredEntry<unknown>[], seen.get(collection)!, entry, collection);
  entries.site.push({
    id: 'site',
    data: {
      settings: site.settings,
      name: site.name,
      contact: site.contact,
      contactEmail: site.contactEmail,
      siteContact: site.siteContact,
      primary: { collection: 'plans', id: site.primary.plan.id },
      contentDates: [...site.contentDates],
    },
  });
  for (const [position, content] of site.plans.entries()) {
    const planId = content.plan.id;
    const plan: EntryReference<'plans'> = { collection: 'plans', id: planId };
    add('plans', {
      id: planId,
      data: { ...content.plan, position, refs: references(content.plan, planTable, planId), notes: content.notes },
    });
    for (const [index, chapter] of content.chapters.entries())
      add('chapters', { id: `${planId}/${chapter.id}`, data: { ...chapter, plan, position: index } });
    for (const [collection, table] of Object.entries(ROW_COLLECTIONS) as [RowCollection, Exclude<PlanTableName, 'datasets'>][]) {
      const spec = specByName.get(table)!;
      for (const [index, row] of (content[collection] as readonly Record<string, CellValue>[]).entries()) {
        const data = { ...row, plan, position: index, refs: references(row, spec, planId) };
        add(collection, { id: `${planId}/${keyText(row, spec)}`, data } as SiteEntries[RowCollection][number]);
      }
    }
    const datasetSpec: PlanTableSpecs['datasets'] = specByName.get('datasets') as PlanTableSpecs['datasets'];
    for (const [index, dataset] of content.datasets.entries()) {
      add('datasets', {
        id: `${planId}/${dataset.id}`,
        data: { ...dataset, plan, position: index, refs: references(dataset, datasetSpec, planId) },
      });
    }
    for (const [index, text] of content.versionTexts.entries())
      add('versionTexts', { id: `${planId}/${text.id}`, data: { ...text, plan, position: index } });
  }
  for (const [position, figure] of site.regional.entries()) {
    add('regionalFigures', {
      id: keyText(figure, regionalFigureTable),
      data: { ...figure, position, refs: references(figure, regionalFigureTable, figure.plan_id) },
    });
  }
  const sizes = Object.fromEntries(COLLECTIONS.map((name) => [name, name === 'status' ? 1 : entries[name].length]));
  entries.status.push({ id: 'content', data: { version, problems: [], sizes } });
  return entries;
}

/**
 * The entries of content that did not validate: only the status, with every problem (the dev
 * server shows them; a build stops instead).
 */
export function problemEntries(problems: readonly ContentError[], version: string): SiteEntries {
  const entries = emptyEntries();
  const sizes = Object.fromEntries(COLLECTIONS.map((name) => [name, name === 'status' ? 1 : 0]));
  entries.status.push({ id: 'content', data: { version, problems: [...problems], sizes } });
  return entries;
}

const byPosition = (a: { data: { position: number } }, b: { data: { position: number } }) => a.data.position - b.data.position;

/** The row without what the entry adds to it. */
function rowOf<Row>({ plan: _plan, position: _position, refs: _refs, ...row }: RowEntry<Row>): Row {
  return row as Row;
}

/** Entries grouped by their plan's id, each group in the validated order. */
function groupByPlan<Data extends { plan: EntryReference; position: number }>(entries: readonly StoredEntry<Data>[]): Map<string, Data[]> {
  const groups = new Map<string, StoredEntry<Data>[]>();
  for (const entry of entries) {
    const group = groups.get(entry.data.plan.id) ?? [];
    group.push(entry);
    groups.set(entry.data.plan.id, group);
  }
  return new Map([...groups].map(([planId, group]) => [planId, [...group].sort(byPosition).map((e) => e.data)]));
}

/**
 * The validated site put back together from its collections' entries (in any order): plans in
 * the published order, every table's rows in the validated order. The inverse of `siteEntries`.
 */
export function siteFromEntries(entries: Readonly<SiteEntries>): SiteContent {
  const [siteEntry] = entries.site;
  if (!siteEntry) throw new Error('The content collections hold no site entry: the content loader has not run');
  const chapters = groupByPlan(entries.chapters);
  const datasets = groupByPlan(entries.datasets);
  const versionTexts = groupByPlan(entries.versionTexts);
  const rows = Object.fromEntries(
    (Object.keys(ROW_COLLECTIONS) as RowCollection[]).map((collection) => [
      collection,
      groupByPlan(entries[collection] as unknown as StoredEntry<RowEntry<Record<string, CellValue>>>[]),
    ]),
  ) as Record<RowCollection, Map<string, RowEntry<Record<string, CellValue>>[]>>;
  const plans: PlanContent[] = [...entries.plans].sort(byPosition).map(({ data: { position: _position, refs: _refs, notes, ...plan } }) => {
    const tableRows = <C extends RowCollection>(collection: C) =>
      (rows[collection].get(plan.id) ?? []).map((e) => rowOf(e)) as SiteContent['plans'][number][C];
    return {
      plan,
      chapters: (chapters.get(plan.id) ?? []).map(({ plan: _plan, position: _position, ...chapter }) => chapter),
      goals: tableRows('goals'),
      measures: tableRows('measures'),
      initiatives: tableRows('initiatives'),
      indicators: tableRows('indicators'),
      observations: tableRows('observations'),
      scales: tableRows('scales'),
      evaluations: tableRows('evaluations'),
      rollups: tableRows('rollups'),
      glossary: tableRows('glossary'),
      roadmap: tableRows('roadmap'),
      roadmapStatus: tableRows('roadmapStatus'),
      scoreAxes: tableRows('scoreAxes'),
      scoreLevels: tableRows('scoreLevels'),
      scores: tableRows('scores'),
      succession: tableRows('succession'),
      versions: tableRows('versions'),
      versionTexts: (versionTexts.get(plan.id) ?? []).map(({ plan: _plan, position: _position, ...text }) => text),
      datasets: (datasets.get(plan.id) ?? []).map((e) => rowOf<DatasetContent>(e)),
      responses: tableRows('responses'),
      corrections: tableRows('corrections'),
      notes,
    };
  });
  const site = siteEntry.data;
  const primary = plans.find((p) => p.plan.id === site.primary.id);
  if (!primary) throw new Error(`The front plan ${site.primary.id} is not in the plans collection`);
  return {
    plans,
    primary,
    regional: [...entries.regionalFigures].sort(byPosition).map(({ data: { position: _position, refs: _refs, ...figure } }) => figure),
    settings: site.settings,
    name: site.name,
    contentDates: new Map(site.contentDates),
    contact: site.contact,
    contactEmail: site.contactEmail,
    siteContact: site.siteContact,
  };
}
