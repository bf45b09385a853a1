import type { jsPDF } from 'jspdf';
import { midpoint } from '../../map/map-geometry';
import type { Point } from '../../map/map-layout';
import type { MapEdge } from '../../map/map-model';
import { EDGE_STYLE } from '../../map/map-style';
import { FONT } from './theme';

/** A dash pattern of the SVG ("7 5") at this scale. */
function dashes(dash: string | null, scale: number): number[] {
  return dash === null ? [] : dash.split(' ').map((part) => Number(part) * scale);
}

/** One edge of the map: a polyline in its kind's colour and pattern, with an arrowhead at what is needed. */
export function drawEdge(doc: jsPDF, edge: MapEdge, points: readonly Point[], scale: number): void {
  const style = EDGE_STYLE[edge.kind];
  const end = points[points.length - 1];
  const before = points[points.length - 2];
  const start = points[0];
  if (!end || !before || !start) return;
  const length = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const ux = (end.x - before.x) / length;
  const uy = (end.y - before.y) / length;
  const arrow = Math.max(9 * scale, 4);
  // The line stops inside the arrowhead, so a thick or dotted line never pokes out of its tip.
  const stop = { x: end.x - ux * arrow * 0.6, y: end.y - uy * arrow * 0.6 };
  const path = [...points.slice(0, -1), stop];

  doc.setDrawColor(style.stroke);
  doc.setLineWidth(Math.max(style.width * scale, 0.6));
  doc.setLineCap(edge.kind === 'alternatives' ? 'round' : 'butt');
  doc.setLineDashPattern(dashes(style.dash, Math.max(scale, 0.5)), 0);
  const deltas = path.slice(1).map((p, index) => {
    const previous = path[index] ?? p;
    return [p.x - previous.x, p.y - previous.y];
  });
  doc.lines(deltas, start.x, start.y, [1, 1], 'S', false);
  doc.setLineDashPattern([], 0);
  doc.setLineCap('butt');

  const half = arrow * 0.45;
  doc.setFillColor(style.stroke);
  doc.triangle(
    end.x,
    end.y,
    end.x - ux * arrow - uy * half,
    end.y - uy * arrow + ux * half,
    end.x - ux * arrow + uy * half,
    end.y - uy * arrow - ux * half,
    'F',
  );

  if (edge.kind === 'alternatives') {
    // "or" on each member of a group: it reads "needs this or that".
    const middle = midpoint(points);
    const w = 22 * scale;
    const h = 16 * scale;
    doc.setFillColor('#ffffff');
    doc.setLineWidth(Math.max(scale, 0.5));
    doc.roundedRect(middle.x - w / 2, middle.y - h / 2, w, h, h / 2, h / 2, 'FD');
    doc.setFont(FONT, 'bold');
    doc.setFontSize(11 * scale);
    doc.setTextColor(style.stroke);
    doc.text('or', middle.x, middle.y + 4 * scale, { align: 'center' });
  }
}
