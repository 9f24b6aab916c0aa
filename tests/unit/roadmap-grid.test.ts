import { describe, expect, it } from 'vitest';
import { roadmapRows, roadmapYears } from '../../src/lib/content/roadmap-grid.ts';
import type { RoadmapStep } from '../../src/schemas/roadmap-step.ts';

const step = (id: string, item_id: string, start_year: number, end_year: number, label = id): RoadmapStep => ({
  id,
  item_id,
  start_year,
  end_year,
  label,
  span_note: null,
});
const shape = (rows: ReturnType<typeof roadmapRows>) =>
  rows.map((r) => `${r.itemId}: ${r.cells.map((c) => `${c.start}-${c.end}[${c.steps.map((s) => s.id).join(',')}]`).join(' ')}`);

describe('roadmapYears', () => {
  it('covers the plan period, widened to every step', () => {
    expect(roadmapYears(2021, 2025, [step('a', 'i', 2022, 2022)])).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(roadmapYears(2023, 2025, [step('a', 'i', 2022, 2026)])).toEqual([2022, 2023, 2024, 2025, 2026]);
  });
});

describe('roadmapRows', () => {
  const years = [2021, 2022, 2023, 2024, 2025];

  it('puts one row per item, in the given order, with one cell per year of one-year steps and empty years', () => {
    const steps = [step('b22', 'b', 2022, 2022), step('a21', 'a', 2021, 2021), step('a23', 'a', 2023, 2023)];
    expect(shape(roadmapRows(['a', 'b', 'none'], steps, years))).toEqual([
      'a: 2021-2021[a21] 2022-2022[] 2023-2023[a23] 2024-2024[] 2025-2025[]',
      'b: 2021-2021[] 2022-2022[b22] 2023-2023[] 2024-2024[] 2025-2025[]',
    ]);
  });

  it('draws a step over several years as one cell spanning them, and steps of the same span together', () => {
    const steps = [step('r1', 'm', 2021, 2023), step('r2', 'm', 2024, 2025), step('s1', 'n', 2021, 2025), step('s2', 'n', 2021, 2025)];
    expect(shape(roadmapRows(['m', 'n'], steps, years))).toEqual(['m: 2021-2023[r1] 2024-2025[r2]', 'n: 2021-2025[s1,s2]']);
  });

  it('keeps two steps of the same words in neighbouring years apart (the source lists them per year)', () => {
    const steps = [step('x24', 'x', 2024, 2024, '拡大'), step('x25', 'x', 2025, 2025, '拡大')];
    expect(shape(roadmapRows(['x'], steps, years))).toEqual(['x: 2021-2021[] 2022-2022[] 2023-2023[] 2024-2024[x24] 2025-2025[x25]']);
  });

  it('splits a long step where a shorter one overlaps it', () => {
    const steps = [step('long', 'y', 2021, 2025), step('short', 'y', 2023, 2023)];
    expect(shape(roadmapRows(['y'], steps, years))).toEqual(['y: 2021-2022[long] 2023-2023[long,short] 2024-2025[long]']);
  });
});
