/**
 * Appends `items` to `target` one by one. Not `target.push(...items)`: a run may find a hundred
 * thousand problems (a file saved wrongly), more than a call can take as arguments.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
