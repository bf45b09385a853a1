import ELK, { type ElkExtendedEdge, type ElkNode, type ElkPort } from 'elkjs/lib/elk.bundled.js';
import type { MapGraph, MapNodeKind } from './map-model';

/** Fixed node sizes, so the layout needs no DOM to measure text; labels are fitted to them instead. */
export const NODE_SIZE = {
  system: { width: 208, height: 72 },
  process: { width: 208, height: 60 },
} as const satisfies Record<MapNodeKind, { width: number; height: number }>;

export interface Point {
  x: number;
  y: number;
}

export interface PositionedNode extends Point {
  id: string;
  width: number;
  height: number;
}

export interface EdgeRoute {
  id: string;
  /** From the dependent's border to the border of what it needs; at least two points. */
  points: Point[];
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PositionedNode[];
  edges: EdgeRoute[];
}

export interface LayoutOptions {
  /** Where what is needed sits: below (DOWN, the default) or to the right of what needs it. */
  direction?: 'DOWN' | 'RIGHT';
}

let elk: InstanceType<typeof ELK> | null = null;

/**
 * Lays the map out in layers: every dependent before what it needs, so
 * processes come first and foundations last. The same graph always gives
 * the same picture (fixed seed, input order kept), which the PDF export
 * relies on to draw what the screen shows.
 */
export async function layoutMap(graph: MapGraph, options: LayoutOptions = {}): Promise<MapLayout> {
  if (graph.nodes.length === 0) return { width: 0, height: 0, nodes: [], edges: [] };
  elk ??= new ELK();
  const direction = options.direction ?? 'DOWN';
  const ports = portsOf(graph, direction);
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction,
      'elk.randomSeed': '1',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '36',
      'elk.spacing.edgeNode': '20',
      'elk.spacing.edgeEdge': '12',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.layered.spacing.edgeNodeBetweenLayers': '24',
      'elk.spacing.componentComponent': '48',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.padding': '[top=24,left=24,bottom=24,right=24]',
    },
    children: graph.nodes.map((node) => ({
      id: node.id,
      ...NODE_SIZE[node.kind],
      layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE' },
      ports: ports.get(node.id) ?? [],
    })),
    edges: graph.edges.map((edge): ElkExtendedEdge => ({
      id: edge.id,
      sources: [`${edge.id}${OUT}`],
      targets: [`${edge.id}${IN}`],
    })),
  };
  const laid = await elk.layout(root);

  const nodes = (laid.children ?? []).map((child) => ({
    id: child.id,
    x: round(child.x ?? 0),
    y: round(child.y ?? 0),
    width: child.width ?? 0,
    height: child.height ?? 0,
  }));
  const edges = (laid.edges ?? []).map((edge) => {
    const points: Point[] = [];
    for (const section of edge.sections ?? []) {
      for (const point of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
        const last = points[points.length - 1];
        const next = { x: round(point.x), y: round(point.y) };
        if (last?.x !== next.x || last.y !== next.y) points.push(next);
      }
    }
    return { id: edge.id, points };
  });
  return { width: round(laid.width ?? 0), height: round(laid.height ?? 0), nodes, edges };
}

const SIDES = {
  DOWN: { in: 'NORTH', out: 'SOUTH' },
  RIGHT: { in: 'WEST', out: 'EAST' },
} as const;

/**
 * A port of its own for each end of each edge, on the side facing the flow:
 * edges leave the bottom of a dependent and enter the top of what it needs,
 * spread along the border so that no two kinds of line share a stretch (a
 * dashed and a dotted line on top of each other read as neither).
 */
function portsOf(graph: MapGraph, direction: 'DOWN' | 'RIGHT'): Map<string, ElkPort[]> {
  const ports = new Map<string, ElkPort[]>();
  const add = (nodeId: string, port: ElkPort) => {
    ports.set(nodeId, [...(ports.get(nodeId) ?? []), port]);
  };
  for (const edge of graph.edges) {
    add(edge.from, {
      id: `${edge.id}${OUT}`,
      width: 0,
      height: 0,
      layoutOptions: { 'elk.port.side': SIDES[direction].out },
    });
    add(edge.to, {
      id: `${edge.id}${IN}`,
      width: 0,
      height: 0,
      layoutOptions: { 'elk.port.side': SIDES[direction].in },
    });
  }
  return ports;
}

const IN = '>in';
const OUT = '>out';

/** Half-pixel precision: smaller files, and the same numbers in every engine. */
function round(value: number): number {
  return Math.round(value * 2) / 2;
}
