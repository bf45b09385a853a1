import { useState } from 'react';
import { Button } from 'react-aria-components';
import { DEPENDENCY_KIND_INFO, type Dependency } from '../../../shared/model/dependency';
import type { MapEdge, MapGraph } from '../../../shared/map/map-model';
import { DependencyWorkaround } from '../dependencies/DependencyWorkaround';
import type { useMapEdits } from './useMapEdits';

interface EdgePanelProps {
  edge: MapEdge;
  graph: MapGraph;
  dependencies: readonly Dependency[];
  edits: ReturnType<typeof useMapEdits>;
}

const SINGLE_KINDS = ['hard', 'degraded'] as const;

/** One need, selected on the map: its kind, its workaround, and removing it. */
export function MapEdgePanel({ edge, graph, dependencies, edits }: EdgePanelProps) {
  const [error, setError] = useState<{ edgeId: string; text: string } | null>(null);
  const nameOf = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? 'a system';
  const dependency = dependencies.find((candidate) => candidate.id === edge.dependencyId);
  const from = nameOf(edge.from);
  const to = nameOf(edge.to);
  const sentence = `${from} ${DEPENDENCY_KIND_INFO[edge.kind].label.toLowerCase()} ${to}`;

  return (
    <>
      {edge.kind === 'alternatives' && dependency ? (
        <p>
          <strong>{from}</strong> needs one of{' '}
          {dependency.targetIds.map((id, index) => (
            <span key={id}>
              {index > 0 && ' or '}
              <strong>{nameOf(id)}</strong>
            </span>
          ))}
          : it is down only when all of them are.
        </p>
      ) : (
        <p>
          <strong>{from}</strong> {DEPENDENCY_KIND_INFO[edge.kind].label.toLowerCase()} <strong>{to}</strong>
          {edge.dependencyId === null && ': it is one of the systems the process needs.'}
        </p>
      )}

      {dependency && edge.kind !== 'alternatives' && (
        <div className="field">
          <label htmlFor="map-edge-kind" className="field-label">
            Kind
          </label>
          <select
            id="map-edge-kind"
            className="control"
            value={edge.kind}
            onChange={(event) => {
              const kind = SINGLE_KINDS.find((candidate) => candidate === event.target.value);
              if (!kind) return;
              setError(null);
              void edits.changeKind(edge, kind).then((outcome) => {
                if (!outcome.ok) setError({ edgeId: edge.id, text: outcome.reason });
              });
            }}
          >
            {SINGLE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {DEPENDENCY_KIND_INFO[kind].label}
              </option>
            ))}
          </select>
          <p className="field-help">
            {from} {DEPENDENCY_KIND_INFO[edge.kind].hint}.
          </p>
        </div>
      )}
      {error?.edgeId === edge.id && (
        <p className="field-error" role="alert">
          {error.text}
        </p>
      )}
      {dependency?.kind === 'degraded' && <DependencyWorkaround dependency={dependency} label={sentence} />}

      <div className="map-panel-actions">
        <Button
          className="button button-danger-quiet"
          onPress={() => {
            edits.remove(edge);
          }}
        >
          {edge.kind === 'alternatives' ? `Remove “${to}” from the choices` : 'Remove dependency'}
        </Button>
      </div>
      <p className="field-help">
        {edge.kind === 'alternatives'
          ? 'With one choice left, it becomes a plain need of that system.'
          : 'Tip: select an arrow on the map and press Delete to remove it.'}
      </p>
    </>
  );
}
