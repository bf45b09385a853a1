import { describe, expect, it } from 'vitest';
import {
  buildMapGraph,
  filterMapGraph,
  NO_FILTER,
  reachableFrom,
  searchMap,
} from '../../../shared/map/map-model';
import { needs, process, sampleInput, system } from './sample-map';

describe('buildMapGraph', () => {
  const graph = buildMapGraph(sampleInput());
  const node = (id: string) => graph.nodes.find((candidate) => candidate.id === id);

  it('has every process and system, processes first, with tier, SPOF, cycle and wave from the analysis', () => {
    expect(graph.nodes.map((entry) => entry.id)).toEqual([
      'orders',
      'payroll',
      'power',
      'network',
      'fibre',
      'lte',
      'db',
      'shop',
      'email',
      'x',
      'y',
      'lonely',
    ]);
    expect(node('orders')).toMatchObject({ kind: 'process', label: 'Take orders', tier: 1, wave: null });
    expect(node('power')).toMatchObject({
      kind: 'system',
      systemType: 'facility',
      tier: 0,
      isSpof: true,
      wave: 1,
    });
    // Redundant: not a single point of failure even though the shop needs it.
    expect(node('db')).toMatchObject({ isSpof: false, wave: 3 });
    expect(node('x')).toMatchObject({ inCycle: true, wave: null });
    expect(node('y')).toMatchObject({ inCycle: true });
    expect(node('lonely')).toMatchObject({ tier: null, isSpof: false, inCycle: false, wave: 1 });
  });

  it('draws one edge per target, from the dependent, with the kind and a group for alternatives', () => {
    const edges = graph.edges.map((edge) => [edge.from, edge.to, edge.kind, edge.groupId]);
    expect(edges).toEqual([
      ['network', 'power', 'hard', null],
      ['db', 'network', 'hard', null],
      ['shop', 'db', 'hard', null],
      ['shop', 'fibre', 'alternatives', 'd4'],
      ['shop', 'lte', 'alternatives', 'd4'],
      ['shop', 'email', 'degraded', null],
      ['x', 'y', 'hard', null],
      ['y', 'x', 'hard', null],
      ['payroll', 'y', 'hard', null],
      ['orders', 'shop', 'hard', null],
    ]);
    expect(graph.edges.find((edge) => edge.from === 'orders')).toMatchObject({
      id: 'link:orders:shop',
      dependencyId: null,
    });
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
  });

  it('leaves out links to records that are gone, and draws a process need recorded twice once', () => {
    const small = buildMapGraph(
      sampleInput({
        systems: [system('a', { name: '' }), system('b')],
        processes: [process('p', ['a', 'gone'], { name: '' })],
        dependencies: [
          needs('d1', 'a', 'hard', 'b', 'gone'),
          needs('d2', 'p', 'hard', 'a'),
          needs('d3', 'gone', 'hard', 'a'),
        ],
      }),
    );
    expect(small.nodes.map((entry) => entry.label)).toEqual(['Unnamed process', 'Unnamed system', 'b']);
    expect(small.edges.map((edge) => edge.id)).toEqual(['d1:b', 'd2:a']);
  });
});

describe('filterMapGraph', () => {
  const graph = buildMapGraph(sampleInput());
  const ids = (filtered: ReturnType<typeof filterMapGraph>) => filtered.nodes.map((node) => node.id);

  it('keeps everything without a filter', () => {
    expect(filterMapGraph(graph, NO_FILTER)).toEqual(graph);
  });

  it('by process: the process and everything it needs, through every kind of need', () => {
    expect(ids(filterMapGraph(graph, { processId: 'orders', tier: null }))).toEqual([
      'orders',
      'power',
      'network',
      'fibre',
      'lte',
      'db',
      'shop',
      'email',
    ]);
    const payroll = filterMapGraph(graph, { processId: 'payroll', tier: null });
    expect(ids(payroll)).toEqual(['payroll', 'x', 'y']);
    expect(payroll.edges.map((edge) => edge.id)).toEqual(['d6:y', 'd7:x', 'd8:y']);
    expect(reachableFrom(graph, 'missing').size).toBe(0);
  });

  it('by tier, alone or with a process; edges only between what is kept', () => {
    expect(ids(filterMapGraph(graph, { processId: null, tier: 0 }))).toEqual(['power', 'network']);
    expect(filterMapGraph(graph, { processId: null, tier: 0 }).edges.map((edge) => edge.id)).toEqual([
      'd1:power',
    ]);
    expect(ids(filterMapGraph(graph, { processId: null, tier: 'unset' }))).toEqual(['payroll', 'lonely']);
    expect(ids(filterMapGraph(graph, { processId: 'orders', tier: 1 }))).toEqual(['orders', 'db', 'shop']);
  });
});

describe('searchMap', () => {
  const graph = buildMapGraph(
    sampleInput({ systems: [system('r', { name: 'Réseau central' }), system('s', { name: 'Serveur' })] }),
  );
  it('finds by part of the name, ignoring case and accents; nothing for an empty query', () => {
    expect(searchMap(graph, 'RESEAU').map((node) => node.id)).toEqual(['r']);
    expect(searchMap(graph, 'e').map((node) => node.id)).toEqual(['orders', 'r', 's']);
    expect(searchMap(graph, '  ')).toEqual([]);
  });
});
