import Papa from 'papaparse';

/** One data row of a CSV file with the line it starts on. */
export interface CsvRow {
  /** 1-based line where the row starts (the header is line 1). */
  line: number;
  /** The raw cells, in file order. */
  cells: string[];
}

/** A problem PapaParse reports, located by line. */
export interface CsvSyntaxProblem {
  line: number;
  code: string;
  message: string;
}

/** The result of reading a CSV file: header, rows and any syntax problems. */
export interface ParsedCsv {
  header: string[];
  /** 1-based line of the header row (normally 1). */
  headerLine: number;
  rows: CsvRow[];
  problems: CsvSyntaxProblem[];
}

/** Line number (1-based) of a character offset, given the sorted offsets of every `\n`. */
function lineAt(newlines: readonly number[], offset: number): number {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newlines[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/**
 * Parses CSV text with PapaParse, keeping the line each row starts on so that every later
 * message can name `file:line`. Accepts a UTF-8 BOM and CRLF, LF, old Macintosh CR or mixed line
 * ends (all read as `\n`, also inside quoted cells). Blank lines, and lines of only spaces, are
 * skipped; a row of only empty cells is kept (it is an error later).
 */
export function parseCsv(text: string): ParsedCsv {
  const body = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const newlines: number[] = [];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) newlines.push(i);

  const records: CsvRow[] = [];
  const problems: CsvSyntaxProblem[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: false,
    step(result) {
      // The cursor points just past the row's line break, where the next row starts.
      const start = rowStart;
      const end = result.meta.cursor;
      const line = lineAt(newlines, start);
      for (const error of result.errors) {
        problems.push({ line, code: error.code, message: error.message });
      }
      const cells = result.data;
      const isBlankLine = cells.length === 1 && cells[0]!.trim() === '' && body.slice(start, end).trim() === '';
      if (!isBlankLine) records.push({ line, cells });
      rowStart = end;
    },
  });

  const [headerRecord, ...rows] = records;
  return {
    header: headerRecord ? headerRecord.cells.map((h) => h.trim()) : [],
    headerLine: headerRecord?.line ?? 1,
    rows,
    problems,
  };
}
