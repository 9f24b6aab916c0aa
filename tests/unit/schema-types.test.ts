/**
 * Typed rows at run time: the values the validator really produces are those of the row type, and
 * `rowsByTable` names each table's rows. The type-level assertions are in schema-types.test-d.ts.
 */
import { describe, expect, it } from 'vitest';
import { goalTable, indicatorTable, planTables } from '../../src/schemas/index.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import { validateTable } from '../../src/lib/validate/validate-table.ts';
import { rowsByTable } from '../../src/lib/content/rows-by-table.ts';
import type { PlanContent } from '../../src/lib/content/types.ts';

describe('typed rows at run time', () => {
  it('validateTable returns values of the row type: numbers, booleans, enum values and null for blanks', () => {
    const result = validateTable(goalTable, 'content/plans/x/goals.csv', 'id,number,title,section,page\ng1,1,目標,,3\n');
    expect(result.rows.map((r) => r.values)).toEqual([{ id: 'g1', number: '1', title: '目標', section: null, page: 3 }]);
    const indicators = validateTable(
      indicatorTable,
      'content/plans/x/indicators.csv',
      'id,goal_id,order,name,kind,direction,aggregation,printed_in\ni1,g1,1,指標,numeric,increase,annual,x\n',
    );
    const values: Indicator | undefined = indicators.rows[0]?.values;
    expect(values).toMatchObject({ order: 1, kind: 'numeric', value_range: null, measure_id: null });
  });

  it('rowsByTable gives every plan table the rows of its own property', () => {
    const marker = (name: string) => [{ marker: name }];
    const content = Object.fromEntries(
      [
        'goals',
        'measures',
        'initiatives',
        'indicators',
        'observations',
        'scales',
        'evaluations',
        'rollups',
        'glossary',
        'roadmap',
        'roadmapStatus',
        'scoreAxes',
        'scoreLevels',
        'scores',
        'datasets',
        'succession',
        'versions',
        'responses',
        'corrections',
      ].map((p) => [p, marker(p)]),
    ) as unknown as PlanContent;
    const rows = rowsByTable(content);
    expect(Object.keys(rows).sort()).toEqual(planTables.map((t) => t.name).sort());
    const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    for (const { name } of planTables) expect(rows[name], name).toEqual(marker(camel(name)));
  });
});
