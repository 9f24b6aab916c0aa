import { planTables, type PlanTableName } from '../../../schemas/index.ts';
import type { Chapter } from '../../markdown/types.ts';
import type { ContentError } from '../../validate/content-error.ts';
import { closestMatch } from '../../validate/suggest.ts';
import { keysOf, type ValidatedPlanTables } from '../validated-tables.ts';

/** Which tables each directive attribute names a key of. */
const DIRECTIVE_TARGETS: Readonly<Record<string, readonly PlanTableName[]>> = {
  goal: ['goals'],
  measure: ['measures'],
  initiative: ['initiatives'],
  item: ['measures', 'initiatives'],
  id: ['datasets'],
};

/**
 * The data-table directives in a plan's chapters name an existing plan (`plan=`) and existing
 * items of it (`goal=`, `measure=`, `initiative=`, `item=`, `id=`): `unknown-reference`. Names
 * into a table that could not be read are not checked.
 */
export function checkDirectives(
  planId: string,
  chapters: readonly Chapter[],
  tablesByPlan: ReadonlyMap<string, ValidatedPlanTables>,
  planIds: readonly string[],
): ContentError[] {
  const errors: ContentError[] = [];
  for (const chapter of chapters) {
    const file = `content/plans/${planId}/chapters/${chapter.id}.md`;
    for (const block of chapter.blocks) {
      if (block.type !== 'directive') continue;
      const target = block.attributes.plan ?? planId;
      const at = { file, line: block.line, column: 1 };
      if (!tablesByPlan.has(target)) {
        errors.push({
          ...at,
          value: target,
          rule: 'unknown-reference',
          message: `表の指定の plan=${target} は plans.csv にない計画です`,
          hint: `計画 ID は ${planIds.join('、')} のどれかです`,
        });
        continue;
      }
      const targetTables = tablesByPlan.get(target);
      for (const [attribute, names] of Object.entries(DIRECTIVE_TARGETS)) {
        const value = block.attributes[attribute];
        const sets = names.map((n) => keysOf(targetTables, n));
        if (!value || sets.some((k) => k === null)) continue;
        const keys = new Set(sets.flatMap((k) => [...k!]));
        if (keys.has(value)) continue;
        const files = names.map((n) => planTables.find((t) => t.name === n)!.file).join(' / ');
        const guess = closestMatch(value, [...keys]);
        errors.push({
          ...at,
          value,
          rule: 'unknown-reference',
          message: `表の指定の ${attribute}=${value} は計画 ${target} の ${files} にありません`,
          hint: guess ? `「${guess}」の書き間違いではありませんか` : `${files} にある ID を書いてください`,
        });
      }
    }
  }
  return errors;
}
