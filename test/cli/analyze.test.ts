import { describe, expect, it } from 'vitest';
import { planSnapshotSchema, type PlanSnapshot } from '../../shared/bundle/snapshot';
import { newContactDefaults } from '../../shared/model/contact';
import { newProcessDefaults } from '../../shared/model/process';
import { newRunbookDefaults, newStepDefaults } from '../../shared/model/runbook';
import { newSystemDefaults, type System } from '../../shared/model/system';
import { samplePlan, sequentialIds, SAMPLE_NOW } from '../support/sample-plan';
import { drp, tempDir, writePlanFile } from './harness';

/**
 * A small plan whose analysis is known by hand: power (no redundancy) is a
 * single point of failure for app and the shop process, app for the shop; x and y need each
 * other; power has a 20-minute runbook; one contact verified on 2026-10-01,
 * whom the plan does not rely on.
 */
function smallPlan(): { snapshot: PlanSnapshot; ids: Record<string, string> } {
  const next = sequentialIds(500);
  const stamps = { createdAt: SAMPLE_NOW, updatedAt: SAMPLE_NOW };
  const plan = { ...samplePlan().plan, id: next(), name: 'Small plan' };
  const own = { planId: plan.id, ...stamps };
  const system = (name: string, position: number, fields: Partial<System>) => ({
    id: next(),
    ...own,
    ...newSystemDefaults(name),
    owner: 'IT',
    position,
    ...fields,
  });
  const power = system('Power', 0, { tier: 0, rto: 30, rpo: 0 });
  const app = system('App', 1, { tier: 1, rto: 60, rpo: 15 });
  const x = system('X', 2, { tier: 3 });
  const y = system('Y', 3, { tier: 3 });
  const shop = {
    id: next(),
    ...own,
    ...newProcessDefaults('Take orders'),
    owner: 'Sales',
    systemIds: [app.id],
    mtdOverride: 240,
    mtdOverrideReason: 'Customers leave.',
    position: 0,
  };
  const hard = (dependentId: string, targetId: string) => ({
    id: next(),
    ...own,
    dependentId,
    dependentKind: 'system' as const,
    kind: 'hard' as const,
    targetIds: [targetId],
    workaround: '',
  });
  const runbook = {
    id: next(),
    ...own,
    systemId: power.id,
    ...newRunbookDefaults('Restore power'),
    scenarioId: null,
    steps: [{ id: next(), ...newStepDefaults('Start the generator'), estimatedMinutes: 20 }],
  };
  const contact = {
    id: next(),
    ...own,
    position: 0,
    ...newContactDefaults('Dana'),
    lastVerified: '2026-10-01',
  };
  const snapshot = planSnapshotSchema.parse({
    plan,
    systems: [power, app, x, y],
    processes: [shop],
    dependencies: [hard(app.id, power.id), hard(x.id, y.id), hard(y.id, x.id)],
    scenarios: [],
    runbooks: [runbook],
    contacts: [contact],
    teams: [],
    callTree: null,
    vendors: [],
    exercises: [],
    workshop: null,
    revisions: [],
  });
  return {
    snapshot,
    ids: { power: power.id, app: app.id, x: x.id, y: y.id, shop: shop.id, dana: contact.id },
  };
}

async function analyze(snapshot: PlanSnapshot, ...args: string[]) {
  const path = await writePlanFile(await tempDir(), 'plan.drplan.json', { snapshot });
  return drp(['analyze', path, ...args]);
}

function parseJson(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
  return { ...value };
}

