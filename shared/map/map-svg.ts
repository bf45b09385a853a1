import { SYSTEM_TYPE_LABELS } from '../model/system';
import { midpoint, num, roundedPath } from './map-geometry';
import type { MapLayout, PositionedNode } from './map-layout';
import type { MapEdge, MapGraph, MapNode } from './map-model';
import { EDGE_STYLE, MAP_TEXT, MARKER_STYLE, TIER_STYLE, tierStyle } from './map-style';
import { escapeXml, fitLines } from './map-text';

export interface MapSvgOptions {
  /** Printed above the map, e.g. the plan's name. */
  title: string;
  /** A second line, e.g. which filter is on. */
  subtitle?: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const HEADER = 64;
const MARGIN = 24;
const MIN_WIDTH = 760;
/** Average glyph widths at the sizes used, standing in for text measurement. */
const CHAR = { name: 7.4, small: 5.9, badge: 6.4 } as const;

/**
 * The map as a standalone SVG file: what "Export SVG" saves, what the PNG
 * is rasterised from, and what the PDF export will embed. Presentation
 * attributes only (no <style>, no script), so it renders the same as a file,
 * as an <img> and on a canvas. Every piece of user text is escaped.
 */
export function mapToSvg(layout: MapLayout, graph: MapGraph, options: MapSvgOptions): string {
  const width = Math.max(MIN_WIDTH, Math.ceil(layout.width));
  const legend = legendSvg(width);
  const mapHeight = graph.nodes.length === 0 ? 80 : Math.ceil(layout.height);
  const height = HEADER + mapHeight + legend.height;
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const edges = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const counts = `${count(graph.nodes, 'system')} systems, ${count(graph.nodes, 'process')} processes, ${graph.edges.length} dependencies`;

  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" role="img" aria-labelledby="map-title map-desc">`,
    `<title id="map-title">${escapeXml(`Dependency map: ${options.title}`)}</title>`,
    `<desc id="map-desc">${escapeXml(counts)}. Arrows point from what needs to what it needs.</desc>`,
    markerDefs(),
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="30" font-size="18" font-weight="700" fill="${MAP_TEXT.color}">${escapeXml(options.title)}</text>`,
    `<text x="${MARGIN}" y="50" font-size="12" fill="${MAP_TEXT.muted}">${escapeXml(options.subtitle ? `Dependency map · ${options.subtitle}` : 'Dependency map')}</text>`,
    `<g transform="translate(0 ${HEADER})">`,
  ];
  if (graph.nodes.length === 0) {
    parts.push(
      `<text x="${MARGIN}" y="40" font-size="13" fill="${MAP_TEXT.muted}">Nothing to show: no systems or processes match.</text>`,
    );
  }
  parts.push('<g class="edges">');
  for (const route of layout.edges) {
    const edge = edges.get(route.id);
    if (edge && route.points.length >= 2) parts.push(edgeSvg(edge, route.points));
  }
  parts.push('</g>', '<g class="nodes">');
  for (const box of layout.nodes) {
    const node = nodes.get(box.id);
    if (node) parts.push(nodeSvg(node, box));
  }
  parts.push('</g>', '</g>');
  parts.push(`<g transform="translate(0 ${HEADER + mapHeight})">`, legend.svg, '</g>', '</svg>');
  return parts.join('\n') + '\n';
}

function count(nodes: readonly MapNode[], kind: MapNode['kind']): number {
  return nodes.filter((node) => node.kind === kind).length;
}

function markerDefs(): string {
  const markers = Object.entries(EDGE_STYLE).map(
    ([kind, style]) =>
      `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L9,5 L0,9 z" fill="${style.stroke}"/></marker>`,
  );
  return `<defs>${markers.join('')}</defs>`;
}

export function edgeSvg(edge: MapEdge, points: readonly { x: number; y: number }[]): string {
  const style = EDGE_STYLE[edge.kind];
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  const cap = edge.kind === 'alternatives' ? ' stroke-linecap="round"' : '';
  const path = `<path d="${roundedPath(points)}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}"${dash}${cap} marker-end="url(#arrow-${edge.kind})"/>`;
  if (edge.kind !== 'alternatives') return `<g data-edge-id="${escapeXml(edge.id)}">${path}</g>`;
  // "or" on each member of a group: it reads "needs this or that".
  const middle = midpoint(points);
  const label = `<rect x="${num(middle.x - 11)}" y="${num(middle.y - 8)}" width="22" height="16" rx="8" fill="#ffffff" stroke="${style.stroke}" stroke-width="1"/><text x="${num(middle.x)}" y="${num(middle.y + 4)}" font-size="11" font-weight="700" text-anchor="middle" fill="${style.stroke}">or</text>`;
  return `<g data-edge-id="${escapeXml(edge.id)}">${path}${label}</g>`;
}

/** The second line of a node: its tier in words (never colour alone), then its type if there is room. */
export function nodeSubtitle(node: MapNode): { short: string; full: string } {
  const tier = tierStyle(node.tier).label;
  if (node.kind === 'process') return { short: tier, full: `Process · ${tier}` };
  const type = node.systemType ? SYSTEM_TYPE_LABELS[node.systemType] : null;
  return { short: tier, full: type ? `${tier} · ${type}` : tier };
}

