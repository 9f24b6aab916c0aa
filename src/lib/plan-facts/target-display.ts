import type { Indicator } from '../../schemas/indicator.ts';
import type { Observation } from '../../schemas/observation.ts';
import { formatValue } from '../format/number.ts';
import { formatFiscalYear } from '../format/fiscal-year.ts';
import type { PlanContent } from '../content/types.ts';
import { latestOf } from '../content/queries.ts';
import { planFactLabels } from '../labels/plan-facts.ts';

/** What a target cell or a target line shows for one indicator. */
export interface TargetDisplay {
  /** `text`: the printed wording of a text target; `value`: a number with its unit; `none`: nothing printed. */
  kind: 'text' | 'value' | 'none';
  /** The cell's main text: the wording as printed (「検証済み」), 「1,063手続き」, or 「－」. */
  text: string;
  /** The target's fiscal year (「2030年度（令和12年度）」, 「年度の記載なし」) for a value target; null otherwise. */
  year: string | null;
  /** The explanation under the value: the observation's note, or 「記載なし」 when nothing is printed. */
  note: string | null;
}

/**
 * The target of an indicator wherever a target is shown (indicator lists, outcome tables, the
 * progress box, the plan's home): a text target's wording as printed — a text target has no target
 * observation, so showing the observation alone would say 「－ 記載なし」 for a printed target —
 * else the latest target value with its unit, else 「－」 with 「記載なし」.
 * `target` is the indicator's latest target observation (`latestOf(plan, id, 'target')`).
 */
export function targetDisplay(indicator: Pick<Indicator, 'kind' | 'target_text' | 'unit'>, target: Observation | undefined): TargetDisplay {
  if (indicator.target_text !== null && (indicator.kind === 'text' || target === undefined)) {
    return { kind: 'text', text: indicator.target_text, year: null, note: null };
  }
  if (target === undefined) return { kind: 'none', text: planFactLabels.target.none, year: null, note: planFactLabels.target.noneNote };
  return { kind: 'value', text: formatValue(target.value, indicator.unit), year: formatFiscalYear(target.fiscal_year), note: target.note };
}

/**
 * The target in one line of text, for a definition list or a summary: 「検証済み」,
 * 「80%（年度の記載なし）」, 「50人（2030年度（令和12年度））」, or 「なし」 when the original prints none.
 */
export function targetLine(indicator: Pick<Indicator, 'kind' | 'target_text' | 'unit'>, target: Observation | undefined): string {
  const shown = targetDisplay(indicator, target);
  if (shown.kind === 'none') return planFactLabels.target.noneLine;
  return shown.year === null ? shown.text : planFactLabels.target.withYear(shown.text, shown.year);
}

/** `targetDisplay` for an indicator of a loaded plan (its latest target observation looked up). */
export function indicatorTargetDisplay(plan: PlanContent, indicator: Indicator): TargetDisplay {
  return targetDisplay(indicator, latestOf(plan, indicator.id, 'target'));
}
