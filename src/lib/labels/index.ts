/**
 * The site's own words: every label, heading, hint and sentence the site prints that is not a
 * plan's text. A city (or a future English edition) changes them here and nowhere else; the plan's
 * vocabulary (`goal_term`, `measure_term`, `indicator_term` …, see `planTerms`) is applied by the
 * functions of these modules, never by components. A sentence with slots is a function, so its word
 * order is edited here too. One module per area, so each stays short:
 * - `chrome.ts`: the page shell (header, navigation, status banner, breadcrumbs, footer, search box)
 *   and the small components every area shares (history list, downloads, column dictionary);
 * - `site-pages.ts`: the site's own pages (home, plan list, glossary, regional, data, history …);
 * - `plan-pages.ts`: a plan's pages and the tables they render (goals, indicators, chapters …), the
 *   default names of a plan's levels;
 * - `progress-pages.ts`: a plan's yearly progress report (roll-ups, graded items, grade history);
 * - `progress-status.ts`: the computed progress statuses and their symbols;
 * - `plan-facts.ts`: a plan document's facts, its dates in words, contact lines, targets in one line;
 * - `plan-notice.ts`: the status banner of a draft or a plan under public comment;
 * - `formats.ts`: how years (「2025年度（令和7年度）」), dates and sizes are written;
 * - `citations.ts`: a passage's citation (「第4章(2) 第3段落」「原本 p.16〜」);
 * - `succession.ts`: the link between a plan and its predecessor, always saying who made it;
 * - `charts.ts`: the chart legend and summary (the chart's text alternative), radar charts in words,
 *   and the words of the chart's browser script (`chartScriptLabels`);
 * - `history.ts`: the sentences of the history of changes (pages, history.csv, the Atom feed);
 * - `open-data.ts`: the README.txt of the data archives, the data package and catalogue, licences;
 * - `search.ts`: the search index's content types, its cell and row separators and a glossary
 *   result's line (bundled by the search script, so without imports);
 * - `letter.ts`, `copy-buttons.ts`: words bundled by browser scripts (the comment letter, the copy
 *   buttons), kept in modules without imports so a page's script carries only its own words.
 * Not here: the column dictionary (each table's title, labels and column meanings, src/schemas/) and
 * the validator's messages to the clerk (src/lib/validate/, src/lib/content/checks/ …); see the
 * README's architecture section and tests/unit/labels/site-words-in-one-place.test.ts.
 */
export { chromeLabels, sitePageTitles } from './chrome.ts';
export { sitePageLabels } from './site-pages.ts';
export { planPageLabels } from './plan-pages.ts';
export { progressPageLabels } from './progress-pages.ts';
export { progressStatusLabels } from './progress-status.ts';
export { planFactLabels } from './plan-facts.ts';
export { planNoticeLabels } from './plan-notice.ts';
export { formatLabels } from './formats.ts';
export { citationLabels } from './citations.ts';
export { successionLabels } from './succession.ts';
export { chartLabels, chartScriptLabels } from './charts.ts';
export { historyLabels } from './history.ts';
export { openDataLabels } from './open-data.ts';
export { letterLabels } from './letter.ts';
export { copyButtonLabels } from './copy-buttons.ts';
export { searchLabels } from './search.ts';
export { versionLabels } from './versions.ts';
