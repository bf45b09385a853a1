import { Handle, Position, type NodeProps } from '@xyflow/react';
import { nodeSubtitle } from '../../../shared/map/map-svg';
import { MARKER_STYLE, tierStyle } from '../../../shared/map/map-style';
import type { MapFlowNode } from './flow-types';

/**
 * One system or process on the map: tier colour and the tier in words,
 * badges for a single point of failure or a cycle. Drag from the handle at
 * the bottom to what it needs to record a dependency.
 */
export function MapNodeView({ data, selected }: NodeProps<MapFlowNode>) {
  const { node } = data;
  const style = tierStyle(node.tier);
  const subtitle = nodeSubtitle(node);
  const classes = ['map-node', `map-node-${node.kind}`];
  if (selected) classes.push('is-selected');
  if (data.match) classes.push('is-match');
  if (data.dimmed) classes.push('is-dimmed');
  return (
    <div className={classes.join(' ')} style={{ borderColor: style.stroke, background: style.fill }}>
      {node.kind === 'system' && (
        // Hidden until a drag starts; then the whole node is where it can be dropped.
        <Handle type="target" position={Position.Top} className="map-handle" isConnectableStart={false} />
      )}
      <span className="map-node-name" title={node.label}>
        {node.label}
      </span>
      <span className="map-node-footer">
        <span className="map-node-subtitle">{subtitle.full}</span>
        {node.isSpof && (
          <span
            className="map-badge"
            style={{ background: MARKER_STYLE.spof.fill }}
            title={MARKER_STYLE.spof.legend}
          >
            {MARKER_STYLE.spof.label}
          </span>
        )}
        {node.inCycle && (
          <span
            className="map-badge"
            style={{ background: MARKER_STYLE.cycle.fill }}
            title={MARKER_STYLE.cycle.legend}
          >
            {MARKER_STYLE.cycle.label}
          </span>
        )}
      </span>
      <Handle
        type="source"
        position={Position.Bottom}
        className="map-handle"
        isConnectableEnd={false}
        title="Drag to what it needs"
      />
    </div>
  );
}
