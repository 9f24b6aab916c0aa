import type { CellValue, RowOf, TableSpec } from '../../schemas/column-spec.ts';
import { parseCsv } from '../csv/parse-csv.ts';
import type { ContentError } from './content-error.ts';
import { checkCell } from './check-cell.ts';
import { closestMatch } from './suggest.ts';
import { findControlCharacter, withoutInvisible } from './invisible-characters.ts';

/** A validated row: typed values plus where each came from, for later cross-checks. */
export interface SourcedRow<Row = Record<string, CellValue>> {
  /** Path of the file the row is in. */
  file: string;
  /** 1-based line the row starts on. */
  line: number;
  /** Typed values by column name (the table's row type, see `RowOf`); columns absent from the file are `null`. */
  values: Row;
  /** 1-based field number of each column present in the file. */
  columnNumbers: Record<string, number>;
}

/** Rows that passed the checks, and every problem found in the file. */
export interface TableResult<Row = Record<string, CellValue>> {
  rows: SourcedRow<Row>[];
  errors: ContentError[];
  /** False when the file could not be read as a table at all (syntax or header problems). */
  complete: boolean;
  /** Raw cells of rows left out because of a problem, so later checks do not repeat it. */
  rejected: Record<string, string>[];
}

const SYNTAX_MESSAGES: Record<string, { message: string; hint: string }> = {
  MissingQuotes: {
    message: '「"」で始まった項目が閉じられていません',
    hint: '項目を「"」で囲むときは、終わりにも「"」を付けてください。項目の中の「"」は「""」と2つ重ねて書きます',
  },
  InvalidQuotes: {
    message: '「"」の使い方が正しくありません',
    hint: '項目の途中に「"」を書くときは、項目全体を「"」で囲み、中の「"」は「""」と2つ重ねて書いてください',
  },
};

/**
 * Reads one CSV table and checks it against its spec: syntax, header, cell types, blanks and
 * key uniqueness. Every problem is collected; rows with problems are left out of `rows`.
 */
