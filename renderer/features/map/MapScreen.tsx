import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, ToggleButton } from 'react-aria-components';
import { Link } from 'wouter';
import { analysePlan } from '../../../shared/analysis/plan-analysis';
import type { Plan } from '../../../shared/model/plan';
import {
  buildMapGraph,
  filterMapGraph,
  NO_FILTER,
  searchMap,
  type MapFilter,
  type MapGraph,
} from '../../../shared/map/map-model';
import { TIER_STYLE } from '../../../shared/map/map-style';
import { useServices } from '../../app/services';
import { todayIso } from '../../db/clock';
import { usePlanContent } from '../plans/usePlanContent';
import { FIT, MapCanvas, type MapSelection } from './MapCanvas';
import { MapFindingsPanel } from './MapFindingsPanel';
import { MapLegend } from './MapLegend';
import { MapPanel } from './MapPanel';
import { MapToolbar } from './MapToolbar';
import { useMapEdits } from './useMapEdits';
import { useMapExport } from './useMapExport';
import { useMapLayout } from './useMapLayout';
import { useMapNavigation } from './useMapNavigation';
import './map.css';

const EMPTY_GRAPH: MapGraph = { nodes: [], edges: [] };

export function MapScreen({ plan }: { plan: Plan }) {
  return (
    <ReactFlowProvider>
      <MapWorkspace plan={plan} />
    </ReactFlowProvider>
  );
}

