/**
 * The zod schemas of the content collections (`src/content.config.ts`). A table's columns are
 * not typed again here: each row schema is derived from its `TableSpec` (the same column
 * dictionary that drives validation and the published data), every field described by the
 * column's label and meaning, and typed as the spec's `RowOf`. What an entry adds to its row (its
 * plan, place and references) is written out below, with what it means.
 *
 * Our validator is the gate: the loader stores rows it has already validated, so these schemas
 * document and type the entries (getCollection's types, the editor's JSON schemas); they are not a
 * second validation.
 */
import type { ContactPoint } from '../lib/plan-facts/contacts.ts';
import { z } from 'astro/zod';
import type { ColumnSpec, RowOf, TableSpec } from '../schemas/column-spec.ts';
import type { Block, Chapter } from '../lib/markdown/types.ts';
import type { NoteRef } from '../lib/corrections/note-marks.ts';
import type { SiteSettings } from '../lib/content/site-settings.ts';
import type { ContentError } from '../lib/validate/content-error.ts';
import type { VersionText } from '../lib/content/types.ts';
import type { DatasetColumn } from '../schemas/dataset.ts';
import { collectionOfTable, type CollectionName, type EntryReference } from '../lib/content/collection-entries.ts';
import * as tables from '../schemas/index.ts';

/** Astro's `reference()` (from `astro:content`), passed in so that this module runs outside Astro too (tests). */
export type ReferenceSchema = (collection: string) => z.ZodType<EntryReference, unknown>;

/** The zod type of one column's validated cell (`null` for a blank cell of an optional column). */
function cellSchema(column: ColumnSpec): z.ZodType {
  const values = column.values?.map((v) => v.value) ?? [];
  const filled: z.ZodType = (() => {
    switch (column.type) {
      case 'enum':
        return z.enum(values as [string, ...string[]]);
      case 'integer':
      case 'fiscal_year':
      case 'page':
        return z.number().int();
      case 'number':
        return z.number();
      case 'boolean':
        return z.boolean();
      default:
        return z.string();
    }
  })();
  return (column.required ? filled : filled.nullable()).describe(`${column.label}: ${column.description}`);
}

/** The columns of a table as zod fields, each described by the column dictionary. */
const columnFields = (spec: Pick<TableSpec, 'columns'>) =>
  Object.fromEntries(spec.columns.map((column) => [column.name, cellSchema(column)]));

/**
 * The entries a row's reference columns name: one optional field per reference column (absent
 * when the cell is blank), e.g. `refs.goal_id` → the entry of the goal in the `goals` collection.
 */
const refsSchema = (spec: TableSpec, reference: ReferenceSchema) =>
  z
    .object(
      Object.fromEntries(
        spec.columns
          .filter((c) => c.references)
          .map((c) => [
            c.name,
            reference(collectionOfTable(c.references!.table)).optional().describe(`${c.name} が指す項目（${c.references!.table}）`),
          ]),
      ),
    )
    .describe('The entries named by the reference columns, by column name.');

/** The fields every plan-table entry adds to its row. */
const planRowFields = (reference: ReferenceSchema) => ({
  /** The plan the row belongs to (an entry of `plans`). */
  plan: reference('plans').describe('The plan the row belongs to.'),
  /** 0-based place of the row in its table, in the validated (file) order. */
  position: z.number().int().nonnegative().describe('0-based place in the validated order.'),
});

/**
 * The schema of a plan table's entries: the spec's columns, the entry's plan and place, and its
 * references. Typed as the spec's row plus those fields (zod cannot compute the mapped row type
 * from the spec at run time, so the one cast of this module is here).
 */
export function rowEntrySchema<S extends TableSpec>(spec: S, reference: ReferenceSchema) {
  const schema = z.object({ ...columnFields(spec), ...planRowFields(reference), refs: refsSchema(spec, reference) });
  return schema as unknown as z.ZodType<
    RowOf<S> & { plan: EntryReference<'plans'>; position: number; refs: Record<string, EntryReference> }
  >;
}

/** The schema of the `plans` entries: the plans.csv row, its place, its predecessor and its cells' note marks. */
export function planEntrySchema<S extends TableSpec>(spec: S, reference: ReferenceSchema) {
  const schema = z.object({
    ...columnFields(spec),
    /** 0-based place of the plan among the published plans (the order of SITE_PLANS / site.csv, or plans.csv). */
    position: z.number().int().nonnegative().describe('0-based place among the published plans.'),
    /** The predecessor plan (`predecessor_id`), when there is one. */
    refs: refsSchema(spec, reference),
    /** Transcription-note marks taken out of the plan's CSV text cells (`[!3]`). */
    notes: z
      .array(
        z.object({
          /** The plan whose table holds the cell. */
          owner: z.string(),
          /** The table's name (`initiatives`, `plans`, `datasets/<id>`). */
          table: z.string(),
          /** The row's key values joined with `/`. */
          key: z.string(),
          /** The column of the cell. */
          column: z.string(),
          /** The plan whose corrections.csv the mark points to. */
          planId: z.string(),
          /** The note's number in that corrections.csv. */
          id: z.number().int(),
        }),
      )
      .describe('Transcription-note marks of the plan’s CSV cells.'),
  });
  return schema as unknown as z.ZodType<
    RowOf<S> & {
      position: number;
      refs: Record<string, EntryReference>;
      notes: { owner: string; table: string; key: string; column: string; planId: string; id: number }[];
    }
  >;
}

