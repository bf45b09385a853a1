import type { LayoutOptions, MapLayout } from '../../../shared/map/map-layout';
import type { MapGraph } from '../../../shared/map/map-model';

/** What the screen asks the layout worker; `id` lets the screen drop answers to questions it no longer asks. */
export interface LayoutRequest {
  id: number;
  graph: MapGraph;
  options: LayoutOptions;
}

export type LayoutResponse =
  { id: number; status: 'done'; layout: MapLayout } | { id: number; status: 'failed'; message: string };