describe('drp analyze --json', () => {
  it('prints exactly findings, spofs, recoveryWaves, cycles and systems, with the file’s ids', async () => {
    const { snapshot, ids } = smallPlan();
    const result = await analyze(snapshot, '--json', '--now', '2026-11-23');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = parseJson(result.stdout);
    expect(Object.keys(json)).toEqual(['findings', 'spofs', 'recoveryWaves', 'cycles', 'systems']);

    expect(json.spofs).toEqual([
      { id: ids.power, name: 'Power', blastRadius: { systems: [ids.app], processes: [ids.shop] } },
      { id: ids.app, name: 'App', blastRadius: { systems: [], processes: [ids.shop] } },
    ]);
    expect(json.recoveryWaves).toEqual([[ids.power], [ids.app]]);
    expect(json.cycles).toEqual([[ids.x, ids.y]]);
    expect(json.systems).toEqual([
      {
        id: ids.power,
        name: 'Power',
        tier: 0,
        rto: 30,
        rpo: 0,
        wrt: null,
        mtd: 240,
        wave: 1,
        recoveryMinutes: 20,
      },
      {
        id: ids.app,
        name: 'App',
        tier: 1,
        rto: 60,
        rpo: 15,
        wrt: null,
        mtd: 240,
        wave: 2,
        recoveryMinutes: null,
      },
      {
        id: ids.x,
        name: 'X',
        tier: 3,
        rto: null,
        rpo: null,
        wrt: null,
        mtd: null,
        wave: null,
        recoveryMinutes: null,
      },
      {
        id: ids.y,
        name: 'Y',
        tier: 3,
        rto: null,
        rpo: null,
        wrt: null,
        mtd: null,
        wave: null,
        recoveryMinutes: null,
      },
    ]);

    const findings = json.findings;
    if (!Array.isArray(findings)) throw new Error('findings is not an array');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(Object.keys(parseJson(JSON.stringify(finding)))).toEqual([
        'code',
        'severity',
        'subjects',
        'message',
        'fix',
      ]);
    }
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'SPOF', subjects: [ids.power, ids.app] }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'DEPENDENCY_CYCLE', subjects: [ids.x, ids.y] }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'MISSING_RUNBOOK', severity: 'high', subjects: [ids.app] }),
    );
  });

  it('judges contacts against --now: CONTACT_UNVERIFIED appears once their check is over six months old', async () => {
    const { snapshot, ids } = smallPlan();
    const unverified = async (now: string) => {
      const { stdout } = await analyze(snapshot, '--json', '--now', now);
      const findings: unknown = parseJson(stdout).findings;
      if (!Array.isArray(findings)) throw new Error('findings is not an array');
      const list: readonly unknown[] = findings;
      return list.filter((f: unknown) => JSON.stringify(f).includes('"code":"CONTACT_UNVERIFIED"'));
    };
    expect(await unverified('2026-11-23')).toEqual([]);
    expect(await unverified('2027-06-01')).toEqual([
      expect.objectContaining({ code: 'CONTACT_UNVERIFIED', severity: 'low', subjects: [ids.dana] }),
    ]);
  });

  it('defaults --now to today on the computer’s calendar', async () => {
    const { snapshot } = smallPlan();
    const path = await writePlanFile(await tempDir(), 'plan.drplan.json', { snapshot });
    const late = await drp(['analyze', path, '--json'], { now: () => new Date(2027, 5, 1, 12) });
    expect(late.stdout).toContain('"CONTACT_UNVERIFIED"');
    const early = await drp(['analyze', path, '--json'], { now: () => new Date(2026, 10, 23, 12) });
    expect(early.stdout).not.toContain('"CONTACT_UNVERIFIED"');
  });
});

describe('drp analyze --fail-on', () => {
  // The sample plan has high and medium findings and no critical or low ones.
  it.each([
    ['critical', 0],
    ['high', 1],
    ['medium', 1],
    ['low', 1],
  ])('on the sample plan, --fail-on %s exits %i', async (severity, code) => {
    const result = await analyze(samplePlan(), '--fail-on', severity, '--now', '2026-11-23');
    expect(result.code).toBe(code);
    expect(result.stdout).toContain('FINDINGS');
    if (code === 1) expect(result.stderr).toMatch(/^drp analyze: \d+ findings at or above /);
  });

  it('counts a low finding only at --fail-on low', async () => {
    const onlyLow = { ...smallPlan().snapshot, systems: [], processes: [], dependencies: [], runbooks: [] };
    const args = ['--json', '--now', '2027-06-01'];
    expect((await analyze(onlyLow, ...args, '--fail-on', 'medium')).code).toBe(0);
    const low = await analyze(onlyLow, ...args, '--fail-on', 'low');
    expect(low.code).toBe(1);
    expect(low.stderr).toBe('drp analyze: 1 finding at or above low\n');
    expect(JSON.parse(low.stdout)).toHaveProperty('findings');
  });

  it.each([
    [['--fail-on', 'severe'], 'drp analyze: --fail-on must be low, medium, high or critical (got "severe")'],
    [
      ['--now', '2026-02-30'],
      'drp analyze: --now must be a date as YYYY-MM-DD, such as 2026-03-31 (got "2026-02-30")',
    ],
    [['--now', 'today'], 'drp analyze: --now must be a date as YYYY-MM-DD, such as 2026-03-31 (got "today")'],
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await analyze(smallPlan().snapshot, ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(message);
  });
});

describe('drp analyze (report)', () => {
  it('reads as a report: findings by severity, SPOFs with their blast radius, waves, cycles, systems', async () => {
    const result = await analyze(smallPlan().snapshot, '--now', '2026-11-23');
    expect(result.code).toBe(0);
    const text = result.stdout;
    expect(text).toMatch(/^Small plan\nContent hash [0-9a-f]{64}, analysed as of 2026-11-23\n/);
    expect(text).toMatch(/^ {2}High\n {4}\w+ {2}/m);
    expect(text).toContain(
      '  Power: when it fails, 1 system and 1 process go down\n      system   App\n      process  Take orders\n',
    );
    expect(text).toContain('RECOVERY WAVES\n  Wave 1\n      Power\n  Wave 2\n      App\n');
    expect(text).toContain('DEPENDENCY CYCLES (1)\n  X → Y → X\n');
    expect(text).toMatch(/^ {2}Power +0 +30 min +0 min +– +4 h +1 +20 min$/m);
    expect(text).toMatch(/^ {2}X +3 .* never \(in a cycle\)$/m);
  });
});
