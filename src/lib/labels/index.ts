/**
 * The site's own words: every label, heading and hint the site prints that is not a plan's text.
 * A city (or a future English edition) changes them here and nowhere else; the plan's vocabulary
 * (`goal_term`, `measure_term`, `indicator_term` …, see `planTerms`) is applied by the functions of
 * these modules, never by components. One module per area, so each stays short:
 * - `chrome.ts`: the page shell (header, navigation, status banner, breadcrumbs, footer, search box);
 * - `site-pages.ts`: the site's own pages (home, plan list, glossary, regional, data, history …);
 * - `plan-pages.ts`: a plan's pages and the tables they render (goals, indicators, chapters …);
 * - `progress-pages.ts`: a plan's yearly progress report (roll-ups, graded items, grade history).
 */
export { chromeLabels } from './chrome.ts';
export { sitePageLabels } from './site-pages.ts';
export { planPageLabels } from './plan-pages.ts';
export { progressPageLabels } from './progress-pages.ts';
export { versionLabels } from './versions.ts';
