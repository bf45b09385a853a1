import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { midpoint, roundedPath } from '../../../shared/map/map-geometry';
import { EDGE_STYLE } from '../../../shared/map/map-style';
import type { MapFlowEdge } from './flow-types';

const SELECTED = '#2f6fde';

/** A need drawn along the layout's route: solid, dashed (works worse without) or dotted with “or” (one of). */
export function MapEdgeView(props: EdgeProps<MapFlowEdge>) {
  const { id, data, selected, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  if (!data) return null;
  const style = EDGE_STYLE[data.edge.kind];
  const [fallback, fallbackX, fallbackY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const path = data.points ? roundedPath(data.points) : fallback;
  const label = data.points ? midpoint(data.points) : { x: fallbackX, y: fallbackY };
  const stroke = selected ? SELECTED : style.stroke;
  return (
    <g className={data.dimmed ? 'map-edge is-dimmed' : 'map-edge'} data-routed={data.points ? 'yes' : 'no'}>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#map-arrow-${selected ? 'selected' : data.edge.kind})`}
        interactionWidth={16}
        style={{
          stroke,
          strokeWidth: selected ? style.width + 1.2 : style.width,
          strokeDasharray: style.dash ?? undefined,
          strokeLinecap: data.edge.kind === 'alternatives' ? 'round' : undefined,
        }}
      />
      {data.edge.kind === 'alternatives' && (
        <g className="map-edge-label" aria-hidden="true">
          <rect
            x={label.x - 11}
            y={label.y - 8}
            width={22}
            height={16}
            rx={8}
            fill="#ffffff"
            stroke={stroke}
          />
          <text x={label.x} y={label.y + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill={stroke}>
            or
          </text>
        </g>
      )}
    </g>
  );
}

/** Arrowheads for each kind and for the selected edge, defined once for the whole map. */
export function MapEdgeMarkers() {
  const markers = [
    ...Object.entries(EDGE_STYLE).map(([kind, style]) => ({ id: kind, fill: style.stroke })),
    { id: 'selected', fill: SELECTED },
  ];
  return (
    <svg className="map-markers" aria-hidden="true" focusable="false">
      <defs>
        {markers.map((marker) => (
          <marker
            key={marker.id}
            id={`map-arrow-${marker.id}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="9"
            markerHeight="9"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0,1 L9,5 L0,9 z" fill={marker.fill} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