/** The schema of the `chapters` entries: one parsed chapter file (`chapters/<id>.md`). */
export function chapterEntrySchema(reference: ReferenceSchema) {
  return z.object({
    /** File name without `.md` (c1 … c7): part of the page URL. */
    id: z.string().describe('File name without .md.'),
    /** Chapter number as printed (第N章). */
    number: z.number().int().describe('Chapter number as printed.'),
    /** How the original numbers it when not 「第N章」 (1.、参考資料); null for 第N章. */
    label: z.string().nullable().describe('Printed numbering when not 第N章.'),
    /** Chapter title as printed, without 「第N章」 and note marks. */
    title: z.string().describe('Chapter title as printed.'),
    /** Transcription-note marks written in the title. */
    titleNotes: z.array(z.custom<NoteRef>()).describe('Note marks of the title.'),
    /** Page of the original where the chapter starts; null when the original has no page numbers. */
    page: z.number().int().nullable().describe('First page in the original.'),
    /** The chapter's blocks in document order (headings, paragraphs, lists, figures, directives, footnotes; see lib/markdown/types.ts). */
    blocks: z.array(z.custom<Block>()).describe('Blocks in document order.'),
    ...planRowFields(reference),
  }) as unknown as z.ZodType<Chapter & { plan: EntryReference<'plans'>; position: number }>;
}

/** The schema of the `datasets` entries: a datasets.csv row with its column dictionary and rows. */
export function datasetEntrySchema<S extends TableSpec, C extends TableSpec>(spec: S, columnSpec: C, reference: ReferenceSchema) {
  return z.object({
    ...columnFields(spec),
    /** The dataset's column dictionary (`datasets/<id>.columns.csv`). */
    columns: z.array(z.object(columnFields(columnSpec))).describe('The column dictionary of the dataset.'),
    /** The dataset's validated rows (`datasets/<id>.csv`), keyed by the dictionary's column names. */
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))).describe('The validated rows.'),
    ...planRowFields(reference),
    refs: refsSchema(spec, reference),
  }) as unknown as z.ZodType<
    RowOf<S> & {
      columns: DatasetColumn[];
      rows: Record<string, string | number | boolean | null>[];
      plan: EntryReference<'plans'>;
      position: number;
      refs: Record<string, EntryReference>;
    }
  >;
}

/** The schema of the `versionTexts` entries: an earlier version's chapters and figure tables, id `<plan>/<version>`. */
export function versionTextEntrySchema(reference: ReferenceSchema) {
  return z.object({
    /** The version's id (versions.csv). */
    id: z.string().describe('The version’s id.'),
    /** The version's chapters (see the `chapters` collection). */
    chapters: z.array(z.custom<Chapter>()).describe('The version’s chapters.'),
    /** The version's goals.csv rows. */
    goals: z.array(z.object(columnFields(tables.goalTable))).describe('The version’s goals.'),
    /** The version's measures.csv rows. */
    measures: z.array(z.object(columnFields(tables.measureTable))).describe('The version’s measures.'),
    /** The version's initiatives.csv rows. */
    initiatives: z.array(z.object(columnFields(tables.initiativeTable))).describe('The version’s initiatives.'),
    /** The version's indicators.csv rows. */
    indicators: z.array(z.object(columnFields(tables.indicatorTable))).describe('The version’s indicators.'),
    /** The version's observations.csv rows. */
    observations: z.array(z.object(columnFields(tables.observationTable))).describe('The version’s observations.'),
    ...planRowFields(reference),
  }) as unknown as z.ZodType<VersionText & { plan: EntryReference<'plans'>; position: number }>;
}

/** The schema of the `regionalFigures` entries: a row of content/regional-figures.csv. */
export function regionalEntrySchema<S extends TableSpec>(spec: S, reference: ReferenceSchema) {
  return z.object({
    ...columnFields(spec),
    /** 0-based place of the figure in the file. */
    position: z.number().int().nonnegative().describe('0-based place in the file.'),
    /** The plan that sets the figure (`plan_id`). */
    refs: refsSchema(spec, reference),
  }) as unknown as z.ZodType<RowOf<S> & { position: number; refs: Record<string, EntryReference> }>;
}

