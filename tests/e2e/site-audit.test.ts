/**
 * The quality gate, over every built page, in one pass per page and mode (loading a page costs
 * more than checking it):
 * - axe (WCAG 2.0–2.2 A/AA, no rule disabled) at 1280 px, at 320 px (= 400 % zoom) and with
 *   forced colours;
 * - reflow without horizontal scrolling; wide tables in focusable, labelled regions;
 * - one h1, landmarks, lang; visible focus with 3:1 contrast on every focusable element;
 * - prefers-reduced-motion; the same content without JavaScript; working downloads;
 * - no CSP violation, no request to another origin, JavaScript within its byte budget.
 * Writes the results to test-results/accessibility-report.json (not tracked, so a test run never
 * changes the repository); `npm run accessibility-report` copies them to the statement's data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { urls } from '../../src/lib/urls.ts';
import { launchBrowser, sitePaths, sweepPages } from './browser.ts';
import { MAX_HEADER_HEIGHT, phoneFindings, type PhoneFindings } from './phone-findings.ts';
import { AXE_TAGS, axeSource, runAxe, type AxeViolation } from './axe.ts';
import { focusProblems, layoutProblems, motionProblems, readableContent, scriptsLoaded, structureProblems } from './page-checks.ts';

/** Pages without charts or open search may ship at most this much JavaScript (gzip)… */
const JS_BUDGET_BYTES = 10 * 1024;
/** …and a page with a chart at most this much, Chart.js included (charts.test.ts measures it drawn). */
const CHART_PAGE_BUDGET_BYTES = 80 * 1024;

const MODES: { name: string; options: BrowserContextOptions }[] = [
  { name: '1280px', options: { viewport: { width: 1280, height: 900 } } },
  { name: '320px', options: { viewport: { width: 320, height: 640 } } },
  { name: 'forced-colors', options: { viewport: { width: 1280, height: 900 }, forcedColors: 'active', reducedMotion: 'reduce' } },
];

interface ModeResult {
  violations: AxeViolation[];
  layout: string[];
}
/** The phone checks (phone-findings.ts) run in the same visits at 1280 px and 320 px. */
interface PhoneModes {
  '1280px': PhoneFindings;
  '320px': PhoneFindings;
}
interface PageAudit {
  path: string;
  modes: Record<string, ModeResult>;
  structure: string[];
  focus: string[];
  motion: string[];
  csp: string[];
  foreignRequests: string[];
  jsBytes: number;
  hasChart: boolean;
  content: ReturnType<typeof readableContent>;
  contentWithoutJs: ReturnType<typeof readableContent>;
  brokenDownloads: string[];
  phone: PhoneModes;
}

const paths = sitePaths();
let browser: Browser;
let audits: PageAudit[] = [];
let axeVersion = '';

async function axe(page: Page): Promise<AxeViolation[]> {
  const result = await runAxe(page);
  axeVersion = result.version;
  return result.violations;
}

/** Visits every page in one mode, in one reused tab, and returns what `visit` found per path. */
const sweep = <T>(options: BrowserContextOptions, visit: (page: Page, path: string, foreign: string[]) => Promise<T>) =>
  sweepPages(browser, paths, options, visit, [axeSource]);

beforeAll(async () => {
  browser = await launchBrowser();
  const outDir = inject('outDir');
  const [desktop, narrow, forced, withoutJs] = await Promise.all([
    sweep(MODES[0]!.options, async (page, _path, foreign) => {
      const violations = await axe(page);
      const layout = await page.evaluate(layoutProblems);
      const structure = await page.evaluate(structureProblems);
      const content = await page.evaluate(readableContent);
      const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      const scripts = await page.evaluate(scriptsLoaded);
      const hasChart = await page.evaluate(() => document.querySelector('dx-chart') !== null);
      const jsBytes =
        scripts.external.reduce((n, file) => n + gzipSync(readFileSync(join(outDir, file))).length, 0) +
        scripts.inline.reduce((n, code) => n + gzipSync(code).length, 0);
      await page.keyboard.press('Tab'); // keyboard modality, so :focus-visible applies to script focus too
      const focus = await page.evaluate(focusProblems);
      const phone = await phoneFindings(page);
      return { violations, layout, structure, content, csp, jsBytes, hasChart, focus, foreignRequests: [...foreign], phone };
    }),
    sweep(MODES[1]!.options, async (page) => ({
      violations: await axe(page),
      layout: await page.evaluate(layoutProblems),
      phone: await phoneFindings(page),
    })),
    sweep(MODES[2]!.options, async (page) => ({
      violations: await axe(page),
      layout: await page.evaluate(layoutProblems),
      motion: await page.evaluate(motionProblems),
    })),
    sweep({ javaScriptEnabled: false }, async (page) => page.evaluate(readableContent)),
  ]);
  audits = [];
  for (const path of paths) {
    const d = desktop.get(path)!;
    const n = narrow.get(path)!;
    const f = forced.get(path)!;
    const contentWithoutJs = withoutJs.get(path)!;
    const brokenDownloads: string[] = [];
    for (const url of contentWithoutJs.downloads) {
      const response = await fetch(url);
      if (!response.ok) brokenDownloads.push(`${url} → ${response.status}`);
    }
    audits.push({
      path,
      modes: {
        '1280px': { violations: d.violations, layout: d.layout },
        '320px': { violations: n.violations, layout: n.layout },
        'forced-colors': { violations: f.violations, layout: f.layout },
      },
      structure: d.structure,
      focus: d.focus,
      motion: f.motion,
      csp: d.csp,
      foreignRequests: d.foreignRequests,
      jsBytes: d.jsBytes,
      hasChart: d.hasChart,
      content: d.content,
      contentWithoutJs,
      brokenDownloads,
      phone: { '1280px': d.phone, '320px': n.phone },
    });
  }
}, 900_000);

