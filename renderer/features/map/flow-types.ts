import type { Edge, Node } from '@xyflow/react';
import type { Point } from '../../../shared/map/map-layout';
import type { MapEdge, MapNode } from '../../../shared/map/map-model';

export interface MapNodeData extends Record<string, unknown> {
  node: MapNode;
  /** Matches the search. */
  match: boolean;
  /** A search is on and this node does not match it. */
  dimmed: boolean;
}

export interface MapEdgeData extends Record<string, unknown> {
  edge: MapEdge;
  /** The route from the layout; null until the layout includes this edge. */
  points: Point[] | null;
  dimmed: boolean;
}

export type MapFlowNode = Node<MapNodeData, 'map'>;
export type MapFlowEdge = Edge<MapEdgeData, 'dependency'>;
