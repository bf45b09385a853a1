import {
  Background,
  Controls,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, useState, type Dispatch, type KeyboardEvent, type Ref, type SetStateAction } from 'react';
import { DEPENDENCY_KIND_INFO } from '../../../shared/model/dependency';
import type { MapLayout } from '../../../shared/map/map-layout';
import type { MapGraph, MapNode } from '../../../shared/map/map-model';
import { nodeSubtitle } from '../../../shared/map/map-svg';
import type { MapFlowEdge, MapFlowNode } from './flow-types';
import { MapEdgeMarkers, MapEdgeView } from './MapEdgeView';
import { MapNodeView } from './MapNodeView';

export type MapSelection = { kind: 'node' | 'edge'; id: string } | null;

const nodeTypes = { map: MapNodeView };
const edgeTypes = { dependency: MapEdgeView };

/**
 * Room on the left for the zoom buttons, so they never cover a node after fitting, and
 * room all round so a node's middle is never where dragging to it pans the map.
 */
export const FIT = {
  padding: { top: '40px', right: '40px', bottom: '40px', left: '72px' },
  maxZoom: 1,
} as const;

interface MapCanvasProps {
  graph: MapGraph;
  layout: MapLayout | null;
  selection: MapSelection;
  /** Ids matching the search, or null when nobody is searching. */
  matches: ReadonlySet<string> | null;
  onSelect: Dispatch<SetStateAction<MapSelection>>;
  onConnect: (from: string, to: string) => void;
  onRemoveEdge: (edgeId: string) => void;
  /** The canvas element, to tell whether a node is in view. */
  canvasRef: Ref<HTMLDivElement>;
}

function describeNode(node: MapNode): string {
  const marks = [node.isSpof ? 'single point of failure' : '', node.inCycle ? 'in a dependency cycle' : ''];
  return [node.label, nodeSubtitle(node).full, ...marks.filter(Boolean)].join(', ');
}

function isTyping(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * The interactive map. Positions come from the layout (nodes are not
 * dragged: the layout places them); dragging from a node's bottom handle to
 * another node records "needs"; Delete removes the selected edge.
 */
export function MapCanvas(props: MapCanvasProps) {
  const { graph, layout, selection, matches, onSelect, canvasRef } = props;
  // Sizes the map measured, handed back so it does not measure every node again on each change.
  const [measured, setMeasured] = useState<ReadonlyMap<string, { width: number; height: number }>>(new Map());

  const nodes = useMemo((): MapFlowNode[] => {
    const boxes = new Map(layout?.nodes.map((box) => [box.id, box]));
    return graph.nodes.flatMap((node) => {
      const box = boxes.get(node.id);
      if (!box) return [];
      const match = matches?.has(node.id) ?? false;
      return [
        {
          id: node.id,
          type: 'map' as const,
          position: { x: box.x, y: box.y },
          width: box.width,
          height: box.height,
          measured: measured.get(node.id),
          selected: selection?.kind === 'node' && selection.id === node.id,
          draggable: false,
          ariaLabel: describeNode(node),
          data: { node, match, dimmed: matches !== null && matches.size > 0 && !match },
        },
      ];
    });
  }, [graph, layout, matches, measured, selection]);

  const edges = useMemo((): MapFlowEdge[] => {
    const placed = new Set(nodes.map((node) => node.id));
    const routes = new Map(layout?.edges.map((route) => [route.id, route.points]));
    const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? '';
    const searching = matches !== null && matches.size > 0;
    return graph.edges
      .filter((edge) => placed.has(edge.from) && placed.has(edge.to))
      .map((edge) => ({
        id: edge.id,
        type: 'dependency' as const,
        source: edge.from,
        target: edge.to,
        selected: selection?.kind === 'edge' && selection.id === edge.id,
        ariaLabel: `${label(edge.from)} ${DEPENDENCY_KIND_INFO[edge.kind].label.toLowerCase()} ${label(edge.to)}`,
        data: {
          edge,
          points: routes.get(edge.id) ?? null,
          dimmed: searching && !(matches.has(edge.from) || matches.has(edge.to)),
        },
      }));
  }, [graph, layout, matches, nodes, selection]);

  const onNodesChange = (changes: NodeChange<MapFlowNode>[]) => {
    const sizes = changes.flatMap((change) =>
      change.type === 'dimensions' && change.dimensions ? [[change.id, change.dimensions] as const] : [],
    );
    if (sizes.length > 0) setMeasured((previous) => new Map([...previous, ...sizes]));
    applySelection('node', changes);
  };
  const onEdgesChange = (changes: EdgeChange<MapFlowEdge>[]) => {
    applySelection('edge', changes);
  };
  /*
   * The map reports selection as lists of changes, nodes and edges apart and
   * one call each: selecting a node also deselects the edge selected before.
   * Each list is applied to the latest selection, never to the one this render
   * saw, or the second list would undo the first.
   */
  function applySelection(
    kind: 'node' | 'edge',
    changes: readonly (NodeChange<MapFlowNode> | EdgeChange<MapFlowEdge>)[],
  ) {
    if (!changes.some((change) => change.type === 'select')) return;
    onSelect((previous) => {
      let next = previous;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        if (change.selected) next = { kind, id: change.id };
        else if (next?.kind === kind && next.id === change.id) next = null;
      }
      return next;
    });
  }

  const kindOf = (id: string) => graph.nodes.find((node) => node.id === id)?.kind;
  const isValidConnection = (connection: { source: string; target: string }) =>
    connection.source !== connection.target && kindOf(connection.target) === 'system';

  const onKeyDown = (event: KeyboardEvent) => {
    if (
      (event.key === 'Delete' || event.key === 'Backspace') &&
      selection?.kind === 'edge' &&
      !isTyping(event.target)
    ) {
      event.preventDefault();
      props.onRemoveEdge(selection.id);
    }
  };

  return (
    <div className="map-canvas" ref={canvasRef} onKeyDown={onKeyDown}>
      <MapEdgeMarkers />
      <ReactFlow<MapFlowNode, MapFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onPaneClick={() => {
          onSelect(null);
        }}
        onConnect={(connection: Connection) => {
          if (isValidConnection(connection)) props.onConnect(connection.source, connection.target);
        }}
        isValidConnection={isValidConnection}
        nodesDraggable={false}
        deleteKeyCode={null}
        multiSelectionKeyCode={null}
        selectionKeyCode={null}
        zoomOnDoubleClick={false}
        minZoom={0.1}
        maxZoom={2}
        fitView
        fitViewOptions={FIT}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