afterAll(async () => {
  await browser?.close();
  if (audits.length === 0) return;
  // The statement page publishes a run's findings once they are copied and committed on purpose.
  const runs = audits.flatMap((a) => Object.values(a.modes));
  const report = {
    date: new Date().toISOString().slice(0, 10),
    axeVersion,
    tags: AXE_TAGS,
    modes: MODES.map((m) => m.name),
    pagesTested: audits.length,
    checks: runs.length,
    violations: runs.reduce((n, r) => n + r.violations.length, 0),
    pagesWithViolations: audits.filter((a) => Object.values(a.modes).some((m) => m.violations.length > 0)).map((a) => a.path),
    // What the tested build published: the statement shows the results only on a build of these plans.
    plans: validateContent(readContentFiles(join(import.meta.dirname, '../../content'))).site?.plans.map((p) => p.plan.id) ?? [],
  };
  const results = join(import.meta.dirname, '../../test-results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'accessibility-report.json'), `${JSON.stringify(report, null, 2)}\n`);
});

/** Problems of every page, as "path: problem" lines (empty when all pages pass). */
const everyPage = (pick: (audit: PageAudit) => string[]) => audits.flatMap((a) => pick(a).map((p) => `${a.path}: ${p}`));

it('audited every page the content model defines, each a page with a heading and text', () => {
  // Expected pages come from the content, not from the build's file list the audit walked.
  const { site } = validateContent(readContentFiles(join(import.meta.dirname, '../../content')));
  const expected = site!.plans.flatMap(({ plan, chapters, goals, indicators }) => [
    urls.planHome(plan),
    ...chapters.map((c) => `/plans/${plan.id}/chapters/${c.id}/`),
    ...goals.map((g) => `/plans/${plan.id}/goals/${g.id}/`),
    ...indicators.map((i) => `/plans/${plan.id}/indicators/${i.id}/`),
    ...indicators.map((i) => urls.indicatorEmbed(plan.id, i.id)),
  ]);
  const audited = audits.map((a) => a.path);
  expect(expected.filter((path) => !audited.includes(path))).toEqual([]);
  expect(everyPage((a) => (a.content.text.trim().length < 20 ? ['main has no text'] : []))).toEqual([]);
});

describe.each(MODES.map((m) => m.name))('at %s', (mode) => {
  it('no page has an axe violation', () => {
    expect(everyPage((a) => a.modes[mode]!.violations.map((v) => `${v.id} at ${v.nodes.join(', ')}`))).toEqual([]);
  });
  it('no page scrolls sideways; wide tables scroll in their own labelled, focusable region', () => {
    expect(everyPage((a) => a.modes[mode]!.layout)).toEqual([]);
  });
});

describe.each(['1280px', '320px'] as const)('read at %s (the phone checks of phone.test.ts)', (mode) => {
  it('no page squeezes text below 4 characters a line (table cells, list items, paragraphs, captions…)', () => {
    expect(everyPage((a) => a.phone[mode].squeezed)).toEqual([]);
  });
  it('controls are at least 44×44 px and links are spaced per WCAG 2.5.8', () => {
    expect(everyPage((a) => a.phone[mode].targets)).toEqual([]);
  });
});

it(`on a 320 px phone the header takes at most ${MAX_HEADER_HEIGHT} px of the screen`, () => {
  expect(
    everyPage((a) => (a.phone['320px'].header > MAX_HEADER_HEIGHT ? [`header ${Math.round(a.phone['320px'].header)} px`] : [])),
  ).toEqual([]);
});

it('every page has one h1, landmarks, named navigation and lang="ja"', () => {
  expect(everyPage((a) => a.structure)).toEqual([]);
});

it('every focusable element shows a focus indicator with at least 3:1 contrast', () => {
  expect(everyPage((a) => a.focus)).toEqual([]);
});

it('nothing moves under prefers-reduced-motion', () => {
  expect(everyPage((a) => a.motion)).toEqual([]);
});

it('every page reads the same without JavaScript, and its downloads work', () => {
  expect(everyPage((a) => (a.contentWithoutJs.text.trim().length < 20 ? ['main is empty without JavaScript'] : []))).toEqual([]);
  // JavaScript may add (a chart, its save button) but never hold back text, tables or links.
  expect(
    everyPage((a) =>
      a.contentWithoutJs.text
        .split('\n')
        .filter((line) => !a.content.text.includes(line))
        .map((line) => `missing without JavaScript: ${line}`),
    ),
  ).toEqual([]);
  expect(
    everyPage((a) =>
      a.contentWithoutJs.tables !== a.content.tables || a.contentWithoutJs.rows !== a.content.rows
        ? ['tables differ without JavaScript']
        : [],
    ),
  ).toEqual([]);
  expect(
    everyPage((a) =>
      JSON.stringify(a.contentWithoutJs.links) !== JSON.stringify(a.content.links) ? ['links differ without JavaScript'] : [],
    ),
  ).toEqual([]);
  expect(everyPage((a) => a.brokenDownloads)).toEqual([]);
});

it('no page violates the Content-Security-Policy', () => {
  expect(everyPage((a) => a.csp)).toEqual([]);
});

it('no page requests anything from another origin', () => {
  expect(everyPage((a) => a.foreignRequests)).toEqual([]);
});

it(`pages without a chart ship at most ${JS_BUDGET_BYTES} bytes of JavaScript (gzip), pages with one at most ${CHART_PAGE_BUDGET_BYTES}`, () => {
  expect(everyPage((a) => (a.jsBytes > (a.hasChart ? CHART_PAGE_BUDGET_BYTES : JS_BUDGET_BYTES) ? [`${a.jsBytes} bytes`] : []))).toEqual(
    [],
  );
});