/** The schema of the single `site` entry: what the whole site shares. */
export function siteEntrySchema(reference: ReferenceSchema) {
  return z.object({
    /** Where the site lives and what it publishes (content/site.csv and SITE_URL, BASE_PATH, SITE_PLANS). */
    settings: z.custom<SiteSettings>().describe('Site settings.'),
    /** The site's name (site.csv `name`, or derived from the front plan's municipality). */
    name: z.string().describe('The site’s name.'),
    /** Whom to ask about the site. */
    contact: z.string().describe('Whom to ask about the site.'),
    /** The contact's e-mail address, when site.csv gives one. */
    contactEmail: z.string().nullable().describe('The contact’s e-mail address.'),
    /** Whom the site's own pages name: site.csv's contact, else the one municipality's, else none. */
    siteContact: z.custom<ContactPoint | null>().describe('Whom the site’s own pages name.'),
    /** The plan shown on the front page. */
    primary: reference('plans').describe('The front plan.'),
    /** Last-change day of each committed content file, `[content/<path>, YYYY-MM-DD]`; empty without repository history. */
    contentDates: z.array(z.tuple([z.string(), z.string()])).describe('Last-change day of each content file.'),
  }) as unknown as z.ZodType<{
    settings: SiteSettings;
    name: string;
    contact: string;
    contactEmail: string | null;
    siteContact: ContactPoint | null;
    primary: EntryReference<'plans'>;
    contentDates: [string, string][];
  }>;
}

/** The schema of a problem of content that did not validate (see `ContentError`). */
const problemSchema = z.object({
  /** Path from the project root, e.g. `content/plans/kitakami-2026/observations.csv`. */
  file: z.string().describe('Path from the project root.'),
  /** 1-based line (0 when the problem is about the whole file). */
  line: z.number().int().describe('1-based line, 0 for the whole file.'),
  /** 1-based column. */
  column: z.number().int().describe('1-based column.'),
  /** The CSV column or frontmatter field, if any. */
  field: z.string().optional().describe('The CSV column or frontmatter field.'),
  /** The offending value as written, if any. */
  value: z.string().optional().describe('The offending value as written.'),
  /** The rule broken (src/lib/validate/rules.ts). */
  rule: z.string().describe('The rule broken.'),
  /** What is wrong, in Japanese. */
  message: z.string().describe('What is wrong.'),
  /** How to fix it, in Japanese. */
  hint: z.string().describe('How to fix it.'),
});

/** The schema of the single `status` entry (`content`): what the last validation of the content folder found. */
export function statusEntrySchema() {
  return z.object({
    /** Identifies the content read; changes whenever a content file (or SITE_URL, BASE_PATH, SITE_PLANS) changes. */
    version: z.string().describe('Identifies the content read.'),
    /** Empty for valid content; in the dev server, every problem of content that did not validate (a build stops instead). */
    problems: z.array(problemSchema).describe('The problems found.'),
    /** How many entries each collection holds. */
    sizes: z.record(z.string(), z.number().int()).describe('Entries per collection.'),
  }) as unknown as z.ZodType<{ version: string; problems: ContentError[]; sizes: Record<string, number> }>;
}

/**
 * Every collection's schema, by collection name (what `src/content.config.ts` gives each
 * `defineCollection`; tests parse stored entries with them).
 */
export function collectionSchemas(reference: ReferenceSchema) {
  return {
    site: siteEntrySchema(reference),
    plans: planEntrySchema(tables.planTable, reference),
    chapters: chapterEntrySchema(reference),
    goals: rowEntrySchema(tables.goalTable, reference),
    measures: rowEntrySchema(tables.measureTable, reference),
    initiatives: rowEntrySchema(tables.initiativeTable, reference),
    indicators: rowEntrySchema(tables.indicatorTable, reference),
    observations: rowEntrySchema(tables.observationTable, reference),
    scales: rowEntrySchema(tables.scaleTable, reference),
    evaluations: rowEntrySchema(tables.evaluationTable, reference),
    rollups: rowEntrySchema(tables.rollupTable, reference),
    glossary: rowEntrySchema(tables.glossaryTable, reference),
    roadmap: rowEntrySchema(tables.roadmapTable, reference),
    roadmapStatus: rowEntrySchema(tables.roadmapStatusTable, reference),
    scoreAxes: rowEntrySchema(tables.scoreAxisTable, reference),
    scoreLevels: rowEntrySchema(tables.scoreLevelTable, reference),
    scores: rowEntrySchema(tables.scoreTable, reference),
    succession: rowEntrySchema(tables.successionTable, reference),
    versions: rowEntrySchema(tables.versionTable, reference),
    responses: rowEntrySchema(tables.responseTable, reference),
    corrections: rowEntrySchema(tables.correctionTable, reference),
    datasets: datasetEntrySchema(tables.datasetTable, tables.datasetColumnTable, reference),
    versionTexts: versionTextEntrySchema(reference),
    regionalFigures: regionalEntrySchema(tables.regionalFigureTable, reference),
    status: statusEntrySchema(),
  } satisfies Record<CollectionName, z.ZodType>;
}