function nodeSvg(node: MapNode, box: PositionedNode): string {
  const style = tierStyle(node.tier);
  const { x, y, width, height } = box;
  const isProcess = node.kind === 'process';
  const inset = isProcess ? 18 : 10;
  const nameLines = fitLines(node.label, Math.floor((width - 2 * inset) / CHAR.name), 2);
  const badges = [...(node.isSpof ? [MARKER_STYLE.spof] : []), ...(node.inCycle ? [MARKER_STYLE.cycle] : [])];
  const tooltip = [
    node.label,
    nodeSubtitle(node).full,
    ...(node.wave !== null ? [`Recovery wave ${node.wave}`] : []),
    ...badges.map((badge) => badge.legend),
  ].join(' · ');

  const parts = [
    `<g data-node-id="${escapeXml(node.id)}">`,
    `<title>${escapeXml(tooltip)}</title>`,
    `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" rx="${isProcess ? height / 2 : 8}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="2"/>`,
  ];
  nameLines.forEach((line, index) => {
    parts.push(
      `<text x="${num(x + inset)}" y="${num(y + 19 + index * 16)}" font-size="13" font-weight="700" fill="${MAP_TEXT.color}">${escapeXml(line)}</text>`,
    );
  });

  // Badges sit at the bottom right; the subtitle takes what room is left.
  let right = x + width - inset;
  const baseline = y + height - (isProcess ? 10 : 12);
  for (const badge of [...badges].reverse()) {
    const badgeWidth = badge.label.length * CHAR.badge + 12;
    right -= badgeWidth;
    parts.push(
      `<rect x="${num(right)}" y="${num(baseline - 11.5)}" width="${num(badgeWidth)}" height="16" rx="8" fill="${badge.fill}"/>`,
      `<text x="${num(right + badgeWidth / 2)}" y="${num(baseline)}" font-size="10" font-weight="700" text-anchor="middle" fill="${badge.text}">${escapeXml(badge.label)}</text>`,
    );
    right -= 4;
  }
  const room = Math.floor((right - (x + inset) - 4) / CHAR.small);
  const subtitle = nodeSubtitle(node);
  const text = subtitle.full.length <= room ? subtitle.full : subtitle.short;
  parts.push(
    `<text x="${num(x + inset)}" y="${num(baseline)}" font-size="11" fill="${MAP_TEXT.muted}">${escapeXml(text)}</text>`,
    '</g>',
  );
  return parts.join('');
}

interface LegendItem {
  width: number;
  draw: (x: number, y: number) => string;
}

/** Tiers, node shapes, markers and edge kinds, wrapped to the picture's width. */
function legendSvg(width: number): { svg: string; height: number } {
  const label = (x: number, y: number, text: string) =>
    `<text x="${num(x)}" y="${num(y + 4)}" font-size="11" fill="${MAP_TEXT.color}">${escapeXml(text)}</text>`;
  const textWidth = (text: string) => text.length * CHAR.small;

  const tiers: LegendItem[] = Object.values(TIER_STYLE).map((style) => ({
    width: 22 + textWidth(style.label),
    draw: (x, y) =>
      `<rect x="${num(x)}" y="${num(y - 7)}" width="16" height="14" rx="3" fill="${style.fill}" stroke="${style.stroke}" stroke-width="2"/>${label(x + 22, y, style.label)}`,
  }));
  const shapes: LegendItem[] = [
    {
      width: 34 + textWidth('Process'),
      draw: (x, y) =>
        `<rect x="${num(x)}" y="${num(y - 7)}" width="28" height="14" rx="7" fill="#ffffff" stroke="${MAP_TEXT.muted}" stroke-width="1.5"/>${label(x + 34, y, 'Process')}`,
    },
    {
      width: 34 + textWidth('System'),
      draw: (x, y) =>
        `<rect x="${num(x)}" y="${num(y - 7)}" width="28" height="14" rx="3" fill="#ffffff" stroke="${MAP_TEXT.muted}" stroke-width="1.5"/>${label(x + 34, y, 'System')}`,
    },
    ...Object.values(MARKER_STYLE).map((marker) => {
      const badgeWidth = marker.label.length * CHAR.badge + 12;
      return {
        width: badgeWidth + 6 + textWidth(marker.legend),
        draw: (x: number, y: number) =>
          `<rect x="${num(x)}" y="${num(y - 8)}" width="${num(badgeWidth)}" height="16" rx="8" fill="${marker.fill}"/><text x="${num(x + badgeWidth / 2)}" y="${num(y + 3.5)}" font-size="10" font-weight="700" text-anchor="middle" fill="${marker.text}">${escapeXml(marker.label)}</text>${label(x + badgeWidth + 6, y, marker.legend)}`,
      };
    }),
  ];
  const kinds: LegendItem[] = (['hard', 'degraded', 'alternatives'] as const).map((kind) => {
    const text = EDGE_STYLE[kind].label;
    return {
      width: 62 + textWidth(text),
      draw: (x, y) =>
        edgeSvg({ id: `legend-${kind}`, from: '', to: '', kind, dependencyId: null, groupId: null }, [
          { x, y },
          { x: x + 54, y },
        ]) + label(x + 62, y, text),
    };
  });

  const rows = [tiers, shapes, kinds];
  const parts = [`<line x1="${MARGIN}" y1="8" x2="${width - MARGIN}" y2="8" stroke="#d8dce3"/>`];
  let y = 30;
  parts.push(
    `<text x="${MARGIN}" y="${y + 4}" font-size="11" font-weight="700" fill="${MAP_TEXT.color}">Legend</text>`,
  );
  for (const row of rows) {
    let x = MARGIN + 60;
    for (const item of row) {
      if (x + item.width > width - MARGIN && x > MARGIN + 60) {
        x = MARGIN + 60;
        y += 24;
      }
      parts.push(item.draw(x, y));
      x += item.width + 18;
    }
    y += 24;
  }
  parts.push(
    `<text x="${MARGIN + 60}" y="${y + 4}" font-size="11" fill="${MAP_TEXT.muted}">Arrows point from what needs to what it needs.</text>`,
  );
  return { svg: parts.join(''), height: y + 22 };
}
