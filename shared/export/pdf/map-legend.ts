import type { jsPDF } from 'jspdf';
import { EDGE_STYLE, MAP_TEXT, MARKER_STYLE, TIER_STYLE } from '../../map/map-style';
import { drawEdge } from './map-edge';
import { COLOR, FONT, SIZE } from './theme';
import type { PdfWriter } from './writer';

interface LegendItem {
  width: number;
  draw: (doc: jsPDF, x: number, y: number) => void;
}

const ROW = 15;
const SWATCH = 14;

/**
 * The map's legend: tiers, node shapes, markers and line kinds, wrapped to
 * `width`. With `at` null it only measures; either way it returns its height.
 */
export function drawMapLegend(writer: PdfWriter, width: number, at: { x: number; y: number } | null): number {
  const { doc } = writer;
  const size = SIZE.furniture;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(size);
  const label = (x: number, y: number, text: string) => {
    doc.setFont(FONT, 'normal');
    doc.setFontSize(size);
    doc.setTextColor(MAP_TEXT.color);
    doc.text(text, x, y + size * 0.35);
  };
  const textWidth = (text: string) => doc.getTextWidth(text);

  const tiers: LegendItem[] = Object.values(TIER_STYLE).map((style) => ({
    width: SWATCH + 4 + textWidth(style.label),
    draw: (d, x, y) => {
      d.setDrawColor(style.stroke);
      d.setFillColor(style.fill);
      d.setLineWidth(1.2);
      d.roundedRect(x, y - 5, SWATCH - 2, 10, 2, 2, 'FD');
      label(x + SWATCH + 4, y, style.label);
    },
  }));
  const shapes: LegendItem[] = [
    { name: 'Process', radius: 5 },
    { name: 'System', radius: 2 },
  ].map(({ name, radius }) => ({
    width: 26 + textWidth(name),
    draw: (d, x, y) => {
      d.setDrawColor(MAP_TEXT.muted);
      d.setFillColor('#ffffff');
      d.setLineWidth(1);
      d.roundedRect(x, y - 5, 20, 10, radius, radius, 'FD');
      label(x + 26, y, name);
    },
  }));
  const markers: LegendItem[] = Object.values(MARKER_STYLE).map((marker) => {
    doc.setFont(FONT, 'bold');
    const badge = doc.getTextWidth(marker.label) + 8;
    doc.setFont(FONT, 'normal');
    return {
      width: badge + 4 + textWidth(marker.legend),
      draw: (d, x, y) => {
        d.setFillColor(marker.fill);
        d.roundedRect(x, y - 5.5, badge, 11, 5.5, 5.5, 'F');
        d.setFont(FONT, 'bold');
        d.setFontSize(size - 0.5);
        d.setTextColor(marker.text);
        d.text(marker.label, x + badge / 2, y + 2.5, { align: 'center' });
        label(x + badge + 4, y, marker.legend);
      },
    };
  });
  const kinds: LegendItem[] = (['hard', 'degraded', 'alternatives'] as const).map((kind) => ({
    width: 40 + textWidth(EDGE_STYLE[kind].label),
    draw: (d, x, y) => {
      drawEdge(
        d,
        { id: `legend-${kind}`, from: '', to: '', kind, dependencyId: null, groupId: null },
        [
          { x, y },
          { x: x + 34, y },
        ],
        0.7,
      );
      label(x + 40, y, EDGE_STYLE[kind].label);
    },
  }));

  doc.setFont(FONT, 'bold');
  const heading = doc.getTextWidth('Legend') + 10;
  let y = ROW / 2 + 2;
  for (const row of [tiers, shapes, markers, kinds]) {
    let x = heading;
    for (const item of row) {
      if (x + item.width > width && x > heading) {
        x = heading;
        y += ROW;
      }
      if (at) item.draw(doc, at.x + x, at.y + y);
      x += item.width + 12;
    }
    y += ROW;
  }
  if (at) {
    doc.setFont(FONT, 'bold');
    doc.setFontSize(size);
    doc.setTextColor(COLOR.heading);
    doc.text('Legend', at.x, at.y + ROW / 2 + 2 + size * 0.35);
    doc.setDrawColor(COLOR.rule);
    doc.setLineWidth(0.5);
    doc.line(at.x, at.y, at.x + width, at.y);
  }
  return y;
}
