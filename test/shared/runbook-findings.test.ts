import { describe, expect, it } from 'vitest';
import { processesStoppedBy } from '../../shared/analysis/mtd';
import { buildGraph } from '../../shared/analysis/failure-graph';
import { FINDING_CODES } from '../../shared/analysis/findings';
import { recoveryTimes, systemDurations } from '../../shared/analysis/recovery-time';
import {
  missingRunbookFindings,
  recoveryMtdFindings,
  runbookRtoFindings,
} from '../../shared/analysis/runbook-findings';
import type { Dependency } from '../../shared/model/dependency';
import { emptyImpactGrid, withRating } from '../../shared/model/impact';
import { newProcessDefaults, processSchema, type BusinessProcess } from '../../shared/model/process';
import { newStepDefaults, type Runbook, type Step } from '../../shared/model/runbook';
import { newSystemDefaults, systemSchema, type System } from '../../shared/model/system';

const PLAN_ID = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const STAMP = '2026-11-22T10:00:00.000Z';

let count = 0;
function system(name: string, overrides: Partial<System> = {}): System {
  count += 1;
  return systemSchema.parse({
    id: crypto.randomUUID(),
    planId: PLAN_ID,
    ...newSystemDefaults(name),
    owner: 'IT operations',
    position: count,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

function step(title: string, estimatedMinutes: number | null, waitsFor: Step[] = []): Step {
  return {
    id: crypto.randomUUID(),
    ...newStepDefaults(title),
    estimatedMinutes,
    waitsFor: waitsFor.map((earlier) => earlier.id),
  };
}

type RunbookFacts = Pick<Runbook, 'systemId' | 'title' | 'steps'>;
const runbook = (owner: System, steps: Step[], title = `Recover ${owner.name}`): RunbookFacts => ({
  systemId: owner.id,
  title,
  steps,
});

describe('the runbook finding codes', () => {
  it('are appended to the published codes', () => {
    const first = FINDING_CODES.indexOf('MISSING_RUNBOOK');
    expect(FINDING_CODES.slice(first, first + 3)).toEqual([
      'MISSING_RUNBOOK',
      'RUNBOOK_EXCEEDS_RTO',
      'RECOVERY_EXCEEDS_MTD',
    ]);
  });
});

describe('MISSING_RUNBOOK', () => {
  it('is high for tier 0–1, medium for tier 2, and nothing for tier 3–4 or an unknown tier', () => {
    const systems = [0, 1, 2, 3, 4, null].map((tier) =>
      system(`Tier ${String(tier)}`, { tier: tier === null ? null : systemSchema.shape.tier.parse(tier) }),
    );
    const found = missingRunbookFindings(systems, []);
    expect(found.map((finding) => [finding.subject.name, finding.severity])).toEqual([
      ['Tier 0', 'high'],
      ['Tier 1', 'high'],
      ['Tier 2', 'medium'],
    ]);
    expect(found[1]).toEqual({
      code: 'MISSING_RUNBOOK',
      severity: 'high',
      subject: { kind: 'system', id: systems[1]?.id, name: 'Tier 1' },
      field: 'runbook',
      message:
        'Tier 1 – Mission-critical system without a runbook: nobody has written down how to recover it.',
      fix: 'Write a runbook: what to do, who does each step, about how long it takes, and how to check it worked.',
    });
  });

  it('is satisfied by a runbook with steps, not by one still empty or by another system’s', () => {
    const db = system('Order database', { tier: 1 });
    const web = system('Web shop', { tier: 1 });
    expect(missingRunbookFindings([db], [runbook(db, [step('Restore', 60)])])).toEqual([]);
    expect(missingRunbookFindings([db], [runbook(web, [step('Restore', 60)])])).toHaveLength(1);
    const empty = missingRunbookFindings([db], [runbook(db, [], 'Restore the orders')]);
    expect(empty.map((finding) => [finding.message, finding.fix])).toEqual([
      [
        'Tier 1 – Mission-critical system whose runbook “Restore the orders” has no steps yet: nobody has written down how to recover it.',
        'Add the recovery steps to “Restore the orders”: what to do, who does each step, about how long it takes, and how to check it worked.',
      ],
    ]);
  });
});

describe('RUNBOOK_EXCEEDS_RTO', () => {
  const declare = step('Declare', 15);
  const restore = step('Restore the database', 120, [declare]);
  const dns = step('Fail over DNS', 30, [declare]);
  const check = step('Test an order', 25, [restore, dns]);
  const steps = [declare, restore, dns, check];

  it('accepts a runbook exactly as long as the RTO', () => {
    const db = system('Order database', { rto: 160 });
    expect(runbookRtoFindings([db], [runbook(db, steps)])).toEqual([]);
  });

  it('reports a runbook one minute longer than the RTO, naming its longest chain', () => {
    const db = system('Order database', { rto: 159 });
    expect(runbookRtoFindings([db], [runbook(db, steps)])).toEqual([
      {
        code: 'RUNBOOK_EXCEEDS_RTO',
        severity: 'high',
        subject: { kind: 'system', id: db.id, name: 'Order database' },
        field: 'runbook',
        message:
          'Its runbook “Recover Order database” takes 2 h 40 min along its longest chain of steps (steps 1, 2 and 4), longer than its RTO of 2 h 39 min.',
        fix: 'Shorten the steps on that chain or let more of them run in parallel so it fits in 2 h 39 min, or agree an RTO of at least 2 h 40 min.',
      },
    ]);
  });

  it('reports a lower bound that already exceeds the RTO, and says estimates are missing', () => {
    const db = system('Order database', { rto: 60 });
    const first = step('Restore', 90);
    const [found] = runbookRtoFindings([db], [runbook(db, [first, step('Check', null, [first])])]);
    expect(found?.message).toBe(
      'Its runbook “Recover Order database” takes at least 1 h 30 min (1 step has no estimate yet) along its longest chain of steps (step 1), longer than its RTO of 1 h.',
    );
  });

  it('judges every runbook of the system, and says nothing without an RTO', () => {
    const db = system('Order database', { rto: 60 });
    const found = runbookRtoFindings(
      [db, system('No RTO')],
      [runbook(db, [step('Restore', 30)], 'Server crash'), runbook(db, [step('Rebuild', 240)], 'Site loss')],
    );
    expect(found.map((finding) => finding.message)).toEqual([
      'Its runbook “Site loss” takes 4 h along its longest chain of steps (step 1), longer than its RTO of 1 h.',
    ]);
  });
});

describe('RECOVERY_EXCEEDS_MTD', () => {
  const network = system('Network', { mtdOverride: 600 });
  const db = system('Order database', { mtdOverride: 600 });
  const shop = system('Web shop', { wrt: 60, mtdOverride: 600 });
  const needs = (
    dependent: System,
    target: System,
  ): Pick<Dependency, 'dependentId' | 'kind' | 'targetIds'> => ({
    dependentId: dependent.id,
    kind: 'hard',
    targetIds: [target.id],
  });
  const graph = buildGraph({
    systems: [network, db, shop],
    processes: [],
    dependencies: [needs(shop, db), needs(db, network)],
  });

  function analyse(systems: System[], runbooks: RunbookFacts[], processes: BusinessProcess[] = []) {
    return recoveryMtdFindings({
      systems,
      processes,
      mtdThreshold: 'severe',
      recovery: recoveryTimes(graph, systemDurations(runbooks)),
      stops: processesStoppedBy(graph),
    });
  }
  const books = (shopMinutes: number) => [
    runbook(network, [step('Replace the switch', 240)]),
    runbook(db, [step('Restore', 180)]),
    runbook(shop, [step('Redeploy', shopMinutes)]),
  ];

  it('accepts recovery plus WRT exactly equal to the MTD', () => {
    expect(analyse([network, db, shop], books(120))).toEqual([]);
  });

  it('is critical one minute over, naming the chain it waits for and the WRT', () => {
    expect(analyse([network, db, shop], books(121))).toEqual([
      {
        code: 'RECOVERY_EXCEEDS_MTD',
        severity: 'critical',
        subject: { kind: 'system', id: shop.id, name: 'Web shop' },
        related: [network.id, db.id],
        field: 'runbook',
        message:
          'Recovering it takes 9 h 1 min, because its runbook can only start once “Network” and “Order database” are back; with its WRT of 1 h that makes 10 h 1 min: longer than its MTD of 10 h.',
        fix: 'Shorten the runbooks along “Network” → “Order database” → “Web shop” or run more of their steps in parallel, give what it needs a standby that is back sooner, or check the MTD with the process owner.',
      },
    ]);
  });

  it('reports a certain breach even when some runbooks are missing, as "at least"', () => {
    const found = analyse([network, db, shop], [runbook(network, [step('Replace the switch', 660)])]);
    expect(found.map((finding) => [finding.subject.name, finding.message])).toEqual([
      ['Network', 'Recovering it takes 11 h: longer than its MTD of 10 h.'],
      [
        'Order database',
        'Recovering it takes at least 11 h, because its runbook can only start once “Network” is back: longer than its MTD of 10 h.',
      ],
      [
        'Web shop',
        'Recovering it takes at least 11 h, because its runbook can only start once “Network” and “Order database” are back; with its WRT of 1 h that makes 12 h: longer than its MTD of 10 h.',
      ],
    ]);
    expect(found[0]?.fix).toBe(
      'Shorten its runbook or run more of its steps in parallel so recovery and WRT fit in 10 h, or check the MTD with the process owner.',
    );
  });

  it('takes the MTD from the processes the system supports, and says which', () => {
    const orders: BusinessProcess = processSchema.parse({
      id: crypto.randomUUID(),
      planId: PLAN_ID,
      ...newProcessDefaults('Take orders'),
      systemIds: [network.id],
      impact: withRating(emptyImpactGrid(), 'financial', 1, 'severe'),
      position: 0,
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    const plain = { ...network, mtdOverride: null };
    const [found] = analyse([plain], [runbook(plain, [step('Replace the switch', 300)])], [orders]);
    expect(found?.message).toBe('Recovering it takes 5 h: longer than its MTD of 4 h (from “Take orders”).');
  });

  it('says nothing without an MTD, or for a system with no recovery order', () => {
    const noMtd = { ...shop, mtdOverride: null };
    expect(analyse([network, db, noMtd], books(900)).map((finding) => finding.subject.name)).toEqual([]);
    const a = system('A', { mtdOverride: 1 });
    const b = system('B', { mtdOverride: 1 });
    const cycle = buildGraph({ systems: [a, b], processes: [], dependencies: [needs(a, b), needs(b, a)] });
    expect(
      recoveryMtdFindings({
        systems: [a, b],
        processes: [],
        mtdThreshold: 'severe',
        recovery: recoveryTimes(
          cycle,
          systemDurations([runbook(a, [step('x', 60)]), runbook(b, [step('y', 60)])]),
        ),
        stops: processesStoppedBy(cycle),
      }),
    ).toEqual([]);
  });
});
