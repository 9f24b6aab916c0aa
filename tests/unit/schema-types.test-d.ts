/**
 * Row types are derived from the table specs (`RowOf`), not written beside them. Type-level tests:
 * Vitest's typecheck runs `tsc` over this file in the fast project (`npm run test:fast`); nothing
 * here is executed. A failing `expectTypeOf` or an unused `@ts-expect-error` fails the run.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { CellValue, RowOf, TableSpec } from '../../src/schemas/column-spec.ts';
import { goalTable, indicatorTable, type PlanTableName, type PlanTables, type planTables } from '../../src/schemas/index.ts';
import type { Goal } from '../../src/schemas/goal.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import type { Score, ScoreAxis, ScoreLevel } from '../../src/schemas/score.ts';
import type { DatasetColumn } from '../../src/schemas/dataset.ts';
import { validateTable, type SourcedRow } from '../../src/lib/validate/validate-table.ts';
import { validRows, type ValidatedPlanTables } from '../../src/lib/content/validated-tables.ts';

/** A column of the given type and requiredness, for the mapping tests. */
const column = <const N extends string, const T extends TableSpec['columns'][number]['type'], const R extends boolean>(
  name: N,
  type: T,
  required: R,
) => ({ name, label: name, type, required, description: '' }) as const;

describe('RowOf', () => {
  it('gives each column type its TypeScript type, and null unless the column is required', () => {
    const _spec = {
      columns: [
        column('id', 'id', true),
        column('text', 'text', false),
        column('url', 'url', false),
        column('date', 'date', false),
        column('email', 'email', false),
        column('code', 'municipality_code', true),
        column('integer', 'integer', true),
        column('number', 'number', false),
        column('year', 'fiscal_year', false),
        column('page', 'page', false),
        column('flag', 'boolean', true),
        {
          name: 'kind',
          label: '',
          type: 'enum',
          required: true,
          description: '',
          values: [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ],
        },
        { name: 'maybe', label: '', type: 'enum', required: false, description: '', values: [{ value: 'x', label: 'X' }] },
      ],
    } as const satisfies Pick<TableSpec, 'columns'>;
    expectTypeOf<RowOf<typeof _spec>>().toEqualTypeOf<{
      id: string;
      text: string | null;
      url: string | null;
      date: string | null;
      email: string | null;
      code: string;
      integer: number;
      number: number | null;
      year: number | null;
      page: number | null;
      flag: boolean;
      kind: 'a' | 'b';
      maybe: 'x' | null;
    }>();
  });

  it('types the schema rows from their specs', () => {
    expectTypeOf<keyof Goal>().toEqualTypeOf<'id' | 'number' | 'title' | 'section' | 'page'>();
    expectTypeOf<Indicator['kind']>().toEqualTypeOf<'numeric' | 'text'>();
    expectTypeOf<Indicator['value_range']>().toEqualTypeOf<'share' | 'non-negative' | 'any' | null>();
    expectTypeOf<Indicator['measure_id']>().toEqualTypeOf<string | null>();
    expectTypeOf<Indicator['order']>().toEqualTypeOf<number>();
    expectTypeOf<Plan['status']>().toEqualTypeOf<'draft' | 'public-comment' | 'adopted'>();
    expectTypeOf<Plan['is_primary']>().toEqualTypeOf<boolean>();
    expectTypeOf<Plan['municipality_code']>().toEqualTypeOf<string>();
    expectTypeOf<Score['level']>().toEqualTypeOf<number | null>();
    expectTypeOf<ScoreLevel['level']>().toEqualTypeOf<number>();
    expectTypeOf<DatasetColumn['type']>().toEqualTypeOf<'text' | 'integer' | 'number' | 'fiscal_year'>();
    // Any row fits the untyped view the generic code (publishing, note marks) reads.
    expectTypeOf<Indicator>().toExtend<Record<string, CellValue>>();
  });

  it('keys the plan tables by table name', () => {
    expectTypeOf<PlanTables['score-axes']>().toEqualTypeOf<ScoreAxis>();
    expectTypeOf<PlanTables['indicators']>().toEqualTypeOf<Indicator>();
    expectTypeOf<PlanTableName>().toEqualTypeOf<(typeof planTables)[number]['name']>();
    expectTypeOf(validRows({} as ValidatedPlanTables, 'goals')).toEqualTypeOf<SourcedRow<Goal>[]>();
  });

  it('fails type-checking where a renamed column is still read', () => {
    const _before = { columns: [column('goal_id', 'id', true)] } as const satisfies Pick<TableSpec, 'columns'>;
    const _after = { columns: [column('goal', 'id', true)] } as const satisfies Pick<TableSpec, 'columns'>;
    const _readBefore = (row: RowOf<typeof _before>): string => row.goal_id;
    // @ts-expect-error -- the column is now `goal`: reading `goal_id` must not compile.
    const _readAfter = (row: RowOf<typeof _after>): string => row.goal_id;
  });
});

describe('validateTable', () => {
  it('returns rows of the row type of its spec', () => {
    expectTypeOf(validateTable(goalTable, 'goals.csv', '').rows).toEqualTypeOf<SourcedRow<Goal>[]>();
    expectTypeOf(validateTable(indicatorTable, 'indicators.csv', '').rows[0]!.values).toEqualTypeOf<Indicator>();
  });
});
