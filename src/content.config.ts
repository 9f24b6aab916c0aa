/**
 * The content collections. One loader (`src/loaders/content-loader.ts`) validates the whole content
 * folder with our own validator and fills every collection from that one run: one entry per plan,
 * chapter, table row, dataset and regional figure, ids `<plan>/<row key>`. Relations between rows
 * are `reference()`s under `refs` (`refs.goal_id` of a measure is its goal). The schemas
 * (`src/loaders/collection-schemas.ts`) are derived from the column dictionary in `src/schemas/`.
 * Pages read the site through `loadSite()` (src/io/site.ts), which puts the collections together.
 */
import { defineCollection, reference } from 'astro:content';
import { contentLoader } from './loaders/content-loader.ts';
import { collectionSchemas, type ReferenceSchema } from './loaders/collection-schemas.ts';

const schemas = collectionSchemas(reference as ReferenceSchema);

export const collections = {
  /** What the whole site shares (settings, name, contact, front plan, content dates): one entry, `site`. */
  site: defineCollection({ loader: contentLoader('site'), schema: schemas.site }),
  /** The published plans (plans.csv), id = the plan's id; `refs.predecessor_id` → plans. */
  plans: defineCollection({ loader: contentLoader('plans'), schema: schemas.plans }),
  /** The chapters (`plans/<plan>/chapters/<id>.md`), id = `<plan>/<chapter>`. */
  chapters: defineCollection({ loader: contentLoader('chapters'), schema: schemas.chapters }),
  /** 基本目標 (goals.csv), id = `<plan>/<goal>`. */
  goals: defineCollection({ loader: contentLoader('goals'), schema: schemas.goals }),
  /** 基本施策 (measures.csv); `refs.goal_id` → goals. */
  measures: defineCollection({ loader: contentLoader('measures'), schema: schemas.measures }),
  /** Concrete initiatives (initiatives.csv); `refs.measure_id` → measures or `refs.goal_id` → goals. */
  initiatives: defineCollection({ loader: contentLoader('initiatives'), schema: schemas.initiatives }),
  /** Indicators (indicators.csv); `refs.goal_id`, `refs.measure_id`, `refs.initiative_id`, `refs.printed_in` (a plan). */
  indicators: defineCollection({ loader: contentLoader('indicators'), schema: schemas.indicators }),
  /** One value of an indicator in one fiscal year (observations.csv), id = `<plan>/<indicator>/<year>/<kind>`; `refs.indicator_id`. */
  observations: defineCollection({ loader: contentLoader('observations'), schema: schemas.observations }),
  /** The grades of a plan's own evaluation scales (scales.csv), id = `<plan>/<scale>/<symbol>`. */
  scales: defineCollection({ loader: contentLoader('scales'), schema: schemas.scales }),
  /** The city's grades per item and fiscal year (evaluations.csv), id = `<plan>/<item type>/<item>/<year>/<scale>`; `refs.evaluated_in` (a plan). */
  evaluations: defineCollection({ loader: contentLoader('evaluations'), schema: schemas.evaluations }),
  /** Roll-ups of the grades as the city printed them (rollups.csv), id = `<plan>/<year>/<scale>/<goal>/<grade>`; `refs.goal_id`. */
  rollups: defineCollection({ loader: contentLoader('rollups'), schema: schemas.rollups }),
  /** Glossary terms (glossary.csv). */
  glossary: defineCollection({ loader: contentLoader('glossary'), schema: schemas.glossary }),
  /** Roadmap steps (roadmap.csv). */
  roadmap: defineCollection({ loader: contentLoader('roadmap'), schema: schemas.roadmap }),
  /** The status the city reported per roadmap item and year (roadmap-status.csv), id = `<plan>/<item>/<year>`. */
  roadmapStatus: defineCollection({ loader: contentLoader('roadmapStatus'), schema: schemas.roadmapStatus }),
  /** Axes of a qualitative evaluation (score-axes.csv). */
  scoreAxes: defineCollection({ loader: contentLoader('scoreAxes'), schema: schemas.scoreAxes }),
  /** What each level of an axis means (score-levels.csv); `refs.axis_id` → scoreAxes. */
  scoreLevels: defineCollection({ loader: contentLoader('scoreLevels'), schema: schemas.scoreLevels }),
  /** An item's level on an axis (scores.csv); `refs.axis_id` → scoreAxes. */
  scores: defineCollection({ loader: contentLoader('scores'), schema: schemas.scores }),
  /** What became of the predecessor plan's items (succession.csv). */
  succession: defineCollection({ loader: contentLoader('succession'), schema: schemas.succession }),
  /** The plan's published versions (versions.csv), id = `<plan>/<version>`. */
  versions: defineCollection({ loader: contentLoader('versions'), schema: schemas.versions }),
  /** Published answers to public comments (responses.csv). */
  responses: defineCollection({ loader: contentLoader('responses'), schema: schemas.responses }),
  /** Transcription notes (corrections.csv). */
  corrections: defineCollection({ loader: contentLoader('corrections'), schema: schemas.corrections }),
  /** Data tables (datasets.csv with `datasets/<id>.csv` and its column dictionary). */
  datasets: defineCollection({ loader: contentLoader('datasets'), schema: schemas.datasets }),
  /** Each earlier version's chapters and figure tables (`versions/<id>/` over the newer versions), id = `<plan>/<version>`. */
  versionTexts: defineCollection({ loader: contentLoader('versionTexts'), schema: schemas.versionTexts }),
  /** Figures several plans set on one subject (content/regional-figures.csv), id = `<topic>/<plan>/<item>`; `refs.plan_id`. */
  regionalFigures: defineCollection({ loader: contentLoader('regionalFigures'), schema: schemas.regionalFigures }),
  /** What the last validation found: one entry, `content` (version, entries per collection, and in the dev server the problems). */
  status: defineCollection({ loader: contentLoader('status'), schema: schemas.status }),
};
