import type { PlanAnalysis } from '../../../analysis/plan-analysis';
import type { PlanSnapshot } from '../../../bundle/snapshot';
import { buildMapGraph, type MapGraph } from '../../../map/map-model';
import { layoutMap, type MapLayout } from '../../../map/map-layout';
import { count } from './format';

/** The plan's one analysis, as every export reads it. */
/**
 * The dependency map as the document draws it: the same graph and layout as
 * the map screen, unless that layout is a strip more than three times as
 * wide as it is high; then the sideways layout is used if its proportions are
 * closer to a page. Async because the layout (elkjs) is; the caller awaits it
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
  const down = await layoutMap(graph);
  if (down.height === 0 || down.width / down.height <= WIDEST) return { graph, layout: down };
  // Many systems on few layers make a strip many pages wide; sideways the same map folds into fewer pages.
  const right = await layoutMap(graph, { direction: 'RIGHT' });
  return { graph, layout: pageLikeness(right) < pageLikeness(down) ? right : down };
}

/** Wider than this (width ÷ height) and the map on paper becomes a long strip. */
const WIDEST = 3;

/** How far a layout's proportions are from a landscape A4 page (0 = the same). */
function pageLikeness(layout: MapLayout): number {
  return Math.abs(Math.log(layout.width / layout.height / Math.SQRT2));
}

/** "12 systems, 5 processes, 20 dependencies". */
export function mapGraphCounts(graph: MapGraph): string {
  const systems = graph.nodes.filter((node) => node.kind === 'system').length;
  const processes = graph.nodes.length - systems;
  return `${count(systems, 'system')}, ${count(processes, 'process', 'processes')}, ${count(graph.edges.length, 'dependency', 'dependencies')}`;
}