/** The dependency map: laid out in a worker, filtered, searched, edited in place and exported. */
function MapWorkspace({ plan }: { plan: Plan }) {
  const { toasts } = useServices();
  const flow = useReactFlow();
  const data = usePlanContent(plan.id);
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER);
  const [query, setQuery] = useState('');
  const [selection, setSelection] = useState<MapSelection>(null);
  const [showFindings, setShowFindings] = useState(false);
  const found = useRef(-1);

  const analysis = useMemo(
    () => (data ? analysePlan({ ...data, mtdThreshold: plan.mtdThreshold, today: todayIso() }) : null),
    [data, plan.mtdThreshold],
  );
  const graph = useMemo(
    () =>
      data && analysis ? buildMapGraph({ ...data, mtdThreshold: plan.mtdThreshold, analysis }) : EMPTY_GRAPH,
    [data, analysis, plan.mtdThreshold],
  );
  const shown = useMemo(() => filterMapGraph(graph, filter), [graph, filter]);
  const { layout, current, error } = useMapLayout(shown);
  const matches = useMemo(() => {
    if (query.trim() === '') return null;
    return searchMap(shown, query);
  }, [shown, query]);
  const matchIds = useMemo(() => (matches ? new Set(matches.map((node) => node.id)) : null), [matches]);
  const edits = useMapEdits(plan.id, graph);
  const exportMap = useMapExport(plan);

  // A new filter (or the first layout) shows the whole result; edits keep the view where it is.
  const fitted = useRef<string | null>(null);
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    if (!layout || !current || fitted.current === filterKey) return;
    fitted.current = filterKey;
    void flow.fitView({ ...FIT, duration: 200 });
  }, [layout, current, filterKey, flow]);

  const navigation = useMapNavigation(layout, selection?.kind === 'node' ? selection.id : null);

  if (!data || !analysis) return null;

  const present = (id: string) =>
    selection?.kind === 'node'
      ? shown.nodes.some((node) => node.id === id)
      : shown.edges.some((edge) => edge.id === id);
  const selected: MapSelection = selection && present(selection.id) ? selection : null;

  const findNext = () => {
    if (!matches || matches.length === 0) return;
    found.current = (found.current + 1) % matches.length;
    const node = matches[found.current];
    if (!node) return;
    setSelection({ kind: 'node', id: node.id });
    navigation.goToSelected();
  };

  const connect = async (from: string, to: string) => {
    const kind = graph.nodes.find((node) => node.id === from)?.kind ?? 'system';
    const outcome = await edits.connect(from, to, kind);
    if (outcome.ok && outcome.id) setSelection({ kind: 'edge', id: outcome.id });
    else if (!outcome.ok) toasts.add({ title: 'Dependency not added', description: outcome.reason });
  };
  const removeEdge = (edgeId: string) => {
    const edge = graph.edges.find((candidate) => candidate.id === edgeId);
    if (edge) edits.remove(edge);
  };

  const subtitle = [
    filter.processId !== null
      ? `${graph.nodes.find((node) => node.id === filter.processId)?.label ?? ''} and what it needs`
      : '',
    filter.tier !== null ? `${TIER_STYLE[filter.tier].label} only` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const canExport = layout !== null && current && shown.nodes.length > 0;

  return (
    <main className="page map-page" aria-labelledby="map-heading">
      <div className="page-header">
        <div>
          <h1 id="map-heading">Dependency map</h1>
          <p className="page-lede">
            What needs what, at a glance. Click a system to see and edit its dependencies; drag from the dot
            under one system to another to record that it needs it.
          </p>
        </div>
        <div className="page-header-actions">
          <ToggleButton
            className="button map-findings-toggle"
            isSelected={showFindings}
            onChange={setShowFindings}
          >
            Findings ({analysis.findings.length})
          </ToggleButton>
          <Button
            className="button"
            isDisabled={!canExport}
            onPress={() =>
              void exportMap('png', layout ?? { width: 0, height: 0, nodes: [], edges: [] }, shown, subtitle)
            }
          >
            Export PNG
          </Button>
          <Button
            className="button"
            isDisabled={!canExport}
            onPress={() =>
              void exportMap('svg', layout ?? { width: 0, height: 0, nodes: [], edges: [] }, shown, subtitle)
            }
          >
            Export SVG
          </Button>
        </div>
      </div>

      {data.systems.length === 0 ? (
        <div className="empty-state">
          <h2>No systems yet</h2>
          <p>
            The map draws your critical systems and the business processes that need them.{' '}
            <Link href="/systems">Add the critical systems</Link> first.
          </p>
        </div>
      ) : (
        <>
          <MapToolbar
            processes={data.processes}
            filter={filter}
            onFilter={(next) => {
              setFilter(next);
              // What the filter hides is no longer selected, so its panel does not come back later.
              const kept = filterMapGraph(graph, next);
              const items = selection?.kind === 'edge' ? kept.edges : kept.nodes;
              if (selection && !items.some((item) => item.id === selection.id)) setSelection(null);
            }}
            query={query}
            onQuery={(next) => {
              setQuery(next);
              found.current = -1;
            }}
            onFindNext={findNext}
            matchCount={matches ? matches.length : null}
            onFit={() => void flow.fitView({ ...FIT, duration: 200 })}
          />
          {graph.edges.length === 0 && (
            <p className="map-hint" role="note">
              No dependencies yet. Click a system and add what it needs in the panel, or drag from the dot
              under a system to the system it needs.
            </p>
          )}
          {shown.nodes.length === 0 && (
            <p className="map-hint" role="note">
              Nothing matches these filters.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setFilter(NO_FILTER);
                }}
              >
                Show everything
              </button>
            </p>
          )}
          {error && (
            <p className="field-error" role="alert">
              The map could not be laid out: {error}
            </p>
          )}
          <div className="map-body" data-layout={current ? 'current' : 'pending'}>
            <MapCanvas
              graph={shown}
              layout={layout}
              selection={selected}
              matches={matchIds}
              onSelect={setSelection}
              onConnect={(from, to) => void connect(from, to)}
              onRemoveEdge={removeEdge}
              canvasRef={navigation.canvas}
            />
            {!selected && showFindings && (
              <MapFindingsPanel
                findings={analysis.findings}
                onClose={() => {
                  setShowFindings(false);
                }}
              />
            )}
            {selected && (
              <MapPanel
                key={`${selected.kind}:${selected.id}`}
                selection={selected}
                graph={graph}
                data={data}
                analysis={analysis}
                mtdThreshold={plan.mtdThreshold}
                edits={edits}
                onClose={() => {
                  setSelection(null);
                }}
              />
            )}
          </div>
          <MapLegend />
        </>
      )}
    </main>
  );
}
