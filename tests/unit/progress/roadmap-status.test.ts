import { describe, expect, it } from 'vitest';
import { reportedStatuses } from '../../../src/lib/progress/roadmap-status.ts';
import type { RoadmapStatus } from '../../../src/schemas/roadmap-status.ts';

const status = (item_id: string, fiscal_year: number, text: string, note: string | null = null): RoadmapStatus => ({
  item_id,
  fiscal_year,
  status: text,
  page: null,
  note,
});

describe('reportedStatuses', () => {
  const statuses = [
    status('a', 2025, '遅れ', '用地取得の遅れ'),
    status('a', 2023, '完了'),
    status('b', 2024, '実施中'),
    status('a', 2027, '未着手'),
  ];
  it('gives the item’s statuses in the years of a cell, oldest first, in the city’s words', () => {
    expect(reportedStatuses(statuses, 'a', 2023, 2025).map((s) => s.text)).toEqual([
      '令和5年度：完了',
      '令和7年度：遅れ（用地取得の遅れ）',
    ]);
  });
  it('leaves out other items and other years', () => {
    expect(reportedStatuses(statuses, 'b', 2025, 2026)).toEqual([]);
    expect(reportedStatuses(statuses, 'a', 2026, 2026)).toEqual([]);
  });
});
