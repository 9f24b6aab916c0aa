/**
 * How the site writes years, dates and sizes: 「2025年度（令和7年度）」, 「2026年12月25日」, 「812 バイト」.
 * The calendar rules (which era a fiscal year falls in, from which year) stay in
 * src/lib/format/fiscal-year.ts; only the words and their order are here.
 */

export const formatLabels = {
  /** The names of the eras a fiscal year can fall in (`eraOfFiscalYear`). */
  eras: { reiwa: '令和', heisei: '平成', showa: '昭和' },
  /** An era year: 「7」, or 「元」 for the first year of an era. */
  eraYear: (eraYear: number) => (eraYear === 1 ? '元' : String(eraYear)),
  /** 「令和7年度」. */
  eraFiscalYear: (era: string, eraYear: string) => `${era}${eraYear}年度`,
  /** 「令和8〜12年度」: both years in one era. */
  eraFiscalYearSpan: (era: string, startEraYear: string, endEraYear: number) => `${era}${startEraYear}〜${endEraYear}年度`,
  /** 「平成30年度〜令和2年度」: the years in two eras. */
  eraFiscalYearRange: (start: string, end: string) => `${start}〜${end}`,
  /** What pages say for a value whose fiscal year the original does not give. */
  unknownYear: '年度の記載なし',
  /** 「2025年度（令和7年度）」. */
  fiscalYear: (year: number, era: string) => `${year}年度（${era}）`,
  /** 「2026〜2030年度（令和8〜12年度）」. */
  fiscalYearRange: (start: number, end: number, era: string) => `${start}〜${end}年度（${era}）`,
  /** 「2025年度」, the Western year alone (chart axes). */
  westernFiscalYear: (year: number) => `${year}年度`,
  /** 「2026年12月25日」. */
  date: (year: number, month: number, day: number) => `${year}年${month}月${day}日`,
  /** A plan's adoption date in its 「策定日」 row (`planDateText`): always as printed, never guessed. */
  adoptionDate: {
    undecided: (printed: string) => `${printed}（原本の表記。日付は未定です）`,
    noDay: (printed: string) => `${printed}（原本の表記。日の記載はありません）`,
    none: '原本に記載なし',
    coverOnly: (cover: string) => `原本に記載なし（表紙の日付は「${cover}」）`,
  },
  /** A blank value (not zero) or a share of no items, in tables and sentences. */
  noValue: '－',
  /** A file size under 1 KB: 「812 バイト」 (KB and MB are written as such). */
  bytes: (bytes: number) => `${bytes} バイト`,
} as const;