export function validateTable<S extends TableSpec>(spec: S, file: string, text: string): TableResult<RowOf<S>> {
  const errors: ContentError[] = [];
  const at = (line: number, column: number, rest: Omit<ContentError, 'file' | 'line' | 'column'>) =>
    errors.push({ file, line, column, ...rest });

  if (text.replace(/^\uFEFF/, '').trim() === '') {
    at(0, 0, {
      rule: 'empty-file',
      message: 'ファイルが空です',
      hint: `1行目に見出し（${spec.columns.map((c) => c.name).join(',')}）を書いてください。データがまだない表は、ファイルごと削除できます`,
    });
    return { rows: [], errors, complete: false, rejected: [] };
  }

  const parsed = parseCsv(text);
  for (const problem of parsed.problems) {
    const known = SYNTAX_MESSAGES[problem.code] ?? {
      message: `CSV として読めません（${problem.message}）`,
      hint: 'Excel で開いて「CSV UTF-8」形式で保存し直してください',
    };
    at(problem.line, 1, { rule: 'csv-syntax', ...known });
  }
  if (parsed.problems.length > 0) return { rows: [], errors, complete: false, rejected: [] };

  // Control characters anywhere (a NUL or a BOM inside a cell would be published as is).
  let controlFound = false;
  for (const [line, cells] of [[parsed.headerLine, parsed.header] as const, ...parsed.rows.map((r) => [r.line, r.cells] as const)]) {
    cells.forEach((cell, index) => {
      const found = findControlCharacter(cell);
      if (!found) return;
      controlFound = true;
      const field = line === parsed.headerLine ? undefined : parsed.header[index];
      at(line, index + 1, {
        ...(field ? { field } : {}),
        value: found.name,
        rule: 'control-character',
        message: `見えない制御文字「${found.name}」が含まれています（${found.index + 1}文字目）`,
        hint: 'この文字を削除してください（コピー元の文書やほかのシステムから紛れ込むことがあります）',
      });
    });
  }
  if (controlFound) return { rows: [], errors, complete: false, rejected: [] };

  // Header: every required column present, nothing unknown, nothing twice.
  const known = spec.columns.map((c) => c.name);
  const columnNumbers: Record<string, number> = {};
  parsed.header.forEach((name, index) => {
    if (columnNumbers[name] !== undefined) {
      at(parsed.headerLine, index + 1, {
        field: name,
        value: name,
        rule: 'duplicate-column',
        message: `見出し「${name}」が2回あります`,
        hint: 'どちらかの列を削除してください',
      });
    } else if (!known.includes(name)) {
      const guess = closestMatch(
        name,
        known.filter((k) => !parsed.header.includes(k)),
      );
      at(
        parsed.headerLine,
        index + 1,
        guess
          ? {
              field: name,
              value: name,
              rule: 'misspelled-column',
              message: `見出し「${name}」はこの表にない列名です`,
              hint: `「${guess}」の書き間違いではありませんか。列名は半角英字で正確に書いてください`,
            }
          : {
              field: name,
              value: name,
              rule: 'unknown-column',
              message: `見出し「${name}」はこの表にない列名です`,
              hint: `使える列名は ${known.join(', ')} です。不要な列なら削除してください`,
            },
      );
    }
    columnNumbers[name] ??= index + 1;
  });
  for (const column of spec.columns) {
    if (
      column.required &&
      columnNumbers[column.name] === undefined &&
      !errors.some((e) => e.rule === 'misspelled-column' && e.hint.includes(`「${column.name}」`))
    ) {
      at(parsed.headerLine, 1, {
        field: column.name,
        rule: 'missing-column',
        message: `必須の列「${column.name}」（${column.label}）がありません`,
        hint: `1行目の見出しに ${column.name} を加えてください`,
      });
    }
  }
  if (errors.length > 0) return { rows: [], errors, complete: false, rejected: [] };

  const rows: SourcedRow<RowOf<S>>[] = [];
  const rejected: Record<string, string>[] = [];
  // Raw cells of a rejected row, with invisible characters removed so that other tables' references to
  // the id the clerk meant (`g1`, not `g1` + a zero-width space) raise no second, misleading error.
  const rawOf = (cells: string[]) =>
    Object.fromEntries(Object.entries(columnNumbers).map(([name, n]) => [name, withoutInvisible((cells[n - 1] ?? '').trim())]));
  const seenKeys = new Map<string, number>();
  for (const row of parsed.rows) {
    if (row.cells.length !== parsed.header.length) {
      const many = row.cells.length > parsed.header.length;
      at(row.line, Math.min(row.cells.length, parsed.header.length + 1), {
        rule: 'field-count',
        message: `この行の項目数は ${row.cells.length} で、見出しの ${parsed.header.length} と合いません`,
        hint: many
          ? '文章の中にカンマ「,」があるときは、その項目全体を「"」で囲んでください'
          : '足りない項目を補ってください（空欄の項目もカンマで区切って残します）',
      });
      rejected.push(rawOf(row.cells));
      continue;
    }
    let rowOk = true;
    const values: Record<string, CellValue> = {};
    for (const column of spec.columns) {
      const number = columnNumbers[column.name];
      const raw = number === undefined ? '' : row.cells[number - 1]!.trim();
      if (raw === '') {
        values[column.name] = null;
        if (column.required) {
          rowOk = false;
          at(row.line, number ?? 1, {
            field: column.name,
            value: '',
            rule: 'required',
            message: `${column.label}（${column.name}）が空欄です`,
            hint: `この列は必須です。${column.description}`,
          });
        }
        continue;
      }
      const result = checkCell(raw, column);
      if (result.ok) values[column.name] = result.value;
      else {
        rowOk = false;
        at(row.line, number!, { field: column.name, value: raw, ...result.problem });
      }
    }
    if (!rowOk) {
      rejected.push(rawOf(row.cells));
      continue;
    }
    // The checks above make `values` a row of the spec: every column is set, each filled cell is
    // converted by its type (enums to one of their values), and no required cell is blank.
    const typed = values as RowOf<S>;
    if (spec.key.length === 0) {
      rows.push({ file, line: row.line, values: typed, columnNumbers });
      continue;
    }
    const key = spec.key.map((k) => String(values[k])).join(' × ');
    const firstLine = seenKeys.get(key);
    if (firstLine !== undefined) {
      const keyLabel = spec.key.map((k) => spec.columns.find((c) => c.name === k)!.label).join('・');
      at(row.line, columnNumbers[spec.key[0]!]!, {
        field: spec.key.join('+'),
        value: key,
        rule: spec.key.length === 1 ? 'duplicate-id' : 'duplicate-key',
        message: `${keyLabel}「${key}」は ${firstLine} 行目と重複しています`,
        hint:
          spec.key.length === 1
            ? '別の ID を付けるか、重複した行を削除してください'
            : '同じ組み合わせの行は1つだけにしてください。値を直すなら前の行を書き換えます',
      });
      continue;
    }
    seenKeys.set(key, row.line);
    rows.push({ file, line: row.line, values: typed, columnNumbers });
  }
  return { rows, errors, complete: true, rejected };
}
