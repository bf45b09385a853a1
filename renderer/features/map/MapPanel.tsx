import { Button } from 'react-aria-components';
import type { PlanAnalysis } from '../../../shared/analysis/plan-analysis';
import type { Dependency } from '../../../shared/model/dependency';
import type { MtdThreshold } from '../../../shared/model/impact';
import type { BusinessProcess } from '../../../shared/model/process';
import type { System } from '../../../shared/model/system';
import type { MapGraph } from '../../../shared/map/map-model';
import type { MapSelection } from './MapCanvas';
import { MapEdgePanel } from './MapEdgePanel';
import { MapNodePanel } from './MapNodePanel';
import type { useMapEdits } from './useMapEdits';

interface MapPanelProps {
  selection: NonNullable<MapSelection>;
  graph: MapGraph;
  data: { systems: System[]; processes: BusinessProcess[]; dependencies: Dependency[] };
  analysis: PlanAnalysis;
  mtdThreshold: MtdThreshold;
  edits: ReturnType<typeof useMapEdits>;
  onClose: () => void;
}

/** The side panel for what is selected on the map: a system, a process or one need. */
export function MapPanel({ selection, graph, data, analysis, mtdThreshold, edits, onClose }: MapPanelProps) {
  const node =
    selection.kind === 'node' ? graph.nodes.find((candidate) => candidate.id === selection.id) : null;
  const edge =
    selection.kind === 'edge' ? graph.edges.find((candidate) => candidate.id === selection.id) : null;
  const title = node ? node.label : 'Dependency';
  return (
    <aside className="map-panel" aria-labelledby="map-panel-heading">
      <div className="map-panel-header">
        <h2 id="map-panel-heading">{title}</h2>
        <Button className="icon-button" aria-label="Close the panel" onPress={onClose}>
          <span aria-hidden="true">×</span>
        </Button>
      </div>
      {node && (
        <MapNodePanel
          key={node.id}
          node={node}
          graph={graph}
          systems={data.systems}
          processes={data.processes}
          analysis={analysis}
          mtdThreshold={mtdThreshold}
        />
      )}
      {edge && (
        <MapEdgePanel
          key={edge.id}
          edge={edge}
          graph={graph}
          dependencies={data.dependencies}
          edits={edits}
        />
      )}
    </aside>
  );
}
