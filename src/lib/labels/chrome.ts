/** Labels of this area; see `index.ts` for what belongs here. */
export const chromeLabels = {} as const;
