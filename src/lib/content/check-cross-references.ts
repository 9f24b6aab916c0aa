import { planTables, planTable } from '../../schemas/index.ts';
import type { ContentError } from '../validate/content-error.ts';
import type { SourcedRow } from '../validate/validate-table.ts';
import type { Chapter } from '../markdown/types.ts';
import { closestMatch } from '../validate/suggest.ts';
import { OBSERVATION_KINDS } from '../../schemas/observation.ts';
import { SUCCESSION_FATES } from '../../schemas/succession.ts';
import { directiveShowsIndicator } from './queries.ts';

import type { PlanRows } from './validate-content.ts';
import { checkValueRanges } from './checks/value-ranges.ts';
import { checkGlossaryTerms } from './checks/glossary-terms.ts';
import { checkPredecessorCycles } from './checks/predecessor-cycle.ts';

/** Appends without spreading (a check may return many problems). */
const append = (target: ContentError[], items: readonly ContentError[]) => {
  for (const item of items) target.push(item);
};

/** What the cross-reference checks need: the validated tables and what could not be validated. */
export interface CrossReferenceInput {
  planRows: readonly SourcedRow[];
  /** Raw cells of plans.csv rows rejected for a bad cell. */
  planRejected: readonly Record<string, string>[];
  rowsByPlan: ReadonlyMap<string, PlanRows>;
  chaptersByPlan: ReadonlyMap<string, Chapter[]>;
  /** `plan/chapter` of chapter files that had problems (their anchors are not trusted). */
  brokenChapters: ReadonlySet<string>;
  planFile: string;
  /** Rows of the site-level regional-figures.csv. */
  regionalRows?: readonly SourcedRow[];
}

/** An error located at one cell of a validated row. */
function cellError(row: SourcedRow, field: string, rest: Omit<ContentError, 'file' | 'line' | 'column' | 'field'>): ContentError {
  return { file: row.file, line: row.line, column: row.columnNumbers[field] ?? 1, field, ...rest };
}

/**
 * Keys of a table (its first key column) in one plan, including rows rejected for another
 * problem; `null` when the table could not be read, so references into it are not checked
 * (one broken header must not produce a hundred "not found" messages).
 */
function keysOf(tables: PlanRows | undefined, table: string): Set<string> | null {
  const spec = planTables.find((t) => t.name === table)!;
  const result = tables?.get(table);
  if (result && !result.complete) return null;
  const key = spec.key[0]!;
  return new Set([...(result?.rows ?? []).map((r) => String(r.values[key])), ...(result?.rejected ?? []).map((r) => r[key] ?? '')]);
}

const rowsOf = (tables: PlanRows | undefined, table: string) => tables?.get(table)?.rows ?? [];

/**
 * Checks what single rows cannot: references between tables (measure → goal, indicator →
 * goal/measure, observation → indicator, plan ids), that one plan is primary, plan periods,
 * target years inside the plan period, blanks explained by a note, sections and directives
 * that name existing things.
 */
