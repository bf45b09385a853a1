import type { PlanAnalysis } from '../../../shared/analysis/plan-analysis';
import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import { layoutMap } from '../../../shared/map/map-layout';
import { buildMapGraph } from '../../../shared/map/map-model';
import { mapToSvg } from '../../../shared/map/map-svg';

/**
 * The whole plan's dependency map as the SVG the map screen exports (no
 * filter), for documents that embed it as a picture. Null for a plan with
 * nothing to draw. Loaded by the export worker only when a format asks, since
 * it brings elkjs.
 */
export async function planMapSvg(snapshot: PlanSnapshot, analysis: PlanAnalysis): Promise<string | null> {
  const graph = buildMapGraph({ ...snapshot, mtdThreshold: snapshot.plan.mtdThreshold, analysis });
  if (graph.nodes.length === 0) return null;
  const layout = await layoutMap(graph);
  return mapToSvg(layout, graph, { title: snapshot.plan.name, subtitle: 'Dependency map' });
}
