/**
 * The words of a passage's citation (src/lib/citation/citations.ts): 「第4章(2) 第3段落」, 「原本 p.16〜」.
 * The section numbers themselves are the plan's, as printed.
 */

export const citationLabels = {
  paragraph: (n: string) => `第${n}段落`,
  list: (n: string) => `箇条書き${n}`,
  listItem: (n: string, item: string) => `箇条書き${n}の${item}項目め`,
  figure: (n: string) => `図${n}`,
  table: (n: string) => `表${n}`,
  footnote: (label: string) => `注${label}`,
  /** A heading without a printed number, by its text: 「「計画の趣旨」」. */
  heading: (text: string) => `「${text}」`,
  /** The text a reader copies: 「北上市情報基本計画2026（案） 第4章(2) 第3段落（原本 p.16〜）」. */
  copied: (planTitle: string, label: string, page: string | null) => `${planTitle} ${label}${page ? `（${page}）` : ''}`,
  /** Where the cited section starts in the original. */
  page: (page: number) => `原本 p.${page}〜`,
} as const;
