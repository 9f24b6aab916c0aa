/** The content types a reader can filter search results by; their names are the site's labels. */
import { searchLabels } from '../labels/search.ts';

/** A content type's name as the index files it and the filter offers it. */
export type SearchType = (typeof searchLabels.types)[keyof typeof searchLabels.types];
export const SEARCH_TYPES: readonly SearchType[] = Object.values(searchLabels.types);
