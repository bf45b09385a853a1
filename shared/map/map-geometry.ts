import type { Point } from './map-layout';

/** An SVG path through the points, with corners rounded so crossing routes stay easy to follow. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  const first = points[0];
  if (!first) return '';
  const parts = [`M${num(first.x)},${num(first.y)}`];
  for (let index = 1; index < points.length; index += 1) {
    const point = points[index];
    const previous = points[index - 1];
    const next = points[index + 1];
    if (!point || !previous) continue;
    if (!next) {
      parts.push(`L${num(point.x)},${num(point.y)}`);
      continue;
    }
    const r = Math.min(radius, distance(previous, point) / 2, distance(point, next) / 2);
    const before = towards(point, previous, r);
    const after = towards(point, next, r);
    parts.push(
      `L${num(before.x)},${num(before.y)}`,
      `Q${num(point.x)},${num(point.y)} ${num(after.x)},${num(after.y)}`,
    );
  }
  return parts.join(' ');
}

/** The point halfway along the route, where an edge's label goes. */
export function midpoint(points: readonly Point[]): Point {
  const total = points
    .slice(1)
    .reduce((sum, point, index) => sum + distance(points[index] ?? point, point), 0);
  let left = total / 2;
  for (let index = 1; index < points.length; index += 1) {
    const from = points[index - 1];
    const to = points[index];
    if (!from || !to) continue;
    const length = distance(from, to);
    if (length >= left && length > 0) return towards(from, to, left);
    left -= length;
  }
  return points[0] ?? { x: 0, y: 0 };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function towards(from: Point, to: Point, length: number): Point {
  const whole = distance(from, to);
  if (whole === 0) return from;
  return { x: from.x + ((to.x - from.x) * length) / whole, y: from.y + ((to.y - from.y) * length) / whole };
}

/** At most two decimals: paths stay short and identical across runs. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
