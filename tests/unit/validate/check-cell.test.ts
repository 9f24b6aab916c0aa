import { describe, expect, it } from 'vitest';
import { checkCell } from '../../../src/lib/validate/check-cell.ts';
import type { ColumnSpec } from '../../../src/schemas/column-spec.ts';

const column = (type: ColumnSpec['type'], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name: 'value',
  label: '値',
  type,
  required: false,
  description: '',
  ...extra,
});

describe('checkCell accepts valid values', () => {
  it.each([
    ['number', '61.9', 61.9],
    ['number', '0', 0],
    ['number', '-3', -3],
    ['integer', '14', 14],
    ['fiscal_year', '2025', 2025],
    ['page', '24', 24],
    ['boolean', 'true', true],
    ['boolean', 'false', false],
    ['id', 'g1-m2-i3', 'g1-m2-i3'],
    ['date', '2026-03-31', '2026-03-31'],
    ['url', 'https://www.city.kitakami.iwate.jp/', 'https://www.city.kitakami.iwate.jp/'],
    ['municipality_code', '032069', '032069'],
    ['email', 'iken@city.example.jp', 'iken@city.example.jp'],
    ['email', 'joho.seisaku+iken@city.example.lg.jp', 'joho.seisaku+iken@city.example.lg.jp'],
    ['text', '<b>そのまま</b>', '<b>そのまま</b>'],
  ] as const)('%s %s', (type, raw, value) => {
    expect(checkCell(raw, column(type))).toEqual({ ok: true, value });
  });
});

describe('checkCell rejects with a rule and a fix', () => {
  it.each([
    ['number', '65％', 'number-with-unit', '65 と書き、単位「%」は indicators.csv の unit 列に書いてください'],
    ['number', '3,096人', 'number-with-unit', '3096 と書き、単位「人」は indicators.csv の unit 列に書いてください'],
    ['number', '３０９６', 'full-width-digits', '半角で 3096 と書いてください'],
    ['number', '3,096', 'thousands-separator', 'カンマを取って 3096 と書いてください'],
    [
      'number',
      '-',
      'dash-for-blank',
      '値がないときは空欄にし、理由（原本では「-」など）を note 列に書いてください。空欄は 0 とは扱いません',
    ],
    ['number', '約50', 'not-a-number', '半角の数字だけで書いてください（例: 61.9）'],
    ['integer', '1.5', 'not-an-integer', '小数点のない半角の整数で書いてください'],
    ['fiscal_year', 'R7', 'era-year', '年度は西暦の整数で書いてください（R7 → 2025）'],
    ['fiscal_year', '令和元年度', 'era-year', '年度は西暦の整数で書いてください（令和元年度 → 2019）'],
    ['fiscal_year', '平成30', 'era-year', '年度は西暦の整数で書いてください（平成30 → 2018）'],
    ['fiscal_year', '2025年度', 'year-with-unit', '数字だけで 2025 と書いてください'],
    ['fiscal_year', '25', 'year-out-of-range', '西暦4桁の年度で書いてください（例: 2025）'],
    ['page', 'p.16', 'page-format', '数字だけで 16 と書いてください'],
    ['page', '0', 'page-format', '1 以上の整数で書いてください'],
    ['boolean', '○', 'boolean', '当てはまるなら true、当てはまらないなら false と書いてください'],
    ['id', 'G1', 'id-format', '半角の英小文字・数字と、間のハイフンだけで書いてください（例: g1-m2）'],
    ['date', '2026-02-30', 'date', 'YYYY-MM-DD の形で書いてください（例: 2026-03-31）。日付が未定なら空欄にしてください'],
    ['url', 'www.example.jp', 'url', 'https:// で始まるアドレスを書いてください'],
    ['email', 'ｉｋｅｎ＠ｃｉｔｙ．ｅｘａｍｐｌｅ．ｊｐ', 'email', '半角で iken@city.example.jp と書いてください'],
    ['municipality_code', '032068', 'municipality-code', '総務省の全国地方公共団体コード一覧で6桁のコードを確かめてください'],
  ] as const)('%s 「%s」 → %s', (type, raw, rule, hint) => {
    const result = checkCell(raw, column(type));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ rule, hint });
  });

  it.each([
    'joho@city.example?cc=attacker@evil.example&bcc=x',
    'joho@city.example&cc=attacker@evil.example',
    'joho@city.example,attacker@evil.example',
    'joho@city.example;attacker@evil.example',
    'joho@city.example attacker@evil.example',
    'mailto:joho@city.example',
    '情報政策課 <joho@city.example>',
    'joho@city.example#x',
    'joho%40city.example',
    'joho@city',
    'joho@@city.example',
    '.joho@city.example',
    'joho@-city.example',
    'joho@city..example',
  ])('email 「%s」 is not one address', (raw) => {
    expect(checkCell(raw, column('email'))).toEqual({
      ok: false,
      problem: {
        rule: 'email',
        message: `「${raw}」は1つのメールアドレスではありません`,
        hint: 'メールアドレスを1つだけ半角で書いてください（例: iken@city.example.jp）。2つ目のアドレス、「mailto:」、「?cc=」のような宛先や件名の追加は書けません',
      },
    });
  });

  it('suggests the enum value meant by its Japanese label', () => {
    const result = checkCell(
      '実績値',
      column('enum', {
        values: [
          { value: 'actual', label: '実績値' },
          { value: 'target', label: '目標値' },
        ],
      }),
    );
    expect(result).toEqual({
      ok: false,
      problem: {
        rule: 'enum',
        message: '「実績値」は使えない値です',
        hint: '「actual」のことでしょうか。次のどれかを書いてください: actual（実績値）、target（目標値）',
      },
    });
  });
});
