import type { ColumnSpec, CellValue } from '../../schemas/column-spec.ts';
import { toHalfWidth } from '../text/fold-text.ts';
import { closestMatch } from './suggest.ts';
import { isValidMunicipalityCode } from './municipality-code.ts';
import type { RuleId } from './rules.ts';
import { findInvisibleInId, withoutInvisible } from './invisible-characters.ts';
import { isEmailAddress } from './email-address.ts';

/** A failed check of one cell: rule id, what is wrong and how to fix it. */
export interface CellProblem {
  rule: RuleId;
  message: string;
  hint: string;
}

/** The outcome of checking one cell: its typed value, or a problem. */
export type CellResult = { ok: true; value: CellValue } | { ok: false; problem: CellProblem };

const DASHES = new Set(['-', '－', '―', '‐', '—', 'ー', '−', '–']);
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const NUMBER_WITH_TEXT = /^(-?[\d,]+(\.\d+)?)\s*(\S.*)$/;
/** An id: lowercase letters and digits, words joined by single hyphens (g1-m2). */
export const ID_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A number in another base as programming languages write it (`0x10`, `0b101`, `0o17`). */
const RADIX_NUMBER = /^(-)?(0([xXbBoO])[0-9a-fA-F]+)$/;
const SCIENTIFIC = /^-?\d+(\.\d+)?[eE][+-]?\d+$/;

/** 3600 for 「3.6E+03」: the number written out without an exponent. */
const plainDecimal = (scientific: string) => Number(scientific).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });

function fail(rule: RuleId, message: string, hint: string): CellResult {
  return { ok: false, problem: { rule, message, hint } };
}

/** Checks a cell that must hold a plain half-width number. */
function checkNumber(raw: string, column: ColumnSpec, integer: boolean): CellResult {
  if (DASHES.has(raw)) {
    return fail(
      'dash-for-blank',
      `「${raw}」は数値ではありません`,
      '値がないときは空欄にし、理由（原本では「-」など）を note 列に書いてください。空欄は 0 とは扱いません',
    );
  }
  // Compare on the half-width form, so 「65％」 is reported as a unit problem, not a width one.
  const half = toHalfWidth(raw).trim();
  if (PLAIN_NUMBER.test(half) && half !== raw) {
    return fail('full-width-digits', `「${raw}」に全角の数字や記号が含まれています`, `半角で ${half} と書いてください`);
  }
  if (SCIENTIFIC.test(half)) {
    return fail(
      'scientific-notation',
      `「${raw}」は指数表記です（Excel が桁の多い数を縮めて書く形）`,
      `${plainDecimal(half)} と書いてください。Excel で列の表示形式を「数値」にしてから保存すると指数表記になりません。縮めたときに桁が丸められていないか、原本の値と見比べてください`,
    );
  }
  if (THOUSANDS.test(half)) {
    return fail(
      'thousands-separator',
      `「${raw}」に桁区切りのカンマが含まれています`,
      `カンマを取って ${half.replace(/,/g, '')} と書いてください`,
    );
  }
  // 0x10, 0b101, 0o17: not 「0」 with a unit 「x10」.
  const radix = RADIX_NUMBER.exec(half);
  if (radix) {
    const value = Number(`${radix[2]}`) * (radix[1] ? -1 : 1);
    return fail(
      'not-a-number',
      `「${raw}」は ${radix[3]!.toLowerCase() === 'x' ? '16' : radix[3]!.toLowerCase() === 'b' ? '2' : '8'} 進数の表記で、数値として読めません`,
      Number.isFinite(value)
        ? `10 進数の半角数字で ${value} と書いてください（原本の値と見比べてください）`
        : '10 進数の半角数字で書いてください（例: 61.9）',
    );
  }
  const withText = NUMBER_WITH_TEXT.exec(half);
  if (withText && !PLAIN_NUMBER.test(half)) {
    const [, number, , unit] = withText;
    const where = column.name === 'value' ? 'indicators.csv の unit 列' : '単位の列';
    return fail(
      'number-with-unit',
      `「${raw}」は数値ではありません（単位「${unit}」が付いています）`,
      `${number!.replace(/,/g, '')} と書き、単位「${unit}」は ${where}に書いてください`,
    );
  }
  if (!PLAIN_NUMBER.test(raw)) {
    return fail('not-a-number', `「${raw}」は数値ではありません`, '半角の数字だけで書いてください（例: 61.9）');
  }
  if (integer && raw.includes('.')) {
    return fail('not-an-integer', `「${raw}」は整数ではありません`, '小数点のない半角の整数で書いてください');
  }
  return { ok: true, value: Number(raw) };
}

const ERA_YEAR = /^(令和|R|平成|H)\s*(\d+|元)\s*(年度?)?$/i;

