import { analysePlan, type PlanAnalysis } from '../../../analysis/plan-analysis';
import type { PlanSnapshot } from '../../../bundle/snapshot';
import { buildMapGraph, type MapGraph } from '../../../map/map-model';
import { layoutMap, type MapLayout } from '../../../map/map-layout';
import { count } from './format';

/** The plan's one analysis, as every export reads it. */
export function analyseSnapshot(snapshot: PlanSnapshot, today: string): PlanAnalysis {
  return analysePlan({ ...snapshot, mtdThreshold: snapshot.plan.mtdThreshold, today });
}

/**
 * The dependency map as the document draws it: the same graph and layout as
 * the map screen. Async because the layout (elkjs) is; the caller awaits it
 * before building the document, which stays synchronous.
 */
export async function planMapFigure(
  snapshot: PlanSnapshot,
  analysis: PlanAnalysis,
): Promise<{ graph: MapGraph; layout: MapLayout }> {
  const graph = buildMapGraph({
    systems: snapshot.systems,
    processes: snapshot.processes,
    dependencies: snapshot.dependencies,
    mtdThreshold: snapshot.plan.mtdThreshold,
    analysis,
  });
  return { graph, layout: await layoutMap(graph) };
}

/** "12 systems, 5 processes, 20 dependencies". */
export function mapGraphCounts(graph: MapGraph): string {
  const systems = graph.nodes.filter((node) => node.kind === 'system').length;
  const processes = graph.nodes.length - systems;
  return `${count(systems, 'system')}, ${count(processes, 'process', 'processes')}, ${count(graph.edges.length, 'dependency', 'dependencies')}`;
}
