const numberFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 6, useGrouping: true });

/** 3096 → 「3,096」; keeps the decimals as stored (61.9 → 「61.9」). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * A value with its unit as Japanese documents print it, without a space: 「3,096人」, 「61.9%」,
 * 「60人/年」. A blank value is not zero: it is shown as 「－」 and explained by its note.
 */
export function formatValue(value: number | null, unit: string | null): string {
  if (value === null) return '－';
  return `${formatNumber(value)}${unit ?? ''}`;
}

/** A file size as the catalogue shows it: 「812 バイト」, 「12.3 KB」, 「1.4 MB」 (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} バイト`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
