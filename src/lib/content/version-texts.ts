import { goalTable, indicatorTable, initiativeTable, measureTable, observationTable } from '../../schemas/index.ts';
import type { PlanVersion } from '../../schemas/plan-version.ts';
import type { TableSpec } from '../../schemas/column-spec.ts';
import type { ContentError } from '../validate/content-error.ts';
import { validateTable, type SourcedRow } from '../validate/validate-table.ts';
import { closestMatch } from '../validate/suggest.ts';
import { parseChapter } from '../markdown/parse-chapter.ts';
import type { Chapter } from '../markdown/types.ts';
import type { VersionText } from './types.ts';
import { versionsInOrder } from '../versions/plan-versions.ts';

/** The tables an earlier version may hold besides its chapters (the figures a comparison lists). */
const VERSIONED_TABLES = [goalTable, measureTable, initiativeTable, indicatorTable, observationTable] as const;

/** The files a version folder may hold, relative to it. */
const versionedFile = (name: string): boolean => /^chapters\/[^/]+\.md$/.test(name) || VERSIONED_TABLES.some((t) => t.file === name);

/** What the plan folder's newest version is made of, already validated. */
export interface CurrentText {
  chapters: readonly Chapter[];
  tables: Omit<VersionText, 'id' | 'chapters'>;
}

/** Earlier versions read, and the problems found. */
export interface VersionTextsResult {
  texts: VersionText[];
  errors: ContentError[];
}

/**
 * Reads each earlier version of one plan: `versions/<id>/` holds the files that differ from the
 * next newer version; every file absent there is that version's. Checks that every version
 * folder has a row in versions.csv, that no folder is made for the newest version (its text is
 * the plan folder), that every earlier version has a folder, and that a folder holds only
 * chapters and the figure tables. `present` lists the plan folder's files relative to `base`.
 */
export function readVersionTexts(
  base: string,
  present: readonly string[],
  files: ReadonlyMap<string, string>,
  rows: readonly SourcedRow<PlanVersion>[],
  /** False when versions.csv could not be read whole or has a problem (then the checks that need it wait). */
  tableClean: boolean,
  rejectedIds: readonly string[],
  current: CurrentText,
): VersionTextsResult {
  const errors: ContentError[] = [];
  const versionsFile = `${base}/versions.csv`;
  const ordered = versionsInOrder(rows.map((r) => r.values));
  const newest = ordered.at(-1) ?? null;
  const ids = rows.map((r) => r.values.id);
  // A row rejected for a bad cell still names its folder; which version is the newest is then
  // uncertain, so the checks that depend on it wait until the row is fixed (no cascade).
  const known = [...ids, ...rejectedIds];
  const certain = tableClean;
  // Files under versions/<id>/, by version id.
  const folders = new Map<string, string[]>();
  for (const name of present) {
    const match = /^versions\/([^/]+)\/(.+)$/.exec(name);
    if (!match) {
      if (name.startsWith('versions/'))
        errors.push({
          file: `${base}/${name}`,
          line: 0,
          column: 0,
          value: name,
          rule: 'unknown-file',
          message: `「${name}」は版のファイルとして読まれません（版のファイルは versions/<版ID>/ の中に置きます）`,
          hint: `versions.csv の版ID のフォルダに入れてください（例: ${base}/versions/draft/chapters/c1.md）`,
        });
      continue;
    }
    folders.set(match[1]!, [...(folders.get(match[1]!) ?? []), match[2]!]);
  }
  for (const [id, names] of folders) {
    const folder = `${base}/versions/${id}`;
    if (!known.includes(id)) {
      if (!tableClean && known.length === 0) continue;
      const guess = closestMatch(id, ids);
      errors.push({
        file: folder,
        line: 0,
        column: 0,
        value: id,
        rule: 'version-folder-without-row',
        message: `版のフォルダ「${id}」は versions.csv にない版です`,
        hint: guess
          ? `フォルダ名を「${guess}」にするか、versions.csv に id「${id}」の行を加えてください`
          : `versions.csv に id「${id}」の行（順序・版の名前・状態）を加えるか、このフォルダを削除してください`,
      });
      continue;
    }
    if (!ids.includes(id)) continue;
    if (id === newest?.id && certain) {
      errors.push({
        file: folder,
        line: 0,
        column: 0,
        value: id,
        rule: 'version-folder-of-current',
        message: `「${id}」は最も新しい版なので、その本文は計画のフォルダ ${base}/ にあり、フォルダ versions/${id}/ は読まれません`,
        hint: `最新版の本文と表は ${base}/ に直接置き、versions/${id}/ を削除してください。前の版を残すなら、その版ID のフォルダに移してください`,
      });
      continue;
    }
    for (const name of names.filter((n) => !versionedFile(n))) {
      errors.push({
        file: `${folder}/${name}`,
        line: 0,
        column: 0,
        value: name,
        rule: 'unknown-file',
        message: `「${name}」は版のフォルダでは読まれません`,
        hint: `版のフォルダに置けるのは chapters/ の章と ${VERSIONED_TABLES.map((t) => t.file).join('、')} です`,
      });
    }
  }
  for (const row of rows) {
    if (!certain || row.values.id === newest?.id || folders.has(row.values.id)) continue;
    errors.push({
      file: versionsFile,
      line: row.line,
      column: row.columnNumbers.id ?? 1,
      field: 'id',
      value: row.values.id,
      rule: 'version-without-folder',
      message: `版「${row.values.id}」（${row.values.label}）のフォルダ versions/${row.values.id}/ がありません`,
      hint: `${base}/versions/${row.values.id}/ を作り、次の版と違うファイル（章や表）だけをそこに置いてください。最新の版なら、順序（order）を最も大きい番号にしてください`,
    });
  }

  // From the newest down: each version is the next newer one with its own folder's files laid over it.
  const texts: VersionText[] = [];
  let newer: VersionText = { id: newest?.id ?? '', chapters: [...current.chapters], ...current.tables };
  for (const version of ordered.slice(0, -1).reverse()) {
    const names = (folders.get(version.id) ?? []).filter(versionedFile);
    const folder = `${base}/versions/${version.id}`;
    const chapters = new Map(newer.chapters.map((c) => [c.id, c]));
    for (const name of names.filter((n) => n.startsWith('chapters/'))) {
      const id = name.slice('chapters/'.length, -'.md'.length);
      const text = files.get(`${folder}/${name}`);
      if (text === undefined) continue;
      const result = parseChapter(`${folder}/${name}`, id, text);
      errors.push(...result.errors);
      if (result.chapter) chapters.set(id, result.chapter);
    }
    const table = <Row>(spec: TableSpec, rowsOfNewer: Row[]): Row[] => {
      const path = `${folder}/${spec.file}`;
      const text = names.includes(spec.file) ? files.get(path) : undefined;
      if (text === undefined) return rowsOfNewer;
      const result = validateTable(spec, path, text);
      errors.push(...result.errors);
      return result.rows.map((r) => r.values as Row);
    };
    const text: VersionText = {
      id: version.id,
      chapters: [...chapters.values()].sort((a, b) => a.number - b.number),
      goals: table(goalTable, newer.goals),
      measures: table(measureTable, newer.measures),
      initiatives: table(initiativeTable, newer.initiatives),
      indicators: table(indicatorTable, newer.indicators),
      observations: table(observationTable, newer.observations),
    };
    texts.unshift(text);
    newer = text;
  }
  // In versions.csv order, as the rest of the content model keeps file order.
  return { texts: ids.flatMap((id) => texts.filter((t) => t.id === id)), errors };
}
