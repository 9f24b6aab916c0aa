import type { ContactPoint } from '../plan-facts/contacts.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Goal } from '../../schemas/goal.ts';
import type { Measure } from '../../schemas/measure.ts';
import type { Initiative } from '../../schemas/initiative.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Observation } from '../../schemas/observation.ts';
import type { Evaluation } from '../../schemas/evaluation.ts';
import type { ScaleGrade } from '../../schemas/scale.ts';
import type { PrintedRollup } from '../../schemas/rollup.ts';
import type { GlossaryTerm } from '../../schemas/glossary-term.ts';
import type { RoadmapStep } from '../../schemas/roadmap-step.ts';
import type { RoadmapStatus } from '../../schemas/roadmap-status.ts';
import type { Dataset, DatasetColumn } from '../../schemas/dataset.ts';
import type { CommentResponse } from '../../schemas/comment-response.ts';
import type { Correction } from '../../schemas/correction.ts';
import type { Score, ScoreAxis, ScoreLevel } from '../../schemas/score.ts';
import type { Succession } from '../../schemas/succession.ts';
import type { PlanVersion } from '../../schemas/plan-version.ts';
import type { RegionalFigure } from '../../schemas/regional-figure.ts';
import type { PlanTableName, PlanTables } from '../../schemas/index.ts';
import type { Chapter } from '../markdown/types.ts';
import type { SiteSettings } from './site-settings.ts';
import type { CellValue } from '../../schemas/column-spec.ts';
import type { CellNoteMark } from '../corrections/note-marks.ts';

/** A dataset with its column dictionary and validated rows. */
export interface DatasetContent extends Dataset {
  columns: DatasetColumn[];
  rows: Record<string, CellValue>[];
}

/**
 * Everything one plan folder holds, validated and typed. Properties are the table names
 * (`TableSpec.name`), camel-cased where the name has a hyphen (`rowsByTable` gives them by name).
 */
export interface PlanContent {
  plan: Plan;
  chapters: Chapter[];
  goals: Goal[];
  measures: Measure[];
  initiatives: Initiative[];
  indicators: Indicator[];
  observations: Observation[];
  /** The grades of the plan's own evaluation scales (scales.csv). */
  scales: ScaleGrade[];
  evaluations: Evaluation[];
  /** Roll-ups of the evaluations as the city printed them (rollups.csv). */
  rollups: PrintedRollup[];
  glossary: GlossaryTerm[];
  roadmap: RoadmapStep[];
  /** The statuses the city reported per roadmap item and year (roadmap-status.csv). */
  roadmapStatus: RoadmapStatus[];
  scoreAxes: ScoreAxis[];
  scoreLevels: ScoreLevel[];
  scores: Score[];
  succession: Succession[];
  datasets: DatasetContent[];
  /** The plan's published versions (versions.csv), in file order; empty for a plan with one text. */
  versions: PlanVersion[];
  /** The text and tables of each version before the newest, in versions.csv order (see `VersionText`). */
  versionTexts: VersionText[];
  responses: CommentResponse[];
  corrections: Correction[];
  /** Transcription-note marks taken out of this plan's CSV text cells (see corrections/note-marks.ts). */
  notes: CellNoteMark[];
}

/**
 * The chapters and figure tables of one earlier version of a plan: the files of
 * `versions/<id>/`, and for every file absent there, the next newer version's (the newest
 * version is the plan folder itself, whose content is `PlanContent`).
 */
export interface VersionText {
  /** The version's id (versions.csv `id`). */
  id: string;
  chapters: Chapter[];
  goals: Goal[];
  measures: Measure[];
  initiatives: Initiative[];
  indicators: Indicator[];
  observations: Observation[];
}

/** A plan's rows of each table, by table name (`TableSpec.name`). */
export type PlanTableRows = { readonly [N in PlanTableName]: readonly PlanTables[N][] };

/** The whole site's content. */
export interface SiteContent {
  plans: PlanContent[];
  /** The plan shown on the front page (`is_primary` in plans.csv). */
  primary: PlanContent;
  /** Figures several plans set on one subject (regional-figures.csv), in file order, of the published plans. */
  regional: RegionalFigure[];
  /** Where the site lives and what it publishes (content/site.csv and SITE_URL, BASE_PATH, SITE_PLANS). */
  settings: SiteSettings;
  /** The site's name: site.csv `name`, or 「（front plan's municipality）DX計画の進捗」 (「…ほかの…」 for several municipalities). */
  name: string;
  /** Whom to ask about the site: site.csv `contact`, or the front plan's publisher. */
  contact: string;
  /** The contact's e-mail address, when site.csv gives one. */
  contactEmail: string | null;
  /**
   * Whom the site's own pages name (`siteContact` in src/lib/plan-facts/contacts.ts): site.csv's
   * contact; else, when every published plan is one municipality's, the front plan's contact;
   * else null (a several-city site does not borrow one city's office). A plan's pages name
   * `planContact(plan)` instead.
   */
  siteContact: ContactPoint | null;
  /** Last-change day of each committed content file (`content/<path>` → YYYY-MM-DD); empty without history. */
  contentDates: ReadonlyMap<string, string>;
}

/**
 * One file under `content/` as read from disk: its bytes (decoded and checked by the validator),
 * text (tests may give text directly), a symbolic link, which is never followed, or a file the site
 * does not read (not `.csv` or `.md`), which the validator names so that nothing is skipped unseen.
 */
export type ContentFile = string | Uint8Array | { readonly symlinkTo: string } | { readonly notRead: true };

/** Content files by path relative to the project root, e.g. `content/plans.csv`. */
export type ContentFiles = ReadonlyMap<string, ContentFile>;
