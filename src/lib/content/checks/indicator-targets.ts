import type { Indicator } from '../../../schemas/indicator.ts';
import type { Observation } from '../../../schemas/observation.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import type { ValidatedTable } from '../validated-tables.ts';
import { cellError } from './cell-error.ts';

/**
 * Every indicator states its target (`missing-target`): a numeric one has a target row in
 * observations.csv (a rejected target row counts; nothing is concluded from an unreadable file),
 * a text one has a `target_text`.
 */
export function checkIndicatorTargets(
  indicators: readonly SourcedRow<Indicator>[],
  observations: ValidatedTable<Observation> | undefined,
): ContentError[] {
  const errors: ContentError[] = [];
  const targeted = new Set([
    ...(observations?.rows ?? []).filter((r) => r.values.kind === 'target').map((r) => r.values.indicator_id),
    ...(observations?.rejected ?? []).filter((r) => r.kind === 'target').map((r) => r.indicator_id ?? ''),
  ]);
  for (const row of indicators) {
    if (row.values.kind === 'numeric' && observations?.complete !== false && !targeted.has(row.values.id)) {
      errors.push(
        cellError(row, 'id', {
          value: String(row.values.id),
          rule: 'missing-target',
          message: `数値指標「${row.values.id}」に目標値がありません`,
          hint: 'observations.csv に kind が target の行を加えてください。文章で示す目標なら kind を text にし、target_text に書いてください',
        }),
      );
    }
    if (row.values.kind === 'text' && row.values.target_text === null) {
      errors.push(
        cellError(row, 'target_text', {
          value: '',
          rule: 'missing-target',
          message: `文章で示す指標「${row.values.id}」の目標（target_text）が空欄です`,
          hint: '原本の目標の文言を target_text に書いてください',
        }),
      );
    }
  }
  return errors;
}
