import type { Score } from '../../../schemas/score.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { keysOf, type ValidatedPlanTables } from '../validated-tables.ts';
import { cellError, checkReference } from './cell-error.ts';

/**
 * Qualitative scores: each names a measure or initiative of the plan (`items`), has a level the
 * plan defines for that axis or a note saying why it has none, and every rated item has a row for
 * every axis (`score-grid-incomplete`: a blank level is written, never left out).
 */
export function checkScores(tables: ValidatedPlanTables, items: ReadonlySet<string> | null): ContentError[] {
  const errors: ContentError[] = [];
  const levels = tables['score-levels'];
  const definedLevels =
    levels?.complete === false
      ? null
      : new Set([
          ...(levels?.rows ?? []).map((r) => `${r.values.axis_id}:${r.values.level}`),
          ...(levels?.rejected ?? []).map((r) => `${r.axis_id}:${r.level}`),
        ]);
  const scoreTable = tables.scores;
  const scoreRows = scoreTable?.rows ?? [];
  for (const row of scoreRows) {
    if (items) errors.push(...checkReference(row, 'item_id', items, '施策・取組', 'measures.csv / initiatives.csv'));
    if (row.values.level === null) {
      if (row.values.note === null)
        errors.push(
          cellError(row, 'level', {
            value: '',
            rule: 'blank-without-note',
            message: `取組「${row.values.item_id}」の評価軸「${row.values.axis_id}」のレベルが空欄で、理由がありません`,
            hint: '原本に評価がない理由（例: 原本に評価の記載なし）を note 列に書いてください。空欄は 0 ではありません',
          }),
        );
      continue;
    }
    if (definedLevels && !definedLevels.has(`${row.values.axis_id}:${row.values.level}`)) {
      errors.push(
        cellError(row, 'level', {
          value: String(row.values.level),
          rule: 'undefined-level',
          message: `評価軸「${row.values.axis_id}」にレベル ${row.values.level} の基準がありません`,
          hint: 'score-levels.csv にある、その評価軸のレベルの数字を書いてください',
        }),
      );
    }
  }
  const axisKeys = keysOf(tables, 'score-axes');
  if (axisKeys && scoreTable?.complete !== false && scoreTable?.rejected.length === 0) {
    const firstRow = new Map<string, SourcedRow<Score>>();
    for (const row of scoreRows) if (!firstRow.has(row.values.item_id)) firstRow.set(row.values.item_id, row);
    for (const [item, row] of firstRow) {
      const rated = new Set(scoreRows.filter((r) => r.values.item_id === item).map((r) => r.values.axis_id));
      for (const axis of [...axisKeys].filter((a) => !rated.has(a))) {
        errors.push(
          cellError(row, 'item_id', {
            value: item,
            rule: 'score-grid-incomplete',
            message: `取組「${item}」に評価軸「${axis}」の行がありません`,
            hint: `評価した取組には、すべての評価軸の行を書きます。原本に評価がなければ「${item},${axis},,原本に評価の記載なし」のように level を空欄にし、note に理由を書いてください（行がないと 0 と区別できません）`,
          }),
        );
      }
    }
  }
  return errors;
}