/** Checks a Western fiscal year, and recognises Japanese-era years to suggest the conversion. */
function checkFiscalYear(raw: string): CellResult {
  const half = toHalfWidth(raw);
  const era = ERA_YEAR.exec(half);
  if (era) {
    const n = era[2] === '元' ? 1 : Number(era[2]);
    const base = /^(令和|R)$/i.test(era[1]!) ? 2018 : 1988;
    return fail('era-year', `「${raw}」は和暦です`, `年度は西暦の整数で書いてください（${raw} → ${base + n}）`);
  }
  const western = /^(\d{4})\s*年度?$/.exec(half);
  if (western && half !== raw) {
    return fail('full-width-digits', `「${raw}」に全角の数字が含まれています`, `半角で ${western[1]} と書いてください`);
  }
  if (western && /年/.test(raw)) {
    return fail('year-with-unit', `「${raw}」に「年度」が付いています`, `数字だけで ${western[1]} と書いてください`);
  }
  const checked = checkNumber(raw, { name: 'fiscal_year' } as ColumnSpec, true);
  if (!checked.ok) return checked;
  const year = checked.value as number;
  // 1926 is the first fiscal year of Shōwa, the oldest era the site names (昭和元年度).
  if (year < 1926 || year > 2100) {
    return fail('year-out-of-range', `「${raw}」は年度として範囲外です`, '西暦4桁の年度で書いてください（例: 2025）');
  }
  return { ok: true, value: year };
}

/**
 * Checks one non-blank cell against its column's type and converts it to its typed value.
 * Blank cells are handled by the caller (they are `null`, or an error when required).
 */
export function checkCell(raw: string, column: ColumnSpec): CellResult {
  switch (column.type) {
    case 'text':
      return { ok: true, value: raw };
    case 'id': {
      const invisible = findInvisibleInId(raw);
      if (invisible) {
        const clean = withoutInvisible(raw);
        const suggestion = ID_FORMAT.test(clean)
          ? `この文字を消して「${clean}」と書いてください`
          : 'この文字を消し、半角の英小文字・数字と、間のハイフンだけで書いてください（例: g1-m2）';
        return fail(
          'invisible-character',
          `ID に見えない文字「${invisible.name}」が含まれています（${invisible.index + 1}文字目）`,
          suggestion,
        );
      }
      if (!ID_FORMAT.test(raw)) {
        return fail('id-format', `「${raw}」は ID に使えません`, '半角の英小文字・数字と、間のハイフンだけで書いてください（例: g1-m2）');
      }
      return { ok: true, value: raw };
    }
    case 'integer':
      return checkNumber(raw, column, true);
    case 'number':
      return checkNumber(raw, column, false);
    case 'page': {
      if (/^p\.?\s*\d+$/i.test(raw)) {
        return fail('page-format', `「${raw}」はページ番号ではありません`, `数字だけで ${raw.replace(/^p\.?\s*/i, '')} と書いてください`);
      }
      const checked = checkNumber(raw, column, true);
      if (checked.ok && (checked.value as number) < 1)
        return fail('page-format', `「${raw}」はページ番号ではありません`, '1 以上の整数で書いてください');
      return checked;
    }
    case 'fiscal_year':
      return checkFiscalYear(raw);
    case 'boolean':
      if (raw === 'true') return { ok: true, value: true };
      if (raw === 'false') return { ok: true, value: false };
      return fail('boolean', `「${raw}」は true / false ではありません`, '当てはまるなら true、当てはまらないなら false と書いてください');
    case 'enum': {
      const allowed = (column.values ?? []).map((v) => v.value);
      if (allowed.includes(raw)) return { ok: true, value: raw };
      const byLabel = column.values?.find((v) => v.label === raw);
      const guess = byLabel?.value ?? closestMatch(toHalfWidth(raw), allowed);
      const list = (column.values ?? []).map((v) => `${v.value}（${v.label}）`).join('、');
      return fail(
        'enum',
        `「${raw}」は使えない値です`,
        `${guess ? `「${guess}」のことでしょうか。` : ''}次のどれかを書いてください: ${list}`,
      );
    }
    case 'url':
      if (!/^https?:\/\/[^\s]+$/.test(raw))
        return fail('url', `「${raw}」は URL ではありません`, 'https:// で始まるアドレスを書いてください');
      return { ok: true, value: raw };
    case 'email': {
      if (isEmailAddress(raw)) return { ok: true, value: raw };
      const half = toHalfWidth(raw);
      if (isEmailAddress(half)) return fail('email', `「${raw}」に全角の文字が含まれています`, `半角で ${half} と書いてください`);
      return fail(
        'email',
        `「${raw}」は1つのメールアドレスではありません`,
        'メールアドレスを1つだけ半角で書いてください（例: iken@city.example.jp）。2つ目のアドレス、「mailto:」、「?cc=」のような宛先や件名の追加は書けません',
      );
    }
    case 'date': {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      const date = match ? new Date(`${raw}T00:00:00Z`) : undefined;
      if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) {
        return fail(
          'date',
          `「${raw}」は日付ではありません`,
          'YYYY-MM-DD の形で書いてください（例: 2026-03-31）。日付が未定なら空欄にしてください',
        );
      }
      return { ok: true, value: raw };
    }
    case 'municipality_code':
      if (!/^\d{6}$/.test(raw)) {
        const hint = /^\d{5}$/.test(raw)
          ? '先頭の 0 が消えていないか確かめてください（Excel で開くと消えることがあります）。検査数字を含む6桁で書きます（例: 032069）'
          : '検査数字を含む6桁の半角数字で書いてください（例: 032069）';
        return fail('municipality-code', `「${raw}」は全国地方公共団体コードではありません`, hint);
      }
      if (!isValidMunicipalityCode(raw)) {
        return fail(
          'municipality-code',
          `「${raw}」は検査数字（6桁目）が合いません`,
          '総務省の全国地方公共団体コード一覧で6桁のコードを確かめてください',
        );
      }
      return { ok: true, value: raw };
  }
}
