/** Labels of this area; see `index.ts` for what belongs here. */
export const sitePageLabels = {} as const;
