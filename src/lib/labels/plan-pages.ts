/** Labels of this area; see `index.ts` for what belongs here. */
export const planPageLabels = {} as const;
