import { describe, expect, it } from 'vitest';
import { OUTAGE_VERSION, simulateOutage, type OutageInput } from '../../shared/analysis/outage';
import type { Dependency } from '../../shared/model/dependency';
import { newProcessDefaults, type BusinessProcess } from '../../shared/model/process';
import { newStepDefaults, type Step } from '../../shared/model/runbook';
import { newSystemDefaults, type System } from '../../shared/model/system';

const STAMP = '2026-11-22T10:00:00.000Z';
const PLAN = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';

function system(id: string, overrides: Partial<System> = {}): System {
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

function process(id: string, systemIds: string[], mtd: number | null): BusinessProcess {
  return {
    id,
    planId: PLAN,
    ...newProcessDefaults(id),
    systemIds,
    mtdOverride: mtd,
    position: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

function needs(dependentId: string, kind: Dependency['kind'], ...targetIds: string[]) {
  return { dependentId, kind, targetIds, workaround: '' };
}

function plan(
  systems: System[],
  dependencies: OutageInput['dependencies'],
  processes: BusinessProcess[] = [],
  runbooks: OutageInput['runbooks'] = [],
): OutageInput {
  return { mtdThreshold: 'severe', systems, processes, dependencies, runbooks };
}

const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

describe('simulateOutage', () => {
  // power → network → db → app; the shop needs the app and must run again within 4 hours.
  const chain = (appWrt: number | null) =>
    plan(
      [
        system('power', { rto: 30 }),
        system('network', { rto: 30 }),
        system('db', { rto: 120 }),
        system('app', { rto: 60, wrt: appWrt }),
        system('mail', { rto: 30 }),
      ],
      [needs('network', 'hard', 'power'), needs('db', 'hard', 'network'), needs('app', 'hard', 'db')],
      [process('shop', ['app'], 240), process('payroll', ['mail'], 60)],
    );

  it('takes a hard chain down, recovers it in waves, and waits on the slowest need', () => {
    const outage = simulateOutage(chain(60), ['power']);
    expect(outage.version).toBe(OUTAGE_VERSION);
    expect(outage.failedIds).toEqual(['power']);
    expect(ids(outage.down)).toEqual(['power', 'network', 'db', 'app']);
    expect(outage.waves).toEqual([
      { wave: 1, systemIds: ['power'] },
      { wave: 2, systemIds: ['network'] },
      { wave: 3, systemIds: ['db'] },
      { wave: 4, systemIds: ['app'] },
    ]);
    expect(outage.down.find((entry) => entry.id === 'app')).toEqual({
      id: 'app',
      name: 'app',
      tier: null,
      failed: false,
      causes: ['db'],
      wave: 4,
      rto: 60,
      wrt: 60,
      mtd: 240,
      back: { minutes: 120, atLeast: 120 },
      basis: 'rto',
      ready: { minutes: 180, atLeast: 180 },
      waitsOn: 'db',
      breach: false,
    });
    expect(outage.down.find((entry) => entry.id === 'power')).toMatchObject({
      failed: true,
      causes: [],
      waitsOn: null,
    });
    expect(outage.stoppedProcesses).toEqual([
      {
        id: 'shop',
        name: 'shop',
        tier: 1,
        causes: ['app'],
        back: { minutes: 180, atLeast: 180 },
        waitsOn: 'app',
        mtd: 240,
        breach: false,
      },
    ]);
    expect(outage.breaches).toEqual({ systems: 0, processes: 0 });
  });

  it('marks an MTD breached when the work recovery time pushes past it', () => {
    const outage = simulateOutage(chain(180), ['power']);
    expect(outage.down.find((entry) => entry.id === 'app')).toMatchObject({
      ready: { minutes: 300, atLeast: 300 },
      breach: true,
    });
    expect(outage.stoppedProcesses[0]).toMatchObject({ back: { minutes: 300, atLeast: 300 }, breach: true });
    expect(outage.breaches).toEqual({ systems: 1, processes: 1 });
  });

  it('keeps a system up while one of its alternatives is, and waits on the quickest once all are down', () => {
    const input = plan(
      [
        system('isp1', { rto: 240 }),
        system('isp2', { rto: 90 }),
        system('office', { rto: 30 }),
        system('phones', { rto: 30 }),
      ],
      [needs('office', 'alternatives', 'isp1', 'isp2'), needs('phones', 'hard', 'office')],
    );
    const partly = simulateOutage(input, ['isp1']);
    expect(ids(partly.down)).toEqual(['isp1']);
    expect(partly.waves).toEqual([{ wave: 1, systemIds: ['isp1'] }]);

    const fully = simulateOutage(input, ['isp2', 'isp1']);
    expect(fully.failedIds).toEqual(['isp1', 'isp2']);
    expect(ids(fully.down)).toEqual(['isp1', 'isp2', 'office', 'phones']);
    expect(fully.waves).toEqual([
      { wave: 1, systemIds: ['isp1', 'isp2'] },
      { wave: 2, systemIds: ['office'] },
      { wave: 3, systemIds: ['phones'] },
    ]);
    expect(fully.down.find((entry) => entry.id === 'office')).toMatchObject({
      causes: ['isp1', 'isp2'],
      back: { minutes: 90, atLeast: 90 },
      waitsOn: 'isp2',
    });
    expect(fully.down.find((entry) => entry.id === 'phones')).toMatchObject({
      back: { minutes: 90, atLeast: 90 },
      waitsOn: 'office',
    });
  });

  it('lists degraded systems and processes with the workaround written down, without spreading', () => {
    const input = plan(
      [system('crm', { rto: 60 }), system('sales'), system('reports'), system('mail')],
      [
        { ...needs('sales', 'degraded', 'crm'), workaround: ' Orders are taken on paper. ' },
        needs('reports', 'hard', 'sales'),
        needs('invoicing', 'degraded', 'crm'),
        needs('sales', 'degraded', 'mail'),
      ],
      [process('invoicing', [], null)],
    );
    const outage = simulateOutage(input, ['crm', 'mail']);
    expect(ids(outage.down)).toEqual(['crm', 'mail']);
    expect(outage.degraded).toEqual([
      {
        id: 'sales',
        name: 'sales',
        by: [
          { id: 'crm', workaround: 'Orders are taken on paper.' },
          { id: 'mail', workaround: '' },
        ],
      },
    ]);
    expect(outage.degradedProcesses).toEqual([
      { id: 'invoicing', name: 'invoicing', by: [{ id: 'crm', workaround: '' }] },
    ]);
    expect(outage.stoppedProcesses).toEqual([]);
  });

  it('gives no wave or back time to a cycle and what waits on it', () => {
    const input = plan(
      [system('x', { rto: 60 }), system('y', { rto: 60 }), system('z', { rto: 60, mtdOverride: 30 })],
      [needs('x', 'hard', 'y'), needs('y', 'hard', 'x'), needs('z', 'hard', 'x')],
    );
    const outage = simulateOutage(input, ['x']);
    expect(ids(outage.down)).toEqual(['x', 'y', 'z']);
    expect(outage.waves).toEqual([]);
    expect(outage.cycles).toEqual([['x', 'y']]);
    expect(outage.down.find((entry) => entry.id === 'z')).toMatchObject({
      wave: null,
      back: { minutes: null, atLeast: null },
      ready: { minutes: null, atLeast: null },
      waitsOn: null,
      breach: false,
    });
  });

  it('says a back time is unknown when an RTO is missing, keeps what is certain, and still sees a sure breach', () => {
    const input = plan(
      [
        system('db', { rto: null }),
        system('app', { rto: 90, mtdOverride: 60 }),
        system('slow', { rto: 300 }),
        system('isp1', { rto: 60 }),
        system('isp2', { rto: null }),
        system('office', { rto: 30 }),
      ],
      [
        needs('app', 'hard', 'db'),
        needs('isp2', 'hard', 'slow'),
        needs('office', 'alternatives', 'isp1', 'isp2'),
      ],
      [process('shop', ['app'], 600)],
    );
    const outage = simulateOutage(input, ['db', 'slow', 'isp1']);
    const entry = (id: string) => outage.down.find((candidate) => candidate.id === id);
    expect(entry('db')).toMatchObject({ back: { minutes: null, atLeast: 0 }, wave: 1 });
    // Its own 90 min is certain, so is the breach of its 60 min MTD, whatever the database takes.
    expect(entry('app')).toMatchObject({ back: { minutes: null, atLeast: 90 }, waitsOn: null, breach: true });
    // isp2 cannot be back before "slow" (5 h): isp1, back in 1 h, is the quicker for sure.
    expect(entry('isp2')).toMatchObject({ back: { minutes: null, atLeast: 300 } });
    expect(entry('office')).toMatchObject({ back: { minutes: 60, atLeast: 60 }, waitsOn: 'isp1' });
    expect(outage.stoppedProcesses[0]).toMatchObject({
      back: { minutes: null, atLeast: 90 },
      breach: false,
    });
  });

  it('reports picked ids that are not systems of the plan and ignores them', () => {
    const outage = simulateOutage(plan([system('a'), system('b')], []), ['gone', 'b', 'a', 'b']);
    expect(outage.failedIds).toEqual(['a', 'b']);
    expect(outage.unknownIds).toEqual(['gone']);
    expect(simulateOutage(plan([system('a')], []), [])).toMatchObject({
      down: [],
      waves: [],
      breaches: { systems: 0, processes: 0 },
    });
  });
});

describe('simulateOutage with runbooks', () => {
  const book = (systemId: string, ...estimates: (number | null)[]) => {
    const steps: Step[] = [];
    for (const estimate of estimates) {
      const previous = steps.at(-1);
      steps.push({
        id: crypto.randomUUID(),
        ...newStepDefaults('Step'),
        estimatedMinutes: estimate,
        waitsFor: previous ? [previous.id] : [],
      });
    }
    return { systemId, steps };
  };
  const systems = () => [
    system('network', { rto: 30 }),
    system('db', { rto: 120 }),
    system('app', { rto: 60, wrt: 30 }),
  ];
  const links = [needs('db', 'hard', 'network'), needs('app', 'hard', 'db')];

  it('starts a runbook once what it needs is back, and says the time rests on it', () => {
    // network by its RTO (30), db's runbook 45 + 45 after it (120), app's runbook 30 after db (150).
    const outage = simulateOutage(
      plan(systems(), links, [process('shop', ['app'], 240)], [book('db', 45, 45), book('app', 30)]),
      ['network'],
    );
    const entry = (id: string) => outage.down.find((candidate) => candidate.id === id);
    expect(entry('network')).toMatchObject({ basis: 'rto', back: { minutes: 30, atLeast: 30 } });
    expect(entry('db')).toMatchObject({
      basis: 'runbook',
      back: { minutes: 120, atLeast: 120 },
      waitsOn: null,
    });
    expect(entry('app')).toMatchObject({
      basis: 'runbook',
      back: { minutes: 150, atLeast: 150 },
      ready: { minutes: 180, atLeast: 180 },
      waitsOn: 'db',
    });
    expect(outage.stoppedProcesses[0]?.back).toEqual({ minutes: 180, atLeast: 180 });
  });

  it('gives only a lower bound while a step has no estimate', () => {
    const outage = simulateOutage(plan(systems(), links, [], [book('db', 45, null)]), ['db']);
    expect(outage.down.find((entry) => entry.id === 'db')).toMatchObject({
      basis: 'runbook',
      back: { minutes: null, atLeast: 45 },
    });
  });

  it('is late on its own when its runbook is longer than its RTO', () => {
    const outage = simulateOutage(plan(systems(), links, [], [book('network', 20, 40)]), ['network']);
    expect(outage.down.find((entry) => entry.id === 'network')).toMatchObject({
      back: { minutes: 60, atLeast: 60 },
      waitsOn: null,
    });
  });
});