export function checkCrossReferences({ planRows, planRejected, rowsByPlan, chaptersByPlan, brokenChapters, planFile, regionalRows = [] }: CrossReferenceInput): ContentError[] {
  const errors: ContentError[] = [];
  const planIds = [...rowsByPlan.keys(), ...planRejected.map((r) => r.id ?? '')];

  // plans.csv itself
  const primaries = planRows.filter((r) => r.values.is_primary === true);
  const primaryCount = primaries.length + planRejected.filter((r) => r.is_primary === 'true').length;
  if (planRows.length > 0 && primaryCount !== 1) {
    errors.push({ file: planFile, line: primaries[1]?.line ?? 2, column: primaries[1]?.columnNumbers.is_primary ?? 1, field: 'is_primary', rule: 'one-primary-plan', message: `is_primary が true の計画が ${primaryCount} 件あります`, hint: 'トップページに表示する計画1つだけを true にし、他は false にしてください' });
  }
  for (const row of planRows) {
    const { period_start: start, period_end: end, predecessor_id: predecessor, id } = row.values;
    if ((start as number) > (end as number)) {
      errors.push(cellError(row, 'period_end', { value: String(end), rule: 'period-order', message: `計画期間の終了年度 ${end} が開始年度 ${start} より前です`, hint: '開始年度と終了年度を確かめてください' }));
    }
    if (predecessor !== null) errors.push(...refCheck(row, 'predecessor_id', new Set(planIds), '計画', 'plans.csv'));
    if (predecessor === id) errors.push(cellError(row, 'predecessor_id', { value: String(predecessor), rule: 'self-reference', message: '前計画に自分自身が指定されています', hint: '前の計画の ID を書くか、空欄にしてください' }));
  }

  append(errors, checkPredecessorCycles(planRows));

  for (const planRow of planRows) {
    const planId = planRow.values.id as string;
    const tables = rowsByPlan.get(planId)!;
    const [periodStart, periodEnd] = [planRow.values.period_start as number, planRow.values.period_end as number];
    const periodValid = periodStart <= periodEnd;

    // Every reference column of every table.
    for (const spec of planTables) {
      for (const column of spec.columns) {
        if (!column.references) continue;
        const target = column.references.scope === 'site' ? new Set(planIds) : keysOf(tables, column.references.table);
        if (target === null) continue;
        const targetFile = column.references.scope === 'site' ? planTable.file : planTables.find((t) => t.name === column.references!.table)!.file;
        for (const row of rowsOf(tables, spec.name)) {
          if (row.values[column.name] === null) continue;
          errors.push(...refCheck(row, column.name, target, column.label.replace(/ID$/, ''), targetFile));
        }
      }
    }

    // An indicator's measure must belong to the indicator's goal.
    const goalKeys = keysOf(tables, 'goals');
    const measureGoal = new Map(rowsOf(tables, 'measures').filter((r) => goalKeys?.has(r.values.goal_id as string)).map((r) => [r.values.id as string, r.values.goal_id as string]));
    for (const row of rowsOf(tables, 'indicators')) {
      const measure = row.values.measure_id as string | null;
      if (measure && measureGoal.has(measure) && measureGoal.get(measure) !== row.values.goal_id) {
        errors.push(cellError(row, 'measure_id', { value: measure, rule: 'measure-goal-mismatch', message: `施策「${measure}」は目標「${measureGoal.get(measure)}」の施策で、この指標の目標「${row.values.goal_id}」と合いません`, hint: 'goal_id か measure_id のどちらかを直してください' }));
      }
    }

    // An indicator's initiative must be one of the indicator's measure.
    const initiativeMeasure = new Map(rowsOf(tables, 'initiatives').map((r) => [r.values.id as string, r.values.measure_id as string | null]));
    for (const row of rowsOf(tables, 'indicators')) {
      const initiative = row.values.initiative_id as string | null;
      if (initiative === null || !initiativeMeasure.has(initiative)) continue;
      const owner = initiativeMeasure.get(initiative)!;
      if (owner !== row.values.measure_id) {
        errors.push(cellError(row, 'initiative_id', { value: initiative, rule: 'initiative-measure-mismatch', message: owner === null ? `取組「${initiative}」は施策に属さない取組で、この指標の施策「${row.values.measure_id ?? ''}」の取組ではありません` : `取組「${initiative}」は施策「${owner}」の取組で、この指標の施策「${row.values.measure_id ?? '（空欄）'}」と合いません`, hint: 'initiative_id には、measure_id の施策に属する取組の ID を書いてください' }));
      }
    }

    // A footnote printed beside an indicator's name lives in a chapter that shows its table.
    for (const row of rowsOf(tables, 'indicators')) {
      const label = row.values.footnote as string | null;
      if (label === null) continue;
      const indicator = { goal_id: row.values.goal_id as string, measure_id: row.values.measure_id as string | null, initiative_id: row.values.initiative_id as string | null };
      const homes = [...chaptersByPlan].flatMap(([owner, chapters]) => chapters.filter((c) => c.blocks.some((b) => directiveShowsIndicator(b, owner, planId, indicator))).map((c) => ({ owner, chapter: c })));
      if (homes.some(({ owner, chapter }) => brokenChapters.has(`${owner}/${chapter.id}`) || chapter.blocks.some((b) => b.type === 'footnote' && b.label === label))) continue;
      errors.push(cellError(row, 'footnote', { value: label, rule: 'footnote-undefined', message: homes.length === 0 ? `注 ${label} が付いた指標「${row.values.id}」を表示する章がありません` : `注 ${label} の本文が、指標「${row.values.id}」の表を表示する章（${homes.map(({ owner, chapter }) => `${owner} の ${chapter.id}.md`).join('、')}）にありません`, hint: homes.length === 0 ? `この指標の表（::outcome-indicators など）を置いた章に「[^${label}]: 注の本文」を書くか、footnote を空欄にしてください` : `その章の表の後に「[^${label}]: 注の本文」を書くか、footnote を空欄にしてください` }));
    }

    // Indicators: numeric ones need a target value, text ones a target text.
    const observations = rowsOf(tables, 'observations');
    const observationTable = tables.get('observations');
    const targeted = new Set([
      ...observations.filter((r) => r.values.kind === 'target').map((r) => r.values.indicator_id as string),
      ...(observationTable?.rejected ?? []).filter((r) => r.kind === 'target').map((r) => r.indicator_id ?? ''),
    ]);
    for (const row of rowsOf(tables, 'indicators')) {
      if (row.values.kind === 'numeric' && observationTable?.complete !== false && !targeted.has(row.values.id as string)) {
        errors.push(cellError(row, 'id', { value: String(row.values.id), rule: 'missing-target', message: `数値指標「${row.values.id}」に目標値がありません`, hint: 'observations.csv に kind が target の行を加えてください。文章で示す目標なら kind を text にし、target_text に書いてください' }));
      }
      if (row.values.kind === 'text' && row.values.target_text === null) {
        errors.push(cellError(row, 'target_text', { value: '', rule: 'missing-target', message: `文章で示す指標「${row.values.id}」の目標（target_text）が空欄です`, hint: '原本の目標の文言を target_text に書いてください' }));
      }
    }

    // Observations: explained blanks, targets inside the plan period.
    const kindLabel = new Map<string, string>(OBSERVATION_KINDS.map((k) => [k.value, k.label]));
    for (const row of observations) {
      if (row.values.value === null && row.values.note === null) {
        errors.push(cellError(row, 'value', { value: '', rule: 'blank-without-note', message: `${kindLabel.get(row.values.kind as string)}が空欄で、理由がありません`, hint: '値がない理由（例: 原本では「-」（数値の記載なし））を note 列に書いてください。値が 0 なら 0 と書きます' }));
      }
      const year = row.values.fiscal_year as number | null;
      if (year === null && row.values.note === null) {
        errors.push(cellError(row, 'fiscal_year', { value: '', rule: 'year-without-note', message: `${kindLabel.get(row.values.kind as string)}の年度が空欄で、理由がありません`, hint: '原本が年度を書いていないなら、その旨（例: 原本に年度の記載なし）を note 列に書いてください。推測で年度を入れないでください' }));
      }
      if (year !== null && periodValid && row.values.kind === 'target' && (year < periodStart || year > periodEnd)) {
        errors.push(cellError(row, 'fiscal_year', { value: String(year), rule: 'target-outside-period', message: `目標年度 ${year} が計画期間（${periodStart}〜${periodEnd}年度）の外です`, hint: `目標年度を計画期間の中にするか、plans.csv の ${planId} の期間を確かめてください` }));
      }
    }

    if (periodValid) append(errors, checkValueRanges(observations, rowsOf(tables, 'indicators'), rowsOf(tables, 'roadmap'), { start: periodStart, end: periodEnd }));

    // Initiatives hang under a measure or, in plans without measures, directly under a goal.
    for (const row of rowsOf(tables, 'initiatives')) {
      const both = row.values.measure_id !== null && row.values.goal_id !== null;
      if (both || (row.values.measure_id === null && row.values.goal_id === null)) {
        errors.push(cellError(row, both ? 'goal_id' : 'measure_id', { value: both ? String(row.values.goal_id) : '', rule: 'initiative-parent', message: both ? '取組に施策ID（measure_id）と目標ID（goal_id）の両方が書かれています' : '取組の施策ID（measure_id）と目標ID（goal_id）がどちらも空欄です', hint: '取組が属する施策の ID を measure_id に書いてください。施策の階層がない計画なら measure_id を空欄にし、goal_id に目標の ID を書きます' }));
      }
    }

    // Roadmap steps: ordered span, item is a measure or an initiative.
    const measureKeys = keysOf(tables, 'measures');
    const initiativeKeys = keysOf(tables, 'initiatives');
    const items = measureKeys && initiativeKeys ? new Set([...measureKeys, ...initiativeKeys]) : null;
    for (const row of rowsOf(tables, 'roadmap')) {
      if ((row.values.start_year as number) > (row.values.end_year as number)) {
        errors.push(cellError(row, 'end_year', { value: String(row.values.end_year), rule: 'period-order', message: `終了年度 ${row.values.end_year} が開始年度 ${row.values.start_year} より前です`, hint: '開始年度と終了年度を確かめてください' }));
      }
      if (items) errors.push(...refCheck(row, 'item_id', items, '施策・取組', 'measures.csv / initiatives.csv'));
    }

    // Scores: the item exists and the level is one the plan defines for that axis.
    const levels = tables.get('score-levels');
    const definedLevels = levels?.complete === false ? null : new Set([...(levels?.rows ?? []).map((r) => `${r.values.axis_id}:${r.values.level}`), ...(levels?.rejected ?? []).map((r) => `${r.axis_id}:${r.level}`)]);
    for (const row of rowsOf(tables, 'scores')) {
      if (items) errors.push(...refCheck(row, 'item_id', items, '施策・取組', 'measures.csv / initiatives.csv'));
      if (row.values.level === null) {
        if (row.values.note === null) errors.push(cellError(row, 'level', { value: '', rule: 'blank-without-note', message: `取組「${row.values.item_id}」の評価軸「${row.values.axis_id}」のレベルが空欄で、理由がありません`, hint: '原本に評価がない理由（例: 原本に評価の記載なし）を note 列に書いてください。空欄は 0 ではありません' }));
        continue;
      }
      if (definedLevels && !definedLevels.has(`${row.values.axis_id}:${row.values.level}`)) {
        errors.push(cellError(row, 'level', { value: String(row.values.level), rule: 'undefined-level', message: `評価軸「${row.values.axis_id}」にレベル ${row.values.level} の基準がありません`, hint: 'score-levels.csv にある、その評価軸のレベルの数字を書いてください' }));
      }
    }

    // Scores: every rated item has a row for every axis (a blank level is written, never left out).
    const axisKeys = keysOf(tables, 'score-axes');
    const scoreRows = rowsOf(tables, 'scores');
    const scoreTable = tables.get('scores');
    if (axisKeys && scoreTable?.complete !== false && scoreTable?.rejected.length === 0) {
      const firstRow = new Map<string, SourcedRow>();
      for (const row of scoreRows) if (!firstRow.has(row.values.item_id as string)) firstRow.set(row.values.item_id as string, row);
      for (const [item, row] of firstRow) {
        const rated = new Set(scoreRows.filter((r) => r.values.item_id === item).map((r) => r.values.axis_id as string));
        for (const axis of [...axisKeys].filter((a) => !rated.has(a))) {
          errors.push(cellError(row, 'item_id', { value: item, rule: 'score-grid-incomplete', message: `取組「${item}」に評価軸「${axis}」の行がありません`, hint: `評価した取組には、すべての評価軸の行を書きます。原本に評価がなければ「${item},${axis},,原本に評価の記載なし」のように level を空欄にし、note に理由を書いてください（行がないと 0 と区別できません）` }));
        }
      }
    }

    // Succession: ids name items of the predecessor and of this plan; the fate fits the ids.
    const predecessor = planRow.values.predecessor_id as string | null;
    const tableOfKind = { goal: 'goals', measure: 'measures', indicator: 'indicators' } as const;
    for (const row of rowsOf(tables, 'succession')) {
      const kind = row.values.kind as keyof typeof tableOfKind;
      const [previousId, currentId, fate] = [row.values.previous_id as string | null, row.values.current_id as string | null, row.values.fate as string];
      const needsPrevious = fate !== 'new';
      const needsCurrent = fate !== 'dropped';
      if (needsPrevious !== (previousId !== null) || needsCurrent !== (currentId !== null)) {
        const field = needsPrevious !== (previousId !== null) ? 'previous_id' : 'current_id';
        errors.push(cellError(row, field, { value: String(row.values[field] ?? ''), rule: 'succession-fate', message: `扱い「${fate}」（${SUCCESSION_FATES.find((f) => f.value === fate)?.label}）の行の${field === 'previous_id' ? '前計画のID' : 'この計画のID'}が${row.values[field] === null ? '空欄です' : '書かれています'}`, hint: 'new（新規）は前計画のIDを空欄に、dropped（対応なし）はこの計画のIDを空欄に、continued・changed は両方を書きます' }));
      }
      if (previousId !== null) {
        if (predecessor === null) {
          errors.push(cellError(row, 'previous_id', { value: previousId, rule: 'unknown-reference', message: `plans.csv でこの計画（${planId}）に前計画（predecessor_id）が指定されていません`, hint: 'plans.csv の predecessor_id に前計画の ID を書いてください' }));
        } else {
          const keys = keysOf(rowsByPlan.get(predecessor), tableOfKind[kind]);
          if (keys) errors.push(...refCheck(row, 'previous_id', keys, '前計画の項目', `${predecessor} の ${tableOfKind[kind]}.csv`));
        }
      }
      const own = keysOf(tables, tableOfKind[kind]);
      if (currentId !== null && own) errors.push(...refCheck(row, 'current_id', own, 'この計画の項目', `${tableOfKind[kind]}.csv`));
    }

    // Glossary: an expansion must be the one printed in the description.
    for (const row of rowsOf(tables, 'glossary')) {
      const expansion = row.values.expansion as string | null;
      if (expansion && !(row.values.description as string).includes(expansion)) {
        errors.push(cellError(row, 'expansion', { value: expansion, rule: 'expansion-not-in-description', message: `正式名称「${expansion}」が説明の中にありません`, hint: '原本の説明に書かれた英語の名称をそのまま書いてください' }));
      }
    }

    append(errors, checkGlossaryTerms(rowsOf(tables, 'glossary')));

    // Corrections: a correction says what the text became.
    for (const row of rowsOf(tables, 'corrections')) {
      if (row.values.action === 'corrected' && row.values.corrected === null) {
        errors.push(cellError(row, 'corrected', { value: '', rule: 'required', message: '修正後の文字列（corrected）が空欄です', hint: 'action が corrected の行には、サイトに掲載している修正後の文字列を書いてください' }));
      }
    }

    // Sections named by goals and responses, and directives inside chapters.
    const chapters = chaptersByPlan.get(planId) ?? [];
    const anchors = new Set(chapters.flatMap((c) => c.blocks.filter((b) => b.type === 'heading').map((b) => `${c.id}#${b.id}`)));
    for (const [table, field] of [['goals', 'section'], ['responses', 'passage_anchor']] as const) {
      for (const row of rowsOf(tables, table)) {
        const anchor = row.values[field] as string | null;
        if (anchor !== null && !anchors.has(anchor) && !brokenChapters.has(`${planId}/${anchor.split('#')[0]}`)) {
          const guess = closestMatch(anchor, [...anchors]);
          errors.push(cellError(row, field, { value: anchor, rule: 'unknown-section', message: `本文の節「${anchor}」が見つかりません`, hint: guess ? `「${guess}」のことでしょうか。「章ファイル名#見出しID」の形で書きます` : '「章ファイル名#見出しID」の形で書きます（例: c4#goal-1）' }));
        }
      }
    }
    for (const chapter of chapters) {
      const file = `content/plans/${planId}/chapters/${chapter.id}.md`;
      for (const block of chapter.blocks) {
        if (block.type !== 'directive') continue;
        const target = block.attributes.plan ?? planId;
        const at = { file, line: block.line, column: 1 };
        if (!rowsByPlan.has(target)) {
          errors.push({ ...at, value: target, rule: 'unknown-reference', message: `表の指定の plan=${target} は plans.csv にない計画です`, hint: `計画 ID は ${planIds.join('、')} のどれかです` });
          continue;
        }
        const targetTables = rowsByPlan.get(target);
        for (const [attribute, names] of Object.entries(DIRECTIVE_TARGETS)) {
          const value = block.attributes[attribute];
          const sets = names.map((n) => keysOf(targetTables, n));
          if (!value || sets.some((k) => k === null)) continue;
          const keys = new Set(sets.flatMap((k) => [...k!]));
          if (keys.has(value)) continue;
          const files = names.map((n) => planTables.find((t) => t.name === n)!.file).join(' / ');
          const guess = closestMatch(value, [...keys]);
          errors.push({ ...at, value, rule: 'unknown-reference', message: `表の指定の ${attribute}=${value} は計画 ${target} の ${files} にありません`, hint: guess ? `「${guess}」の書き間違いではありませんか` : `${files} にある ID を書いてください` });
        }
      }
    }
  }

  // Regional figures: each names a plan and, optionally, an indicator or initiative of it.
  for (const row of regionalRows) {
    const planId = row.values.plan_id as string;
    const planErrors = refCheck(row, 'plan_id', new Set(planIds), '計画', 'plans.csv');
    for (const error of planErrors) errors.push(error);
    const tables = rowsByPlan.get(planId);
    const indicators = keysOf(tables, 'indicators');
    const initiatives = keysOf(tables, 'initiatives');
    if (planErrors.length === 0 && tables && row.values.item_id !== null && indicators && initiatives) {
      errors.push(...refCheck(row, 'item_id', new Set([...indicators, ...initiatives]), '指標・取組', `${planId} の indicators.csv / initiatives.csv`));
    }
  }
  return errors;
}

/** Which tables each directive attribute names a key of. */
const DIRECTIVE_TARGETS: Readonly<Record<string, readonly string[]>> = {
  goal: ['goals'],
  measure: ['measures'],
  initiative: ['initiatives'],
  item: ['measures', 'initiatives'],
  id: ['datasets'],
};

/** Checks that a row's reference column names an existing key. */
function refCheck(row: SourcedRow, field: string, keys: ReadonlySet<string>, what: string, targetFile: string): ContentError[] {
  const value = String(row.values[field]);
  if (keys.has(value)) return [];
  const guess = closestMatch(value, [...keys]);
  return [cellError(row, field, { value, rule: 'unknown-reference', message: `${what}「${value}」は ${targetFile} にありません`, hint: guess ? `「${guess}」の書き間違いではありませんか` : `${targetFile} にある ID を書くか、先に ${targetFile} に行を加えてください` })];
}
