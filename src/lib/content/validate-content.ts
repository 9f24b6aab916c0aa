import type { CellValue, TableSpec, ColumnSpec } from '../../schemas/column-spec.ts';
import {
  planTable,
  planTables,
  datasetColumnTable,
  regionalFigureTable,
  type PlanTableName,
  type PlanTableSpecs,
} from '../../schemas/index.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { ContentError } from '../validate/content-error.ts';
import { validateTable, type SourcedRow } from '../validate/validate-table.ts';
import { closestMatch } from '../validate/suggest.ts';
import { parseChapter } from '../markdown/parse-chapter.ts';
import type { Chapter } from '../markdown/types.ts';
import type { ContentFile, ContentFiles, DatasetContent, PlanContent, SiteContent, VersionText } from './types.ts';
import { readVersionTexts } from './version-texts.ts';
import { labelOf } from './queries.ts';
import { PLAN_STATUSES } from '../../schemas/plan.ts';
import { VERSION_STATUSES } from '../../schemas/plan-version.ts';
import { checkChangedPassages } from './checks/changed-passages.ts';
import { commentVersions, currentVersion } from '../versions/plan-versions.ts';
import { checkCrossReferences } from './check-cross-references.ts';
import { decodeContentFiles } from './decode-content-files.ts';
import { append } from '../append.ts';
import { settingLocation, siteSettings, type SiteEnvironment } from './site-settings.ts';
import { checkSiteSettings } from './check-site-settings.ts';
import { publishedPlans } from './published-plans.ts';
import { checkSiteLinks, type SiteLink } from './site-links.ts';
import { siteConfigTable } from '../../schemas/site-config.ts';

/**
 * The site's name when site.csv gives none: 「横手市DX計画の進捗」 for one municipality's plans, and
 * 「北上市ほかのDX計画の進捗」 when the site publishes several municipalities' plans.
 */
function defaultSiteName(plans: readonly PlanContent[], primary: PlanContent): string {
  const others = plans.some((p) => p.plan.municipality_code !== primary.plan.municipality_code);
  return chromeLabels.defaultSiteName(primary.plan.municipality_name, others);
}

import { contentWarnings } from './content-warnings.ts';
import { siteContact } from '../plan-facts/contacts.ts';
import { chapterNotes, checkNoteMarks, extractCellNotes, type LocatedNote } from './note-mark-checks.ts';
import type { CellNoteMark } from '../corrections/note-marks.ts';
import { setValidatedTable, validRows, type ValidatedPlanTables, type ValidatedTable } from './validated-tables.ts';
import { chromeLabels } from '../labels/chrome.ts';

/** Validated content, or `null` with every problem found; warnings never stop the build. */
export interface ContentResult {
  site: SiteContent | null;
  errors: ContentError[];
  /** Things the editor should know but that do not stop the build (e.g. a plan without a licence). */
  warnings: ContentError[];
}

/** Whether a file was recorded without being read (not `.csv` or `.md`; named by decodeContentFiles). */
const isNotRead = (file: ContentFile | undefined): boolean => typeof file === 'object' && file !== null && 'notRead' in file;

/** Tables whose text is never scanned for note marks: the notes themselves and published answers. */
const NOTES_LITERAL = new Set(['corrections', 'responses']);

/** A row's key values, joined with `/` (how a cell note names its row). */
const keyText = (values: Readonly<Record<string, CellValue>>, key: readonly string[]): string =>
  key.map((k) => String(values[k])).join('/');

/** The typed values of a validated table's rows (none when the file is absent). */
const rowValues = <Row>(table: ValidatedTable<Row> | undefined): Row[] => (table?.rows ?? []).map((r) => r.values);

/**
 * Validates all content (plans.csv, every plan folder's CSVs and chapters, dataset sidecars) and
 * builds the typed site model. Pure: takes the files' text, never reads the disk. All problems
 * of the run are returned together; if there is any, `site` is `null` and nothing is built.
 */
