import { formatLabels } from '../labels/formats.ts';

const numberFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 6, useGrouping: true });
const printedFormats = new Map<number, Intl.NumberFormat>();

/**
 * 3096 → 「3,096」; keeps the decimals as stored (61.9 → 「61.9」). With `decimals` (how many places
 * the original prints), trailing zeros are kept to that place: (100, 1) → 「100.0」, (61.9, 2) →
 * 「61.90」; a value with more places than that keeps them (a figure is never rounded away).
 */
export function formatNumber(value: number, decimals: number | null = null): string {
  if (decimals === null || decimals <= 0) return numberFormat.format(value);
  let format = printedFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('ja-JP', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: Math.max(decimals, 6),
      useGrouping: true,
    });
    printedFormats.set(decimals, format);
  }
  return format.format(value);
}

/**
 * A value with its unit as Japanese documents print it, without a space: 「3,096人」, 「61.9%」,
 * 「60人/年」, 「100.0%」 when the original prints one decimal (`decimals`: a dataset column's
 * `decimals` in its .columns.csv). A blank value is not zero: it is shown as 「－」 and explained by its note.
 */
export function formatValue(value: number | null, unit: string | null, decimals: number | null = null): string {
  if (value === null) return formatLabels.noValue;
  return `${formatNumber(value, decimals)}${unit ?? ''}`;
}

/** How many decimal places a number is written with: 「100.0」 → 1, 「61.90」 → 2, 「3096」 → 0. */
export function printedDecimals(text: string): number {
  const match = /\.(\d+)\s*$/.exec(text.trim());
  return match ? match[1]!.length : 0;
}

/** A file size as the catalogue shows it: 「812 バイト」, 「12.3 KB」, 「1.4 MB」 (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return formatLabels.bytes(bytes);
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
