import { describe, expect, it } from 'vitest';
import { analysePlan, ANALYSIS_VERSION } from '../../shared/analysis/plan-analysis';
import type { Dependency } from '../../shared/model/dependency';
import { newProcessDefaults, type BusinessProcess } from '../../shared/model/process';
import { newSystemDefaults, type System } from '../../shared/model/system';
import { NO_PEOPLE } from '../support/no-people';

const STAMP = '2026-11-22T10:00:00.000Z';
const PLAN = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';

function system(id: string, overrides: Partial<System> = {}): System {
  return {
    id,
    planId: PLAN,
    ...newSystemDefaults(id),
    owner: 'IT',
    position: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

function needs(dependentId: string, kind: Dependency['kind'], ...targetIds: string[]) {
  return { dependentId, kind, targetIds };
}

const shop: BusinessProcess = {
  id: 'shop',
  planId: PLAN,
  ...newProcessDefaults('Take orders'),
  owner: 'Sales',
  systemIds: ['app'],
  mtdOverride: 240,
  mtdOverrideReason: 'Customers leave after a morning without the shop.',
  position: 0,
  createdAt: STAMP,
  updatedAt: STAMP,
};

const systems = [
  system('power', { tier: 0, rto: 30 }),
  system('network', { tier: 0, rto: 30 }),
  system('isp1', { tier: 2, rto: 60 }),
  system('isp2', { tier: 2, rto: 240 }),
  system('db', { tier: 1, rto: 120, redundancy: { mode: 'active-passive' } }),
  system('app', { tier: 1, rto: 60 }),
  system('x', { tier: 3 }),
  system('y', { tier: 3 }),
  system('z', { tier: 3 }),
];

const dependencies = [
  needs('network', 'hard', 'power'),
  needs('isp1', 'hard', 'network'),
  needs('db', 'hard', 'network'),
  needs('app', 'hard', 'db'),
  needs('app', 'alternatives', 'isp1', 'isp2'),
  needs('x', 'hard', 'y'),
  needs('y', 'hard', 'x'),
  needs('z', 'hard', 'x'),
];

describe('analysePlan', () => {
  const analysis = analysePlan({
    ...NO_PEOPLE,
    mtdThreshold: 'severe',
    systems,
    processes: [shop],
    dependencies,
    today: '2026-11-22',
  });

  it('orders recovery in waves and reports cycles with what waits on them', () => {
    expect(analysis.version).toBe(ANALYSIS_VERSION);
    expect(analysis.waves).toEqual([
      { wave: 1, systemIds: ['power', 'isp2'] },
      { wave: 2, systemIds: ['network'] },
      { wave: 3, systemIds: ['isp1', 'db'] },
      { wave: 4, systemIds: ['app'] },
    ]);
    expect(analysis.cycles).toEqual([['x', 'y']]);
    expect(analysis.systems.find((entry) => entry.id === 'z')).toMatchObject({ wave: null });
    const cycle = analysis.findings.filter((finding) => finding.code === 'DEPENDENCY_CYCLE');
    expect(cycle.map((finding) => [finding.severity, finding.subject.id, finding.related])).toEqual([
      ['high', 'x', ['y']],
      ['medium', 'z', undefined],
    ]);
    expect(cycle[0]?.message).toBe(
      'x and y each need the other to run, so none of them can be recovered first.',
    );
  });

  it('finds single points of failure, and not the redundant database or one of two links', () => {
    expect(analysis.spofs.map((spof) => [spof.id, spof.worstTier])).toEqual([
      // The power takes the tier-0 network down; the network's own tier does not count for itself.
      ['power', 0],
      ['network', 1],
      ['app', 1],
    ]);
    const spof = analysis.findings.find(
      (finding) => finding.code === 'SPOF' && finding.subject.id === 'power',
    );
    expect(spof).toMatchObject({
      severity: 'critical',
      message:
        'A single point of failure: it has no redundancy, and when it fails it takes down 4 systems and 1 process, up to tier 0.',
    });
  });

  it('flags an RTO shorter than what the system needs, using the quickest of an alternatives group', () => {
    const conflicts = analysis.findings.filter((finding) => finding.code === 'RTO_DEPENDENCY_CONFLICT');
    expect(conflicts).toEqual([
      expect.objectContaining({
        severity: 'high',
        subject: { kind: 'system', id: 'app', name: 'app' },
        related: ['db'],
        message: 'Its RTO of 1 h cannot be met: it needs db, whose RTO is 2 h.',
      }),
    ]);
  });

  it('lists every system with its wave, tier, objectives and MTD, and the findings most severe first', () => {
    const { recovery, ...app } = analysis.systems.find((entry) => entry.id === 'app') ?? {};
    // No runbooks: its own work is unknown, so its recovery time is too.
    expect(recovery?.minutes).toBeNull();
    expect(app).toEqual({
      id: 'app',
      name: 'app',
      tier: 1,
      wave: 4,
      rto: 60,
      rpo: null,
      wrt: null,
      mtd: 240,
      runbookMinutes: null,
      durationSource: null,
    });
    const order = ['critical', 'high', 'medium', 'low'];
    const ranks = analysis.findings.map((finding) => order.indexOf(finding.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
