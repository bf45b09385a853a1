import type { jsPDF } from 'jspdf';
import type { MapLayout, Point, PositionedNode } from '../../map/map-layout';
import type { MapGraph, MapNode } from '../../map/map-model';
import { MAP_TEXT, MARKER_STYLE, tierStyle } from '../../map/map-style';
import { nodeSubtitle } from '../../map/map-svg';
import { fitLines } from '../../map/map-text';
import { drawEdge } from './map-edge';
import { drawMapLegend } from './map-legend';
import { COLOR, FONT, SIZE } from './theme';
import { pageBox, type Orientation, type PdfWriter } from './writer';

/** Larger than this and boxes look inflated next to body text (13 px names → 9.4 pt). */
const MAX_SCALE = 0.72;
/** Below this, names (13 px × scale) drop under 4.7 pt: the map is split over several pages instead. */
const MIN_SCALE = 0.36;
const CAPTION = 24;

interface Placement {
  scale: number;
  originX: number;
  originY: number;
}

function fitScale(layout: MapLayout, width: number, height: number): number {
  return Math.min(width / layout.width, height / layout.height, MAX_SCALE);
}

/**
 * The dependency map drawn as vectors from the same layout as the app: node
 * boxes in tier colours, fitted labels, edges as polylines with arrowheads,
 * dashes for "works worse without" and dots for "needs one of", then the
 * legend. It goes where it is largest: on this page, on a page of its own, or
 * on a landscape page; a map too big to read on one page is split into parts.
 */
export function drawMap(writer: PdfWriter, graph: MapGraph, layout: MapLayout, caption: string): void {
  if (graph.nodes.length === 0 || layout.width <= 0 || layout.height <= 0) {
    writer.text('No systems or processes recorded yet, so there is no map to draw.', {
      size: SIZE.body,
      color: COLOR.muted,
    });
    return;
  }
  const here = fitScale(
    layout,
    writer.width,
    writer.room - drawMapLegend(writer, writer.width, null) - CAPTION,
  );
  const fresh = freshPageFit(writer, layout, 0);
  if (here >= MIN_SCALE && here >= fresh.scale * 0.9) {
    drawWhole(writer, graph, layout, here, caption);
  } else if (fresh.whole) {
    writer.newPage(fresh.orientation);
    drawWhole(writer, graph, layout, fresh.scale, caption);
  } else {
    drawInParts(writer, graph, layout, caption);
  }
  writer.leaveOrientation();
}

/** The better orientation for the map on a fresh page with `used` points already taken (headings), and its scale. */
function freshPageFit(
  writer: PdfWriter,
  layout: MapLayout,
  used: number,
): { orientation: Orientation; scale: number; whole: boolean } {
  const fit = (orientation: Orientation) => {
    const box = pageBox(orientation);
    return fitScale(layout, box.width, box.height - used - drawMapLegend(writer, box.width, null) - CAPTION);
  };
  const portrait = fit('portrait');
  const landscape = fit('landscape');
  if (Math.max(portrait, landscape) < MIN_SCALE) {
    // In parts either way: the orientation that needs fewer pages.
    const count = (orientation: Orientation) => {
      const grid = partsGrid(writer, layout, orientation, pageBox(orientation).height - used);
      return grid.columns * grid.rows;
    };
    const orientation = count('portrait') < count('landscape') ? 'portrait' : 'landscape';
    return { orientation, scale: MIN_SCALE, whole: false };
  }
  // Turning the page costs the reader something: only when the map gets clearly larger.
  return landscape > portrait * 1.1
    ? { orientation: 'landscape', scale: landscape, whole: true }
    : { orientation: 'portrait', scale: portrait, whole: true };
}

/** How a map too big for a page is cut at MIN_SCALE: columns × rows of parts of `partHeight` points. */
function partsGrid(
  writer: PdfWriter,
  layout: MapLayout,
  orientation: Orientation,
  room: number,
): { columns: number; rows: number; partHeight: number } {
  const width = pageBox(orientation).width;
  const partHeight = room - drawMapLegend(writer, width, null) - CAPTION - 16;
  return {
    columns: Math.ceil((layout.width * MIN_SCALE) / width),
    rows: Math.ceil((layout.height * MIN_SCALE) / partHeight),
    partHeight,
  };
}

/** The orientation for a section page that opens with this map, so its heading stays on the map's page. */
export function mapPageOrientation(writer: PdfWriter, layout: MapLayout, headings: number): Orientation {
  if (layout.width <= 0 || layout.height <= 0) return 'portrait';
  return freshPageFit(writer, layout, headings).orientation;
}

function drawWhole(
  writer: PdfWriter,
  graph: MapGraph,
  layout: MapLayout,
  scale: number,
  caption: string,
): void {
  const width = layout.width * scale;
  const originX = writer.left + (writer.width - width) / 2;
  drawGraph(writer.doc, graph, layout, { scale, originX, originY: writer.y });
  writer.y += layout.height * scale + 6;
  writer.y += drawMapLegend(writer, writer.width, { x: writer.left, y: writer.y });
  writer.text(caption, { size: SIZE.small, color: COLOR.muted });
}

