import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv/parse-csv.ts';

describe('parseCsv', () => {
  it('reads the header and rows with their line numbers', () => {
    const parsed = parseCsv('id,name\na,りんご\nb,みかん\n');
    expect(parsed.header).toEqual(['id', 'name']);
    expect(parsed.rows).toEqual([
      { line: 2, cells: ['a', 'りんご'] },
      { line: 3, cells: ['b', 'みかん'] },
    ]);
  });

  it('accepts a BOM and CRLF line ends, as Excel writes them', () => {
    const parsed = parseCsv('\uFEFFid,name\r\na,りんご\r\n');
    expect(parsed.header).toEqual(['id', 'name']);
    expect(parsed.rows).toEqual([{ line: 2, cells: ['a', 'りんご'] }]);
  });

  it('counts lines correctly after a quoted cell with a line break', () => {
    const parsed = parseCsv('id,note\na,"一行目\r\n二行目"\r\nb,x\r\n');
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(parsed.rows[0]!.cells[1]).toBe('一行目\n二行目');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only (old Macintosh Excel)', '\r'],
  ])('numbers lines correctly with %s line ends', (_name, end) => {
    const parsed = parseCsv(['id,note', 'a,x', '"b","1', '2"', 'c,y', ''].join(end));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'a'],
      [3, 'b'],
      [5, 'c'],
    ]);
  });

  it('numbers lines correctly in a CRLF file with one bare LF, without a false field count', () => {
    const parsed = parseCsv('id,note\r\na,x\nb,y\r\nc,z\r\n');
    expect(parsed.rows).toEqual([
      { line: 2, cells: ['a', 'x'] },
      { line: 3, cells: ['b', 'y'] },
      { line: 4, cells: ['c', 'z'] },
    ]);
  });

  it('skips a trailing line of spaces instead of reading it as a short row', () => {
    const parsed = parseCsv('id,note\r\na,x\r\n   \r\n');
    expect(parsed.rows).toEqual([{ line: 2, cells: ['a', 'x'] }]);
  });

  it('skips blank lines but keeps counting them', () => {
    const parsed = parseCsv('id\n\na\n');
    expect(parsed.rows).toEqual([{ line: 3, cells: ['a'] }]);
  });

  it('reports an unterminated quote at the line where the quote opens', () => {
    const parsed = parseCsv('id,name\na,"りんご\nb,みかん\n');
    expect(parsed.problems).toEqual([{ line: 2, code: 'MissingQuotes', message: 'Quoted field unterminated' }]);
  });
});
