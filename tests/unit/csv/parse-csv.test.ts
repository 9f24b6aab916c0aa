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
    expect(parsed.rows[0]!.cells[1]).toBe('一行目\r\n二行目');
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