export function validateContent(contentFiles: ContentFiles, contentDir = 'content', env: SiteEnvironment = {}): ContentResult {
  const { texts: files, errors, warnings: fileWarnings, unreadable } = decodeContentFiles(contentFiles);
  const planFile = `${contentDir}/${planTable.file}`;
  if (unreadable.has(planFile)) return { site: null, errors, warnings: fileWarnings };
  const planText = files.get(planFile);
  if (planText === undefined) {
    errors.push({
      file: planFile,
      line: 0,
      column: 0,
      rule: 'missing-file',
      message: 'plans.csv がありません',
      hint: '計画の一覧 content/plans.csv を作ってください（列は README の列辞書を参照）',
    });
    return { site: null, errors, warnings: fileWarnings };
  }
  const planResult = validateTable(planTable, planFile, planText);
  append(errors, planResult.errors);
  const planRows = planResult.rows;
  // Transcription-note marks ([!3]) are taken out of text cells as each table is read.
  const located: LocatedNote[] = [];
  const cellNotes = new Map<string, CellNoteMark[]>();
  const takeNotes = (result: ReturnType<typeof extractCellNotes>) => {
    located.push(...result.located);
    for (const cell of result.cells) cellNotes.set(cell.owner, [...(cellNotes.get(cell.owner) ?? []), cell]);
  };
  takeNotes(
    extractCellNotes(
      planTable,
      planRows,
      (row) => row.values.id,
      (row) => row.values.id,
    ),
  );
  // Plans rejected for a bad cell still count as known ids, so their folders raise no second error.
  const planIds = new Set([...planRows.map((r) => r.values.id), ...planResult.rejected.map((r) => r.id ?? '')]);

  // Plan folders: content/plans/<id>/…
  const folderFiles = new Map<string, string[]>();
  for (const path of contentFiles.keys()) {
    const match = new RegExp(`^${contentDir}/plans/([^/]+)/(.+)$`).exec(path);
    if (!match) continue;
    const list = folderFiles.get(match[1]!) ?? [];
    list.push(match[2]!);
    folderFiles.set(match[1]!, list);
  }
  for (const folder of folderFiles.keys()) {
    if (!planIds.has(folder)) {
      const guess = closestMatch(folder, [...planIds]);
      errors.push({
        file: `${contentDir}/plans/${folder}`,
        line: 0,
        column: 0,
        value: folder,
        rule: 'unknown-plan-folder',
        message: `フォルダ「${folder}」は plans.csv にない計画です`,
        hint: guess
          ? `フォルダ名を「${guess}」にするか、plans.csv に id「${folder}」の行を加えてください`
          : `plans.csv に id「${folder}」の行を加えてください`,
      });
    }
  }

  const tablesByPlan = new Map<string, ValidatedPlanTables>();
  const chaptersByPlan = new Map<string, Chapter[]>();
  const brokenChapters = new Set<string>();
  /** Links to site pages in each plan's chapters, checked once the published pages are known. */
  const siteLinks = new Map<string, SiteLink[]>();
  /** Plans whose tables refer to chapters but that have none (named once; see below). */
  const missingChapters = new Set<string>();
  const datasetsByPlan = new Map<string, DatasetContent[]>();
  const versionTextsByPlan = new Map<string, VersionText[]>();
  // Every plan folder is read, also of a plan whose row in plans.csv was rejected for a bad cell:
  // its own problems are reported with that cell's, and other plans' checks still find its tables
  // and chapters (no invented 「footnote-undefined」 or 「unknown-reference」 about it).
  const rejectedIds = planResult.rejected.map((r) => r.id ?? '').filter((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && folderFiles.has(id));
  for (const planId of new Set([...planRows.map((r) => r.values.id), ...rejectedIds])) {
    const base = `${contentDir}/plans/${planId}`;
    const present = folderFiles.get(planId) ?? [];
    const tables: ValidatedPlanTables = {};
    const knownFiles: string[] = planTables.map((t) => t.file);
    for (const name of present) {
      // Files the reader did not read are named already (decodeContentFiles).
      if (isNotRead(contentFiles.get(`${base}/${name}`))) continue;
      if (name.startsWith('chapters/')) {
        if (!/^chapters\/[^/]+\.md$/.test(name))
          errors.push({
            file: `${base}/${name}`,
            line: 0,
            column: 0,
            value: name,
            rule: 'unknown-file',
            message: `「${name}」は章として読まれません（章は chapters/ の直下の .md ファイルです）`,
            hint: `chapters/ の直下に置いてください（例: ${base}/chapters/c1.md）`,
          });
        continue;
      }
      if (name.startsWith('datasets/') || name.startsWith('versions/')) continue;
      if (!knownFiles.includes(name)) {
        const guess = closestMatch(name, knownFiles);
        errors.push({
          file: `${base}/${name}`,
          line: 0,
          column: 0,
          value: name,
          rule: 'unknown-file',
          message: `「${name}」はこのサイトが読まないファイルです`,
          hint: guess
            ? `「${guess}」の書き間違いではありませんか`
            : `計画のフォルダに置けるのは ${knownFiles.join('、')} と chapters/・datasets/ です`,
        });
      }
    }
    // Generic in the table's name, so that each table's rows keep their own row type.
    const readTable = <N extends PlanTableName>(name: N, spec: PlanTableSpecs[N]) => {
      const path = `${base}/${spec.file}`;
      const text = files.get(path);
      if (unreadable.has(path)) setValidatedTable(tables, name, { rows: [], complete: false, rejected: [] });
      if (text === undefined) return;
      const result = validateTable(spec, path, text);
      append(errors, result.errors);
      if (!NOTES_LITERAL.has(name))
        takeNotes(
          extractCellNotes(
            spec,
            result.rows,
            () => planId,
            (row) => keyText(row.values, spec.key),
          ),
        );
      setValidatedTable(tables, name, result);
    };
    for (const spec of planTables) readTable(spec.name, spec);
    tablesByPlan.set(planId, tables);

    const chapters: Chapter[] = [];
    for (const name of present.filter((n) => /^chapters\/[^/]+\.md$/.test(n))) {
      const id = name.slice('chapters/'.length, -'.md'.length);
      const path = `${base}/${name}`;
      if (unreadable.has(path)) {
        brokenChapters.add(`${planId}/${id}`);
        continue;
      }
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
        errors.push({
          file: path,
          line: 0,
          column: 0,
          value: id,
          rule: 'id-format',
          message: `ファイル名「${id}」は章の ID に使えません`,
          hint: '章のファイル名は半角英小文字・数字・ハイフンにしてください（例: c1.md）',
        });
        continue;
      }
      located.push(...chapterNotes(path, files.get(path)!, planId));
      const result = parseChapter(path, id, files.get(path)!);
      append(errors, result.errors);
      siteLinks.set(planId, [...(siteLinks.get(planId) ?? []), ...result.siteLinks.map((link) => ({ ...link, file: path }))]);
      if (result.errors.length > 0) brokenChapters.add(`${planId}/${id}`);
      if (result.chapter) chapters.push(result.chapter);
    }
    chapters.sort((a, b) => a.number - b.number);
    for (const [index, chapter] of chapters.entries()) {
      const previous = chapters[index - 1];
      if (previous && previous.number === chapter.number) {
        errors.push({
          file: `${base}/chapters/${chapter.id}.md`,
          line: 2,
          column: 1,
          field: 'number',
          value: String(chapter.number),
          rule: 'duplicate-chapter-number',
          message: `章番号 ${chapter.number} は ${previous.id}.md と重複しています`,
          hint: '章ごとに別の番号を付けてください',
        });
      }
    }
    chaptersByPlan.set(planId, chapters);
    // Earlier versions (versions.csv + versions/<id>/) and the passages comment answers changed.
    const versionRows = tables.versions?.rows ?? [];
    if (versionRows.length > 0 || present.some((n) => n.startsWith('versions/'))) {
      const read = readVersionTexts(
        base,
        present,
        files,
        versionRows,
        tables.versions?.complete !== false && !errors.some((e) => e.file === `${base}/versions.csv`),
        (tables.versions?.rejected ?? []).map((r) => r.id ?? ''),
        {
          chapters,
          tables: {
            goals: rowValues(tables.goals),
            measures: rowValues(tables.measures),
            initiatives: rowValues(tables.initiatives),
            indicators: rowValues(tables.indicators),
            observations: rowValues(tables.observations),
          },
        },
      );
      append(errors, read.errors);
      versionTextsByPlan.set(planId, read.texts);
    }
    const versions = rowValues(tables.versions);
    const planRow = planRows.find((r) => r.values.id === planId);
    const newest = currentVersion(versions);
    // The plan folder is the newest version, so plans.csv must say the same stage (revised is adopted).
    const versionsClean = !errors.some((e) => e.file === `${base}/versions.csv`);
    if (planRow && newest && versionsClean && planRow.values.status !== (newest.status === 'revised' ? 'adopted' : newest.status))
      errors.push({
        file: planFile,
        line: planRow.line,
        column: planRow.columnNumbers.status ?? 1,
        field: 'status',
        value: planRow.values.status,
        rule: 'version-status-mismatch',
        message: `計画「${planId}」は plans.csv で「${labelOf(PLAN_STATUSES, planRow.values.status)}」（${planRow.values.status}）ですが、最新の版「${newest.label}」（versions.csv）は「${labelOf(VERSION_STATUSES, newest.status)}」（${newest.status}）です`,
        hint: `計画のフォルダの本文は最新の版です。plans.csv の status を「${newest.status === 'revised' ? 'adopted' : newest.status}」にするか、versions.csv の最新の版を直してください`,
      });
    const pair = commentVersions(versions);
    const textOf = (id: string | undefined) =>
      id === currentVersion(versions)?.id ? chapters : (versionTextsByPlan.get(planId) ?? []).find((t) => t.id === id)?.chapters;
    const draftText = textOf(pair?.draft.id);
    const adoptedText = textOf(pair?.adopted.id);
    if (!brokenChapters.has(`${planId}/*`))
      append(
        errors,
        checkChangedPassages(
          validRows(tables, 'responses'),
          chapters,
          draftText && adoptedText ? { versions, draft: draftText, adopted: adoptedText } : null,
        ),
      );
    // Tables that refer to chapters, in a plan without any: the missing folder is named once, and
    // the references into it are not reported one by one (no cascade of 「unknown-section」).
    if (!present.some((n) => /^chapters\/[^/]+\.md$/.test(n))) {
      const refersToChapters =
        rowValues(tables.goals).some((g) => g.section !== null) ||
        rowValues(tables.responses).some((r) => r.passage_anchor !== null) ||
        rowValues(tables.corrections).length > 0 ||
        rowValues(tables.indicators).some((i) => i.footnote !== null);
      if (refersToChapters) {
        const folder = present.some((n) => n.startsWith('chapters/'));
        errors.push({
          file: `${base}/chapters`,
          line: 0,
          column: 0,
          value: 'chapters/',
          rule: 'missing-file',
          message: folder
            ? `計画「${planId}」のフォルダ chapters/ に、読める章のファイル（.md）が1つもありません。目標の節・注・転記の記録などが章を参照しています`
            : `計画「${planId}」に章のフォルダ chapters/ がありません。目標の節・注・転記の記録などが章を参照しています`,
          hint: `${base}/chapters/ に章のファイル（例: c1.md）を置いてください。フォルダ名は半角小文字の chapters です`,
        });
        missingChapters.add(planId);
        brokenChapters.add(`${planId}/*`);
      }
    }
    datasetsByPlan.set(
      planId,
      validateDatasets(files, unreadable, base, tables.datasets?.rows ?? [], errors, (spec, rows) =>
        takeNotes(
          extractCellNotes(
            { name: `datasets/${spec.name}`, columns: spec.columns },
            rows,
            () => planId,
            (_row, index) => String(index + 1),
          ),
        ),
      ),
    );
    // A data file no row of datasets.csv names would be skipped without a word.
    const datasetIds = new Set([
      ...(tables.datasets?.rows ?? []).map((r) => r.values.id),
      ...(tables.datasets?.rejected ?? []).map((r) => r.id ?? ''),
    ]);
    for (const name of present.filter((n) => n.startsWith('datasets/') && !isNotRead(contentFiles.get(`${base}/${n}`)))) {
      const id = /^datasets\/([^/]+?)(?:\.columns)?\.csv$/.exec(name)?.[1];
      if (id !== undefined && (datasetIds.has(id) || tables.datasets?.complete === false)) continue;
      errors.push({
        file: `${base}/${name}`,
        line: 0,
        column: 0,
        value: name,
        rule: 'unknown-file',
        message:
          id === undefined
            ? `「${name}」はデータ表として読まれません（データ表は datasets/ の直下の .csv ファイルです）`
            : `「${name}」は datasets.csv にないデータ表のファイルなので、読まれていません`,
        hint:
          id === undefined
            ? `datasets/ の直下に置いてください（例: ${base}/datasets/表のID.csv）`
            : `datasets.csv に id「${id}」の行を加えるか、このファイルを削除してください`,
      });
    }
  }

  // Files at the top of content/ (or directly in plans/) that no table is: named, never skipped.
  const topFiles: string[] = [planTable.file, siteConfigTable.file, regionalFigureTable.file];
  for (const [path, file] of contentFiles) {
    const inside = path.slice(contentDir.length + 1);
    if (isNotRead(file) || /^plans\/[^/]+\/./.test(inside) || topFiles.includes(inside)) continue;
    const guess = closestMatch(inside, topFiles);
    errors.push({
      file: path,
      line: 0,
      column: 0,
      value: inside,
      rule: 'unknown-file',
      message: `「${inside}」はこのサイトが読まないファイルです`,
      hint: guess
        ? `「${guess}」の書き間違いではありませんか。content/ の直下に置けるのは ${topFiles.join('、')} と plans/ です`
        : `content/ の直下に置けるのは ${topFiles.join('、')} と plans/<計画のID>/ です`,
    });
  }

  // Site-level figures for the regional view: each names a plan and, optionally, an item of it.
  const regionalFile = `${contentDir}/${regionalFigureTable.file}`;
  const regionalText = files.get(regionalFile);
  const regionalResult = regionalText === undefined ? null : validateTable(regionalFigureTable, regionalFile, regionalText);
  append(errors, regionalResult?.errors ?? []);

  const notes = new Map(
    [...tablesByPlan].map(([planId, tables]) => {
      const table = tables.corrections;
      return [planId, table && !table.complete ? null : (table?.rows ?? [])] as const;
    }),
  );
  for (const rejected of planResult.rejected) notes.set(rejected.id ?? '', null);
  for (const planId of missingChapters) notes.set(planId, null);
  append(errors, checkNoteMarks(located, notes));
  append(
    errors,
    checkCrossReferences({
      planRows,
      planRejected: planResult.rejected,
      tablesByPlan,
      chaptersByPlan,
      brokenChapters,
      planFile,
      regionalRows: regionalResult?.rows ?? [],
    }),
  );
  // The site's own settings (content/site.csv, one row) and the deployment's environment variables.
  const configFile = `${contentDir}/${siteConfigTable.file}`;
  const configText = files.get(configFile);
  const configResult = configText === undefined ? null : validateTable(siteConfigTable, configFile, configText);
  append(errors, configResult?.errors ?? []);
  for (const extra of configResult?.rows.slice(1) ?? []) {
    errors.push({
      file: configFile,
      line: extra.line,
      column: 1,
      rule: 'site-setting',
      message: 'サイトの設定は1行だけです',
      hint: '2行目（見出しの次の行）だけに書き、この行を削除してください',
    });
  }
  const config = configResult?.rows[0]?.values;
  const settings = siteSettings(configText, env);
  append(errors, checkSiteSettings(settings, new Set((configResult?.errors ?? []).map((e) => e.field ?? ''))));
  // The front page's plan is checked with every other problem, not only once they are fixed.
  const frontPlan = config?.front_plan ?? null;
  const wanted = (settings.plans ?? [...planIds]).filter((id) => planIds.has(id));
  if (frontPlan !== null && !wanted.includes(frontPlan) && errors.length > 0) {
    errors.push({
      ...settingLocation(settings, 'content/site.csv', 'front_plan'),
      value: frontPlan,
      rule: 'site-plans',
      message: `トップページの計画「${frontPlan}」は掲載する計画にありません`,
      hint: `掲載する計画（${wanted.join('、')}）のどれかを書くか、空欄にしてください`,
    });
  }
  const warnings = [...fileWarnings, ...contentWarnings(planRows, settings.plans)];
  if (errors.length > 0) return { site: null, errors, warnings };

  const allPlans: PlanContent[] = planRows.map(({ values: plan }) => {
    const tables = tablesByPlan.get(plan.id)!;
    return {
      plan,
      chapters: chaptersByPlan.get(plan.id) ?? [],
      goals: rowValues(tables.goals),
      measures: rowValues(tables.measures),
      initiatives: rowValues(tables.initiatives),
      indicators: rowValues(tables.indicators),
      observations: rowValues(tables.observations),
      scales: rowValues(tables.scales),
      evaluations: rowValues(tables.evaluations),
      rollups: rowValues(tables.rollups),
      glossary: rowValues(tables.glossary),
      roadmap: rowValues(tables.roadmap),
      roadmapStatus: rowValues(tables['roadmap-status']),
      scoreAxes: rowValues(tables['score-axes']),
      scoreLevels: rowValues(tables['score-levels']),
      scores: rowValues(tables.scores),
      succession: rowValues(tables.succession),
      versions: rowValues(tables.versions),
      versionTexts: versionTextsByPlan.get(plan.id) ?? [],
      datasets: datasetsByPlan.get(plan.id) ?? [],
      responses: rowValues(tables.responses),
      corrections: rowValues(tables.corrections),
      notes: cellNotes.get(plan.id) ?? [],
    };
  });
  const { published, errors: publishErrors } = publishedPlans(allPlans, settings, config?.front_plan ?? null);
  if (!published) return { site: null, errors: publishErrors, warnings };
  const ids = new Set(published.plans.map((p) => p.plan.id));
  const { plans, primary } = published;
  const site: SiteContent = {
    plans,
    primary,
    regional: rowValues(regionalResult ?? undefined).filter((r) => ids.has(r.plan_id)),
    settings,
    name: config?.name ?? defaultSiteName(plans, primary),
    // Filled in by the edge that reads the repository (src/io/site.ts); validation never reads it.
    contentDates: new Map(),
    contact: config?.contact ?? primary.plan.publisher,
    contactEmail: config?.contact_email ?? null,
    siteContact: siteContact(
      config,
      plans.map((p) => p.plan),
      primary.plan,
    ),
  };
  // A link to a page the build does not make (an unpublished plan, a chapter that does not exist).
  const linkErrors = checkSiteLinks(
    plans.flatMap((p) => siteLinks.get(p.plan.id) ?? []),
    site,
  );
  if (linkErrors.length > 0) return { site: null, errors: linkErrors, warnings };
  return { site, errors, warnings };
}

