import { formatLabels } from '../labels/formats.ts';

/**
 * Japanese-era name and year of a fiscal year (April–March). Reiwa began on 1 May 2019, and
 * Japanese administrations call fiscal 2019 「令和元年度」, so fiscal years from 2019 are Reiwa.
 */
export function eraOfFiscalYear(year: number): { era: string; eraYear: number } {
  if (!Number.isInteger(year)) throw new RangeError(`fiscal year must be an integer: ${year}`);
  if (year >= 2019) return { era: formatLabels.eras.reiwa, eraYear: year - 2018 };
  if (year >= 1989) return { era: formatLabels.eras.heisei, eraYear: year - 1988 };
  if (year >= 1926) return { era: formatLabels.eras.showa, eraYear: year - 1925 };
  // Validation refuses such years; never print a negative era year (「昭和−25年度」).
  throw new RangeError(`fiscal year before Shōwa: ${year}`);
}

/** 「令和7年度」 for 2025; 「令和元年度」 for 2019. */
export function formatEraFiscalYear(year: number): string {
  const { era, eraYear } = eraOfFiscalYear(year);
  return formatLabels.eraFiscalYear(era, formatLabels.eraYear(eraYear));
}

/** What pages say for a value whose fiscal year the original does not give. */
export const UNKNOWN_YEAR_LABEL = formatLabels.unknownYear;

/**
 * 「2025年度（令和7年度）」: the form every page uses for a fiscal year; 「年度の記載なし」 when the
 * original gives no year (never guessed).
 */
export function formatFiscalYear(year: number | null): string {
  if (year === null) return UNKNOWN_YEAR_LABEL;
  return formatLabels.fiscalYear(year, formatEraFiscalYear(year));
}

/** 「令和8〜12年度」 for 2026–2030 (the era named once when both years share it); 「令和8年度」 for one year. */
export function formatEraFiscalYearRange(start: number, end: number): string {
  if (start === end) return formatEraFiscalYear(start);
  const a = eraOfFiscalYear(start);
  const b = eraOfFiscalYear(end);
  return a.era === b.era
    ? formatLabels.eraFiscalYearSpan(a.era, formatLabels.eraYear(a.eraYear), b.eraYear)
    : formatLabels.eraFiscalYearRange(formatEraFiscalYear(start), formatEraFiscalYear(end));
}

/** 「2026〜2030年度（令和8〜12年度）」 for a plan period. */
export function formatFiscalYearRange(start: number, end: number): string {
  if (start === end) return formatFiscalYear(start);
  return formatLabels.fiscalYearRange(start, end, formatEraFiscalYearRange(start, end));
}
