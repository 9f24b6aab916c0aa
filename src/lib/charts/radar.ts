/**
 * Geometry of a radar chart (the document's way of drawing qualitative scores), computed here
 * so the page can draw it as server-rendered SVG: no JavaScript, and the same numbers are in a table.
 */

/** A point of the SVG, rounded to 0.1 so output is stable. */
export interface Point { x: number; y: number }

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
  return values.map((v, i) => radarPoint(i, values.length, v, max, centre, radius)).map((p) => `${p.x},${p.y}`).join(' ');
}

/** The text alternative of one radar: 「対象とする市民の規模 5、市民生活への影響度 4、…（5段階）」. */
export function radarDescription(axes: readonly string[], values: readonly number[], max: number): string {
  return `${axes.map((a, i) => `${a} ${values[i]}`).join('、')}（${max}段階）`;
}
