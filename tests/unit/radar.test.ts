import { describe, expect, it } from 'vitest';
import { radarDescription, radarPoint, radarPolygon } from '../../src/lib/charts/radar.ts';

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
    expect(radarDescription(['対象とする市民の規模', '見込まれる費用'], [5, 3], 5)).toBe('対象とする市民の規模 5、見込まれる費用 3（5段階）');
  });
});
