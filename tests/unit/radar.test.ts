import { describe, expect, it } from 'vitest';
import { radarDescription, radarOutline, radarPoint, radarPolygon } from '../../src/lib/charts/radar.ts';
import { scoreGrid } from '../../src/lib/charts/score-grid.ts';

describe('radar geometry', () => {
  const centre = { x: 100, y: 100 };
  it('starts at 12 o’clock and goes clockwise', () => {
    expect(radarPoint(0, 4, 5, 5, centre, 50)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(1, 4, 5, 5, centre, 50)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(2, 4, 2.5, 5, centre, 50)).toEqual({ x: 100, y: 125 });
  });

  it('scales each value on its own axis', () => {
    expect(radarPolygon([5, 5, 5, 5], 5, centre, 50)).toBe('100,50 150,100 100,150 50,100');
    expect(radarPolygon([1, 2, 3, 4], 4, centre, 40)).toBe('100,90 120,100 100,130 60,100');
  });

  it('says the same figures in words', () => {
    expect(radarDescription(['対象とする市民の規模', '見込まれる費用'], [5, 3], 5)).toBe(
      '対象とする市民の規模 5、見込まれる費用 3（5段階）',
    );
  });

  it('closes the outline only when every level is known, and leaves a gap where one is missing', () => {
    expect(radarOutline([5, 5, 5, 5], 5, centre, 50)).toEqual([{ closed: true, points: '100,50 150,100 100,150 50,100' }]);
    // Axis 2 (6 o'clock) missing: one open line from 9 o'clock round through 12 to 3 o'clock — not through the centre.
    expect(radarOutline([5, 5, null, 5], 5, centre, 50)).toEqual([{ closed: false, points: '50,100 100,50 150,100' }]);
    // Two gaps leave two runs; a lone value between gaps has no line.
    expect(radarOutline([5, null, 5, 5, null, 5], 5, centre, 50).map((o) => o.points.split(' ').length)).toEqual([2, 2]);
    expect(radarOutline([5, null, 5, null], 5, centre, 50)).toEqual([]);
  });

  it('says a missing level in words, never as 0', () => {
    expect(radarDescription(['対象とする市民の規模', '見込まれる費用'], [5, null], 5)).toBe(
      '対象とする市民の規模 5、見込まれる費用 記載なし（5段階）',
    );
  });
});

describe('score grid', () => {
  it('gives every rated item one cell per axis in axis order, blank as null with its note', () => {
    const grid = scoreGrid({
      scoreAxes: [
        { id: 'cost', order: 2, name: '見込まれる費用', page: null },
        { id: 'reach', order: 1, name: '対象とする市民の規模', page: null },
      ],
      scoreLevels: [
        { axis_id: 'reach', level: 1, definition: '' },
        { axis_id: 'reach', level: 5, definition: '' },
      ],
      scores: [
        { item_id: 'a', axis_id: 'cost', level: 3, note: null },
        { item_id: 'a', axis_id: 'reach', level: null, note: '原本に評価の記載なし' },
        { item_id: 'b', axis_id: 'reach', level: 1, note: null },
        { item_id: 'b', axis_id: 'cost', level: 0, note: null },
      ],
    });
    expect(grid.axes.map((a) => a.id)).toEqual(['reach', 'cost']);
    expect(grid.max).toBe(5);
    expect(grid.items).toEqual([
      { itemId: 'a', levels: [null, 3], notes: ['原本に評価の記載なし', null] },
      { itemId: 'b', levels: [1, 0], notes: [null, null] },
    ]);
  });
});
