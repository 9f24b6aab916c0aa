import { OBSERVATION_KINDS, type Observation } from '../../../schemas/observation.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { cellError } from './cell-error.ts';

const kindLabel = new Map<string, string>(OBSERVATION_KINDS.map((k) => [k.value, k.label]));

/**
 * Each observation explains a blank value or year in its note (`blank-without-note`,
 * `year-without-note`), and a target's year lies inside the plan's period
 * (`target-outside-period`, checked only when the period itself is in order).
 */
export function checkObservations(
  planId: string,
  observations: readonly SourcedRow<Observation>[],
  period: { start: number; end: number },
): ContentError[] {
  const errors: ContentError[] = [];
  const periodValid = period.start <= period.end;
  for (const row of observations) {
    if (row.values.value === null && row.values.note === null) {
      errors.push(
        cellError(row, 'value', {
          value: '',
          rule: 'blank-without-note',
          message: `${kindLabel.get(row.values.kind)}が空欄で、理由がありません`,
          hint: '値がない理由（例: 原本では「-」（数値の記載なし））を note 列に書いてください。値が 0 なら 0 と書きます',
        }),
      );
    }
    const year = row.values.fiscal_year;
    if (year === null && row.values.note === null) {
      errors.push(
        cellError(row, 'fiscal_year', {
          value: '',
          rule: 'year-without-note',
          message: `${kindLabel.get(row.values.kind)}の年度が空欄で、理由がありません`,
          hint: '原本が年度を書いていないなら、その旨（例: 原本に年度の記載なし）を note 列に書いてください。推測で年度を入れないでください',
        }),
      );
    }
    if (year !== null && periodValid && row.values.kind === 'target' && (year < period.start || year > period.end)) {
      errors.push(
        cellError(row, 'fiscal_year', {
          value: String(year),
          rule: 'target-outside-period',
          message: `目標年度 ${year} が計画期間（${period.start}〜${period.end}年度）の外です`,
          hint: `目標年度を計画期間の中にするか、plans.csv の ${planId} の期間を確かめてください`,
        }),
      );
    }
  }
  return errors;
}
