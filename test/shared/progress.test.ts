import { describe, expect, it } from 'vitest';
import { planFindings, type Finding } from '../../shared/analysis/findings';
import { nextAction, planProgress, type StepProgress } from '../../shared/analysis/progress';
import { withRating, type ImpactGrid } from '../../shared/model/impact';
import { newProcessDefaults, processSchema, type BusinessProcess } from '../../shared/model/process';
import { newSystemDefaults, systemSchema, type System } from '../../shared/model/system';

const PLAN_ID = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const STAMP = '2026-11-22T10:00:00.000Z';
const TODAY = '2026-11-22';

let count = 0;
function system(name: string, overrides: Partial<System> = {}): System {
  count += 1;
  return systemSchema.parse({
    id: crypto.randomUUID(),
    planId: PLAN_ID,
    ...newSystemDefaults(name),
    position: count,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

/** A system that has everything the first two steps ask for, and no error finding. */
function readySystem(name: string, overrides: Partial<System> = {}): System {
  return system(name, {
    owner: 'IT',
    tier: 2,
    rto: 240,
    rpo: 60,
    backupMethod: 'database',
    backupInterval: 60,
    lastRestoreTest: '2026-10-01',
    ...overrides,
  });
}

function process(name: string, overrides: Partial<BusinessProcess> = {}): BusinessProcess {
  count += 1;
  return processSchema.parse({
    id: crypto.randomUUID(),
    planId: PLAN_ID,
    ...newProcessDefaults(name),
    owner: 'Sales',
    position: count,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

/** A complete questionnaire: every category rated at every time bucket. */
const rated: ImpactGrid = {
  financial: ['minor', 'moderate', 'severe', 'severe', 'severe'],
  operational: ['minor', 'minor', 'moderate', 'major', 'major'],
  legal: ['none', 'none', 'minor', 'minor', 'moderate'],
  reputational: ['none', 'minor', 'moderate', 'moderate', 'major'],
  safety: ['none', 'none', 'none', 'none', 'none'],
};
/** One cell short of complete: a process rated like this is not done yet. */
const almostRated = withRating(rated, 'safety', 4, null);

function progress(systems: System[], processes: BusinessProcess[], extra: Finding[] = []) {
  const findings = [
    ...planFindings({ mtdThreshold: 'severe', systems, processes, dependencies: [], today: TODAY }),
    ...extra,
  ];
  return planProgress({
    systems,
    processes,
    findings,
    dependencyCount: 0,
    scenarios: [],
    runbookCount: 0,
    contactCount: 0,
    callCount: 0,
    testReview: {
      exercises: [],
      scenarios: [],
      plan: { status: 'draft', approvers: [], reviewCycleMonths: 12 },
      today: TODAY,
    },
  });
}

/** The step with this id; fails the test when it is missing. */
function step(steps: readonly StepProgress[], id: StepProgress['id']): StepProgress {
  const found = steps.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No step ${id}`);
  return found;
}

describe('planProgress', () => {
  it('lists the five steps in order', () => {
    const steps = progress([], []);
    expect(steps.map((candidate) => [candidate.id, candidate.status])).toEqual([
      ['identify', 'not-started'],
      ['objectives', 'not-started'],
      ['failure-points', 'not-started'],
      ['runbooks', 'not-started'],
      ['test-review', 'not-started'],
    ]);
    expect(step(steps, 'test-review')).toMatchObject({ done: 0, total: 3 });
    expect(step(steps, 'failure-points').title).toBe('Map failure points');
  });

  it('an empty plan starts with adding the first critical system', () => {
    const steps = progress([], []);
    expect(step(steps, 'identify')).toMatchObject({
      title: 'Identify critical systems and processes',
      status: 'not-started',
      done: 0,
      total: 0,
      summary: '0 of 0 systems with an owner and a tier · 0 of 0 processes linked to systems and rated',
      next: { text: 'Add your first critical system', target: { kind: 'systems' } },
    });
    expect(step(steps, 'objectives')).toMatchObject({
      status: 'not-started',
      done: 0,
      total: 0,
      summary: '0 of 0 systems with RTO, RPO and backups recorded · 0 problems found',
      next: null,
    });
    expect(nextAction(steps)).toEqual({
      text: 'Add your first critical system',
      target: { kind: 'systems' },
    });
  });

  it('with systems but no processes, asks for the processes they support', () => {
    const steps = progress([readySystem('ERP')], []);
    expect(step(steps, 'identify')).toMatchObject({
      status: 'in-progress',
      done: 1,
      total: 1,
      summary: '1 of 1 system with an owner and a tier · 0 of 0 processes linked to systems and rated',
      next: { text: 'Add the business processes those systems support', target: { kind: 'processes' } },
    });
    expect(nextAction(steps)?.text).toBe('Add the business processes those systems support');
  });

  it('with processes but no systems, still asks for the first system', () => {
    const steps = progress([], [process('Invoicing', { impact: rated })]);
    expect(step(steps, 'identify')).toMatchObject({
      status: 'in-progress',
      next: { text: 'Add your first critical system', target: { kind: 'systems' } },
    });
  });

  it('asks to tick the systems a process needs, pointing at that process', () => {
    const erp = readySystem('ERP');
    const linked = process('Take orders', { systemIds: [erp.id], impact: rated });
    const unlinked = process('Invoicing', { impact: rated });
    const steps = progress([erp], [linked, unlinked]);
    expect(step(steps, 'identify')).toMatchObject({
      status: 'in-progress',
      done: 2,
      total: 3,
      summary: '1 of 1 system with an owner and a tier · 1 of 2 processes linked to systems and rated',
      next: { text: 'Tick the systems “Invoicing” needs', target: { kind: 'process', id: unlinked.id } },
    });
    expect(nextAction(steps)).toEqual({
      text: 'Tick the systems “Invoicing” needs',
      target: { kind: 'process', id: unlinked.id },
    });
  });

  it('asks to rate an unrated process; an MTD set by hand counts as rated', () => {
    const erp = readySystem('ERP');
    const unrated = process('Payroll', { systemIds: [erp.id] });
    expect(step(progress([erp], [unrated]), 'identify').next).toEqual({
      text: 'Finish rating the impact of an outage of “Payroll”',
      target: { kind: 'process', id: unrated.id },
    });
    // A nearly complete questionnaire is not rated yet: an unrated cell could still be intolerable.
    const almost = { ...unrated, impact: almostRated };
    expect(step(progress([erp], [almost]), 'identify').next?.text).toBe(
      'Finish rating the impact of an outage of “Payroll”',
    );
    const byHand = { ...unrated, mtdOverride: 1440 };
    expect(step(progress([erp], [byHand]), 'identify')).toMatchObject({ status: 'done', next: null });
  });

  it('asks for processes first, then for owners and tiers of systems', () => {
    const bare = system('File server');
    const unrated = process('Payroll', { systemIds: [bare.id] });
    expect(step(progress([bare], [unrated]), 'identify').next?.text).toBe(
      'Finish rating the impact of an outage of “Payroll”',
    );
    const ratedProcess = { ...unrated, impact: rated };
    expect(step(progress([bare], [ratedProcess]), 'identify')).toMatchObject({
      status: 'in-progress',
      done: 1,
      total: 2,
      next: { text: 'Give “File server” an owner and a tier', target: { kind: 'system', id: bare.id } },
    });
    const ownerOnly = { ...bare, owner: 'IT' };
    expect(step(progress([ownerOnly], [ratedProcess]), 'identify').next?.text).toBe(
      'Give “File server” an owner and a tier',
    );
  });

  it('asks for the objectives of the first system without them', () => {
    const erp = readySystem('ERP');
    const mail = readySystem('Mail', { rpo: null });
    const files = readySystem('Files', { backupMethod: null });
    const orders = process('Take orders', { systemIds: [erp.id, mail.id, files.id], impact: rated });
    const steps = progress([erp, mail, files], [orders]);
    expect(step(steps, 'identify').status).toBe('done');
    expect(step(steps, 'objectives')).toMatchObject({
      title: 'Set recovery objectives',
      status: 'in-progress',
      done: 1,
      total: 3,
      summary: '1 of 3 systems with RTO, RPO and backups recorded · 0 problems found',
      next: { text: 'Set RTO, RPO and backups for “Mail”', target: { kind: 'objectives' } },
    });
    expect(nextAction(steps)?.text).toBe('Set RTO, RPO and backups for “Mail”');
  });

  it('the objectives step has not started until some system has an objective or a backup method', () => {
    const erp = system('ERP', { owner: 'IT', tier: 3 });
    expect(step(progress([erp], []), 'objectives')).toMatchObject({
      status: 'not-started',
      done: 0,
      total: 1,
    });
    expect(step(progress([{ ...erp, backupMethod: 'none' }], []), 'objectives').status).toBe('in-progress');
  });

  it('with every objective set but an error found, asks to resolve the first error', () => {
    const erp = readySystem('ERP', { rpo: 30 });
    const orders = process('Take orders', { systemIds: [erp.id], impact: rated });
    const steps = progress([erp], [orders]);
    expect(step(steps, 'objectives')).toMatchObject({
      status: 'in-progress',
      done: 1,
      total: 1,
      summary: '1 of 1 system with RTO, RPO and backups recorded · 1 problem found',
      next: {
        text: 'Resolve: ERP: With backups every 1 h, up to 1 h of data could be lost, more than the RPO of 30 min.',
        target: { kind: 'system', id: erp.id },
      },
    });
  });

  it('points a process error at the process', () => {
    const erp = readySystem('ERP');
    const orders = process('Take orders', { systemIds: [erp.id], impact: rated });
    const processError: Finding = {
      code: 'MISSING_OWNER',
      severity: 'high',
      subject: { kind: 'process', id: orders.id, name: 'Take orders' },
      field: 'owner',
      message: 'Something is wrong.',
      fix: 'Fix it.',
    };
    expect(step(progress([erp], [orders], [processError]), 'objectives').next).toEqual({
      text: 'Resolve: Take orders: Something is wrong.',
      target: { kind: 'process', id: orders.id },
    });
  });

  it('warnings do not hold a step back', () => {
    const erp = readySystem('ERP', { lastRestoreTest: null });
    const orders = process('Take orders', { owner: '', systemIds: [erp.id], impact: rated });
    const steps = progress([erp], [orders]);
    expect(step(steps, 'objectives')).toMatchObject({ status: 'done', next: null });
  });

  it('when the first two steps are done, the next thing is to map what depends on what', () => {
    const erp = readySystem('ERP');
    const mail = readySystem('Mail', { tier: 3 });
    const orders = process('Take orders', { systemIds: [erp.id, mail.id], impact: rated });
    const steps = progress([erp, mail], [orders]);
    expect(step(steps, 'identify')).toMatchObject({
      status: 'done',
      done: 3,
      total: 3,
      summary: '2 of 2 systems with an owner and a tier · 1 of 1 process linked to systems and rated',
      next: null,
    });
    expect(step(steps, 'objectives')).toMatchObject({
      status: 'done',
      done: 2,
      total: 2,
      summary: '2 of 2 systems with RTO, RPO and backups recorded · 0 problems found',
      next: null,
    });
    expect(step(steps, 'test-review').status).toBe('not-started');
    // Nothing mapped yet: the next thing is the failure-points step.
    expect(nextAction(steps)).toEqual({
      text: 'Record what your systems depend on',
      target: { kind: 'map' },
    });
  });
});

describe('nextAction', () => {
  const base = { title: 'Step', purpose: 'Purpose', done: 0, total: 1, summary: '' };

  it('picks the next action of the first unfinished step that has one', () => {
    const steps: StepProgress[] = [
      {
        ...base,
        id: 'identify',
        status: 'done',
        next: { text: 'Stale', target: { kind: 'systems' } },
      },
      { ...base, id: 'objectives', status: 'in-progress', next: null },
      {
        ...base,
        id: 'failure-points',
        status: 'not-started',
        next: { text: 'Map it', target: { kind: 'processes' } },
      },
      {
        ...base,
        id: 'runbooks',
        status: 'in-progress',
        next: { text: 'Too late', target: { kind: 'objectives' } },
      },
    ];
    expect(nextAction(steps)).toEqual({ text: 'Map it', target: { kind: 'processes' } });
  });

  it('is null when no step and no finding has anything to do', () => {
    expect(nextAction([])).toBeNull();
    expect(nextAction([{ ...base, id: 'identify', status: 'done', next: null }], [])).toBeNull();
  });

  it('points at the most severe finding once the steps are done', () => {
    const untested = system('Order database', { backupMethod: 'database', backupInterval: 60 });
    const findings = planFindings({
      mtdThreshold: 'severe',
      systems: [untested],
      processes: [],
      dependencies: [],
      today: TODAY,
    });
    expect(nextAction([{ ...base, id: 'identify', status: 'done', next: null }], findings)).toEqual({
      text: 'Order database: Restore a backup to a spare machine, check the data, and record the date here.',
      target: { kind: 'system', id: untested.id },
    });
  });
});
