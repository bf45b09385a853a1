import { describe, expect, it } from 'vitest';
import { layoutMap, NODE_SIZE, type MapLayout } from '../../../shared/map/map-layout';
import { buildMapGraph, type MapGraph } from '../../../shared/map/map-model';
import { needs, sampleInput, system } from './sample-map';

function overlaps(layout: MapLayout): string[] {
  const found: string[] = [];
  layout.nodes.forEach((a, index) => {
    for (const b of layout.nodes.slice(index + 1)) {
      const apart =
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      if (!apart) found.push(`${a.id}/${b.id}`);
    }
  });
  return found;
}

describe('layoutMap', () => {
  const graph = buildMapGraph(sampleInput());

  it('places every node at its fixed size, inside the picture, without overlaps', async () => {
    const layout = await layoutMap(graph);
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    for (const box of layout.nodes) {
      const kind = graph.nodes.find((node) => node.id === box.id)?.kind ?? 'system';
      expect([box.width, box.height]).toEqual([NODE_SIZE[kind].width, NODE_SIZE[kind].height]);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
    expect(overlaps(layout)).toEqual([]);
  });

  it('puts every dependent above what it needs (outside cycles), and routes each edge', async () => {
    const layout = await layoutMap(graph);
    const box = new Map(layout.nodes.map((node) => [node.id, node]));
    const cyclic = new Set(graph.nodes.filter((node) => node.inCycle).map((node) => node.id));
    for (const edge of graph.edges) {
      if (cyclic.has(edge.from) && cyclic.has(edge.to)) continue;
      const from = box.get(edge.from);
      const to = box.get(edge.to);
      expect(from && to && from.y + from.height < to.y, `${edge.from} above ${edge.to}`).toBe(true);
    }
    expect(layout.edges.map((edge) => edge.id)).toEqual(graph.edges.map((edge) => edge.id));
    for (const route of layout.edges) expect(route.points.length).toBeGreaterThanOrEqual(2);
  });

  it('puts what is needed to the right when asked', async () => {
    const layout = await layoutMap(graph, { direction: 'RIGHT' });
    const box = new Map(layout.nodes.map((node) => [node.id, node]));
    const shop = box.get('shop');
    const db = box.get('db');
    expect(shop && db && shop.x + shop.width < db.x).toBe(true);
  });

  it('gives the same picture for the same map', async () => {
    const first = await layoutMap(graph);
    const second = await layoutMap(buildMapGraph(sampleInput()));
    expect(second).toEqual(first);
  });

  it('lays out an empty map, and a long chain top to bottom', async () => {
    expect(await layoutMap({ nodes: [], edges: [] })).toEqual({ width: 0, height: 0, nodes: [], edges: [] });
    const systems = Array.from({ length: 60 }, (_, index) => system(`s${index}`));
    const dependencies = systems
      .slice(1)
      .map((entry, index) => needs(`d${index}`, entry.id, 'hard', `s${index}`));
    const chain: MapGraph = buildMapGraph(sampleInput({ systems, processes: [], dependencies }));
    const layout = await layoutMap(chain);
    expect(overlaps(layout)).toEqual([]);
    const ys = systems.map((entry) => layout.nodes.find((node) => node.id === entry.id)?.y ?? 0);
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
  });
});