/** Validates each dataset's sidecar column dictionary and then its rows against it. */
function validateDatasets(
  files: ReadonlyMap<string, string>,
  unreadable: ReadonlySet<string>,
  base: string,
  rows: readonly SourcedRow<Dataset>[],
  errors: ContentError[],
  takeNotes: (spec: TableSpec, rows: readonly SourcedRow[]) => void,
): DatasetContent[] {
  const datasets: DatasetContent[] = [];
  for (const row of rows) {
    const id = row.values.id;
    const columnsPath = `${base}/datasets/${id}.columns.csv`;
    const dataPath = `${base}/datasets/${id}.csv`;
    const columnsText = files.get(columnsPath);
    const dataText = files.get(dataPath);
    for (const [path, text] of [
      [columnsPath, columnsText],
      [dataPath, dataText],
    ] as const) {
      if (text === undefined && !unreadable.has(path)) {
        errors.push({
          file: row.file,
          line: row.line,
          column: row.columnNumbers.id ?? 1,
          field: 'id',
          value: id,
          rule: 'missing-file',
          message: `データ表「${id}」のファイル ${path} がありません`,
          hint: `${path} を作るか、datasets.csv からこの行を削除してください`,
        });
      }
    }
    if (columnsText === undefined || dataText === undefined) continue;
    const columnsResult = validateTable(datasetColumnTable, columnsPath, columnsText);
    append(errors, columnsResult.errors);
    if (columnsResult.errors.length > 0) continue;
    const columns = columnsResult.rows.map((r) => r.values);
    const spec: TableSpec = {
      name: id,
      file: `datasets/${id}.csv`,
      scope: 'plan',
      title: row.values.title,
      description: '',
      key: [],
      optional: false,
      columns: columns.map((c): ColumnSpec => ({
        name: c.name,
        label: c.label,
        type: c.type,
        required: c.required,
        description: c.description,
        ...(c.unit ? { unit: c.unit } : {}),
      })),
    };
    const dataResult = validateTable(spec, dataPath, dataText);
    append(errors, dataResult.errors);
    takeNotes(spec, dataResult.rows);
    datasets.push({ ...row.values, columns, rows: dataResult.rows.map((r) => r.values) });
  }
  return datasets;
}
