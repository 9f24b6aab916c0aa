import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

/** Every `.astro` file under a folder of the project. */
function astroFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The plan routes and the components that render a plan's pages (the files whose words live in plan-pages.ts). */
const PLAN_COMPONENTS = [
  'ChapterBlocks',
  'ChapterToc',
  'CitationLine',
  'DataTable',
  'DatasetTable',
  'DirectiveTable',
  'EmbedCode',
  'EvaluationMark',
  'EvaluationTable',
  'FigureText',
  'FiscalYear',
  'IndicatorFigure',
  'IndicatorLink',
  'IndicatorsTable',
  'InitiativesTable',
  'Inlines',
  'MeasuresTable',
  'MultilineText',
  'NoteMark',
  'NoteMarks',
  'OutcomeIndicatorTable',
  'PriorityBadge',
  'ProgressBar',
  'ProgressDetails',
  'RoadmapTable',
  'RowCitation',
  'ScoreLevelsTable',
  'ScoresView',
  'SubmissionDetails',
  'TargetCell',
  'ValueCell',
  'views/PlanHome',
].map((name) => `src/components/${name}.astro`);
const PLAN_ROUTES = [...astroFiles('src/pages/plans/[plan]'), ...astroFiles('src/pages/embed')];

/** The code of a file without its comments (JSDoc and line comments may quote the Japanese they explain). */
const code = (path: string) =>
  readFileSync(join(root, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('plan routes and components', () => {
  it('are found (the lists are not empty)', () => {
    expect(PLAN_ROUTES.length).toBeGreaterThanOrEqual(12);
    expect(PLAN_COMPONENTS.length).toBe(32);
  });
  it.each([...PLAN_ROUTES, ...PLAN_COMPONENTS])('%s reads the site from its props or loadSite(), never getSite()', (path) => {
    expect(code(path)).not.toMatch(/\bgetSite\b/);
  });
  it.each([...PLAN_ROUTES, ...PLAN_COMPONENTS])(
    '%s prints no Japanese of its own (its words are in src/lib/labels/plan-pages.ts)',
    (path) => {
      expect(code(path).match(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]+/g) ?? []).toEqual([]);
    },
  );
});
