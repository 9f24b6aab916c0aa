/** The content types a reader can filter search results by. */
export const SEARCH_TYPES = ['計画', '章', '施策', '指標', '用語', 'データ'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
