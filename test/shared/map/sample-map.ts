import { analysePlan } from '../../../shared/analysis/plan-analysis';
import type { Dependency } from '../../../shared/model/dependency';
import { newProcessDefaults, type BusinessProcess } from '../../../shared/model/process';
import { newSystemDefaults, type System } from '../../../shared/model/system';
import type { MapInput } from '../../../shared/map/map-model';
import { NO_PEOPLE } from '../../support/no-people';

const STAMP = '2026-11-22T10:00:00.000Z';
const PLAN = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';

export function system(id: string, overrides: Partial<System> = {}): System {
  return {
    id,
    planId: PLAN,
    ...newSystemDefaults(id),
    position: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

export function process(id: string, systemIds: string[], overrides: Partial<BusinessProcess> = {}) {
  return {
    id,
    planId: PLAN,
    ...newProcessDefaults(id),
    systemIds,
    position: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  } satisfies BusinessProcess;
}

export function needs(id: string, dependentId: string, kind: Dependency['kind'], ...targetIds: string[]) {
  return { id, dependentId, kind, targetIds };
}

/** A small plan: an order process on a shop, two internet links, a power SPOF, a cycle and an email workaround. */
export function sampleInput(overrides: Partial<Omit<MapInput, 'analysis'>> = {}): MapInput {
  const systems = overrides.systems ?? [
    system('power', { name: 'Power', tier: 0, type: 'facility' }),
    system('network', { name: 'Network', tier: 0, type: 'infrastructure' }),
    system('fibre', { name: 'Fibre line', tier: 2, type: 'third-party-service' }),
    system('lte', { name: '4G backup', tier: 2, type: 'third-party-service' }),
    system('db', {
      name: 'Order database',
      tier: 1,
      type: 'data-store',
      redundancy: { mode: 'active-passive' },
    }),
    system('shop', { name: 'Web shop', tier: 1 }),
    system('email', { name: 'Email', tier: 3, type: 'third-party-service' }),
    system('x', { name: 'Ledger', tier: 3 }),
    system('y', { name: 'Billing', tier: 3 }),
    system('lonely', { name: 'Archive' }),
  ];
  const processes = overrides.processes ?? [
    process('orders', ['shop'], { name: 'Take orders', tierOverride: 1 }),
    process('payroll', [], { name: 'Pay staff' }),
  ];
  const dependencies = overrides.dependencies ?? [
    needs('d1', 'network', 'hard', 'power'),
    needs('d2', 'db', 'hard', 'network'),
    needs('d3', 'shop', 'hard', 'db'),
    needs('d4', 'shop', 'alternatives', 'fibre', 'lte'),
    needs('d5', 'shop', 'degraded', 'email'),
    needs('d6', 'x', 'hard', 'y'),
    needs('d7', 'y', 'hard', 'x'),
    needs('d8', 'payroll', 'hard', 'y'),
  ];
  const mtdThreshold = overrides.mtdThreshold ?? 'severe';
  const analysis = analysePlan({
    ...NO_PEOPLE,
    systems,
    processes,
    dependencies,
    mtdThreshold,
    today: '2026-11-22',
  });
  return { systems, processes, dependencies, mtdThreshold, analysis };
}
