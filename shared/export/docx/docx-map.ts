import { ImageRun, Paragraph, type FileChild } from 'docx';
import { encodeUtf8 } from '../../bundle/utf8';
import { mapToSvg } from '../../map/map-svg';
import { EDGE_STYLE } from '../../map/map-style';
import type { MapGraph } from '../../map/map-model';
import type { Block } from '../document/model';
import { COLOURS, MAX_IMAGE_HEIGHT_PX, TEXT_WIDTH_PX, textParagraph } from './docx-style';
import { paragraph, table } from './docx-parts';

/** The map as the app rasterised it (the SVG drawn on a canvas); Node has no canvas, so it is optional. */
export interface MapImage {
  data: Uint8Array;
  type: 'png';
  /** Pixels. */
  width: number;
  height: number;
}

type MapBlock = Extract<Block, { kind: 'map' }>;

/**
 * A 1×1 light grey PNG: the fallback Word requires beside an SVG, shown
 * (stretched to the map's box) only by programs that cannot draw SVG.
 */
const PLACEHOLDER_PNG = new Uint8Array([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 144,
  119, 83, 222, 0, 0, 0, 12, 73, 68, 65, 84, 120, 156, 99, 248, 252, 229, 27, 0, 5, 187, 2, 222, 145, 204,
  170, 24, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
]);

/**
 * The dependency map in Word. With the app's PNG, that picture. Without
 * one (the command line has no canvas), the same SVG the app exports, which
 * Word 2016 and later draw as vectors; Word requires a raster fallback for
 * older readers, and a blank one is all shared/ can make without a
 * rasteriser, so the dependencies follow as a table: no reader loses them.
 */
export function mapChildren(block: MapBlock, image: MapImage | undefined): FileChild[] {
  if (block.graph.nodes.length === 0)
    return [paragraph(`${block.caption}: no systems or processes yet.`, 'muted')];
  const caption = textParagraph(block.caption, { italics: true, color: COLOURS.muted });
  const altText = {
    name: 'Dependency map',
    title: block.caption,
    description: `Dependency map: ${block.graph.nodes.length} systems and processes, ${block.graph.edges.length} dependencies.`,
  };
  if (image) {
    const size = fit(image.width, image.height);
    return [
      new Paragraph({
        keepNext: true,
        children: [new ImageRun({ type: 'png', data: image.data, transformation: size, altText })],
      }),
      caption,
    ];
  }
  const svg = mapToSvg(block.layout, block.graph, { title: block.caption });
  const size = fit(svgDimension(svg, 'width'), svgDimension(svg, 'height'));
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: encodeUtf8(svg),
          fallback: { type: 'png', data: PLACEHOLDER_PNG },
          transformation: size,
          altText,
        }),
      ],
    }),
    caption,
    paragraph(
      'Word 2016 and later draw this map; older programs show an empty box. The same dependencies, as a list:',
      'muted',
    ),
    ...table(
      [
        { header: 'What', weight: 2 },
        { header: 'How', weight: 1.4 },
        { header: 'Needs', weight: 3 },
      ],
      dependencyRows(block.graph),
      'No dependencies recorded.',
    ),
  ];
}

/** Scaled down (never up) to the text width and a page's height, keeping the proportions. */
function fit(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, TEXT_WIDTH_PX / Math.max(1, width), MAX_IMAGE_HEIGHT_PX / Math.max(1, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** mapToSvg writes its size on the root element; read it back rather than repeat its arithmetic. */
function svgDimension(svg: string, name: 'width' | 'height'): number {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const value = Number(new RegExp(`\\s${name}="([0-9.]+)"`).exec(root)?.[1]);
  return Number.isFinite(value) && value > 0 ? value : 600;
}

/** One row per need; the members of a "needs one of" group share a row. */
export function dependencyRows(graph: MapGraph): string[][] {
  const label = new Map(
    graph.nodes.map((node) => [node.id, `${node.label}${node.isSpof ? ' (single point of failure)' : ''}`]),
  );
  const rows: { from: string; how: string; targets: string[] }[] = [];
  const byGroup = new Map<string, { targets: string[] }>();
  for (const edge of graph.edges) {
    const target = label.get(edge.to) ?? edge.to;
    const group = edge.groupId === null ? undefined : byGroup.get(edge.groupId);
    if (group) {
      group.targets.push(target);
      continue;
    }
    const row = {
      from: label.get(edge.from) ?? edge.from,
      how: EDGE_STYLE[edge.kind].label,
      targets: [target],
    };
    rows.push(row);
    if (edge.groupId !== null) byGroup.set(edge.groupId, row);
  }
  return rows.map((row) => [row.from, row.how, row.targets.join(' or ')]);
}
