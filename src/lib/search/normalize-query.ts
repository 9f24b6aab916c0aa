/**
 * A query as the index expects it: full-width letters, digits and signs become half-width and
 * half-width katakana full-width (NFKC), so 「Ｗｉ－Ｆｉ」 and 「Wi-Fi」 find the same pages;
 * runs of spaces collapse.
 */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(/[\s\u3000]+/g, ' ').trim();
}
