/**
 * Geometry of a radar chart (the document's way of drawing qualitative scores), computed here
 * so the page can draw it as server-rendered SVG: no JavaScript, and the same numbers are in a table.
 */

import { chartLabels } from '../labels/charts.ts';

/** A point of the SVG, rounded to 0.1 so output is stable. */
export interface Point {
  x: number;
  y: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The point of axis `index` (of `count`, clockwise from 12 o'clock, as the document reads its
 * charts) at `value` of `max`, around `centre` with radius `radius`.
 */
export function radarPoint(index: number, count: number, value: number, max: number, centre: Point, radius: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (radius * value) / max;
  return { x: round(centre.x + r * Math.cos(angle)), y: round(centre.y + r * Math.sin(angle)) };
}

/** An SVG `points` attribute for values on consecutive axes. */
export function radarPolygon(values: readonly number[], max: number, centre: Point, radius: number): string {
  return values
    .map((v, i) => radarPoint(i, values.length, v, max, centre, radius))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}

/**
 * The outline of a radar through the known values. With every value known it is one closed
 * polygon; otherwise it is open lines through runs of consecutive known values, stopping at each
 * missing one — a gap is drawn as a gap, never pulled to the centre as if it were 0. A lone known
 * value between two gaps has no line (its point is drawn on its own).
 */
export function radarOutline(
  values: readonly (number | null)[],
  max: number,
  centre: Point,
  radius: number,
): { closed: boolean; points: string }[] {
  const point = (i: number) => radarPoint(i, values.length, values[i]!, max, centre, radius);
  const text = (indexes: readonly number[]) =>
    indexes
      .map(point)
      .map((p) => `${p.x},${p.y}`)
      .join(' ');
  const firstGap = values.indexOf(null);
  if (firstGap === -1) return values.length > 0 ? [{ closed: true, points: text(values.map((_, i) => i)) }] : [];
  const runs: number[][] = [];
  let run: number[] = [];
  // Start just after a gap, so a run that wraps past the last axis stays one line.
  for (let step = 1; step <= values.length; step++) {
    const i = (firstGap + step) % values.length;
    if (values[i] === null) {
      if (run.length > 1) runs.push(run);
      run = [];
    } else run.push(i);
  }
  return runs.map((r) => ({ closed: false, points: text(r) }));
}

/** The text alternative of one radar: 「対象とする市民の規模 5、市民生活への影響度 4、…（5段階）」; a missing level is 「記載なし」. */
export function radarDescription(axes: readonly string[], values: readonly (number | null)[], max: number): string {
  const words = chartLabels.radar;
  return words.all(
    axes.map((a, i) => words.axis(a, String(values[i] ?? words.noValue))),
    max,
  );
}