/** A map too large for one page: pages each showing one part at a readable scale, in the orientation needing fewer. */
function drawInParts(writer: PdfWriter, graph: MapGraph, layout: MapLayout, caption: string): void {
  const { orientation } = freshPageFit(writer, layout, 0);
  const box = pageBox(orientation);
  const full = partsGrid(writer, layout, orientation, box.height);
  // The first part goes on this page when it has that orientation and most of its room left (under the headings).
  const here = partsGrid(writer, layout, orientation, writer.room);
  const reuse = writer.orientation === orientation && here.partHeight >= full.partHeight * 0.8;
  const { columns, rows, partHeight } = reuse ? here : full;
  const parts = columns * rows;
  const { doc } = writer;
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const part = row * columns + column + 1;
      if (part > 1 || !reuse) writer.newPage(orientation);
      writer.text(
        `Dependency map, part ${part} of ${parts} (row ${row + 1} of ${rows}, column ${column + 1} of ${columns})`,
        { size: SIZE.small, bold: true, color: COLOR.heading },
      );
      writer.gap(4);
      const top = writer.y;
      doc.saveGraphicsState();
      doc.rect(writer.left, top, box.width, partHeight, null);
      doc.clip();
      doc.discardPath();
      drawGraph(
        doc,
        graph,
        layout,
        {
          scale: MIN_SCALE,
          originX: writer.left - column * box.width,
          originY: top - row * partHeight,
        },
        { left: writer.left, top, right: writer.left + box.width, bottom: top + partHeight },
      );
      doc.restoreGraphicsState();
      doc.setDrawColor(COLOR.rule);
      doc.setLineWidth(0.5);
      doc.rect(writer.left, top, box.width, partHeight, 'S');
      writer.y = top + partHeight + 6;
      writer.y += drawMapLegend(writer, writer.width, { x: writer.left, y: writer.y });
      writer.text(caption, { size: SIZE.small, color: COLOR.muted });
    }
  }
}

/** Page area a part shows; what lies wholly outside it is not drawn (clipped text would still be found by search). */
interface Viewport {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlaps(
  view: Viewport | null,
  box: { x: number; y: number; width: number; height: number },
): boolean {
  if (!view) return true;
  return (
    box.x < view.right &&
    box.x + box.width > view.left &&
    box.y < view.bottom &&
    box.y + box.height > view.top
  );
}

function drawGraph(
  doc: jsPDF,
  graph: MapGraph,
  layout: MapLayout,
  at: Placement,
  view: Viewport | null = null,
): void {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const edges = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const point = (p: Point): Point => ({ x: at.originX + p.x * at.scale, y: at.originY + p.y * at.scale });
  for (const route of layout.edges) {
    const edge = edges.get(route.id);
    if (!edge || route.points.length < 2) continue;
    const points = route.points.map(point);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const bounds = { x: Math.min(...xs), y: Math.min(...ys), width: 0, height: 0 };
    bounds.width = Math.max(...xs) - bounds.x + 1;
    bounds.height = Math.max(...ys) - bounds.y + 1;
    if (overlaps(view, bounds)) drawEdge(doc, edge, points, at.scale);
  }
  for (const box of layout.nodes) {
    const node = nodes.get(box.id);
    const placed = {
      x: at.originX + box.x * at.scale,
      y: at.originY + box.y * at.scale,
      width: box.width * at.scale,
      height: box.height * at.scale,
    };
    if (node && overlaps(view, placed)) drawNode(doc, node, box, at);
  }
  doc.setLineDashPattern([], 0);
  doc.setLineCap('butt');
}

/** Lines of a name that really fit `room` points at the current font: the character estimate, checked by measuring. */
function fittedLines(doc: jsPDF, text: string, room: number, maxLines: number): string[] {
  const average = doc.getTextWidth('abcdefghijklmnopqrstuvwxyz') / 26;
  let chars = Math.max(4, Math.floor(room / average));
  let lines = fitLines(text, chars, maxLines);
  while (chars > 4 && lines.some((line) => doc.getTextWidth(line) > room)) {
    chars -= 1;
    lines = fitLines(text, chars, maxLines);
  }
  return lines;
}

function drawNode(doc: jsPDF, node: MapNode, box: PositionedNode, at: Placement): void {
  const s = at.scale;
  const style = tierStyle(node.tier);
  const x = at.originX + box.x * s;
  const y = at.originY + box.y * s;
  const width = box.width * s;
  const height = box.height * s;
  const isProcess = node.kind === 'process';
  const inset = (isProcess ? 18 : 10) * s;
  const radius = isProcess ? height / 2 : 8 * s;

  doc.setDrawColor(style.stroke);
  doc.setFillColor(style.fill);
  doc.setLineWidth(Math.max(2 * s, 0.8));
  doc.roundedRect(x, y, width, height, radius, radius, 'FD');

  doc.setFont(FONT, 'bold');
  doc.setFontSize(13 * s);
  doc.setTextColor(MAP_TEXT.color);
  fittedLines(doc, node.label, width - 2 * inset, 2).forEach((line, index) => {
    doc.text(line, x + inset, y + (19 + index * 16) * s);
  });

  // Badges sit at the bottom right; the subtitle takes what room is left.
  const badges = [...(node.isSpof ? [MARKER_STYLE.spof] : []), ...(node.inCycle ? [MARKER_STYLE.cycle] : [])];
  let right = x + width - inset;
  const baseline = y + height - (isProcess ? 10 : 12) * s;
  doc.setFontSize(10 * s);
  for (const badge of [...badges].reverse()) {
    const badgeWidth = doc.getTextWidth(badge.label) + 12 * s;
    right -= badgeWidth;
    doc.setFillColor(badge.fill);
    doc.roundedRect(right, baseline - 11.5 * s, badgeWidth, 16 * s, 8 * s, 8 * s, 'F');
    doc.setTextColor(badge.text);
    doc.text(badge.label, right + badgeWidth / 2, baseline, { align: 'center' });
    right -= 4 * s;
  }
  doc.setFont(FONT, 'normal');
  doc.setFontSize(11 * s);
  doc.setTextColor(MAP_TEXT.muted);
  const subtitle = nodeSubtitle(node);
  const room = right - (x + inset) - 4 * s;
  const text = doc.getTextWidth(subtitle.full) <= room ? subtitle.full : subtitle.short;
  doc.text(text, x + inset, baseline);
}
