import { describe, expect, it } from 'vitest';
import {
  FINDING_CODES,
  monthsBefore,
  planFindings,
  processFindings,
  systemFindings,
  type Finding,
  type FindingCode,
} from '../../shared/analysis/findings';
import type { SystemMtd } from '../../shared/analysis/mtd';
import { emptyImpactGrid, withRating } from '../../shared/model/impact';
import { newProcessDefaults, processSchema, type BusinessProcess } from '../../shared/model/process';
import { newSystemDefaults, systemSchema, type System, type Tier } from '../../shared/model/system';

const PLAN_ID = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const STAMP = '2026-11-22T10:00:00.000Z';
const TODAY = '2026-11-22';

let count = 0;
/** A valid system with an owner and nothing else set, so it raises no finding on its own. */
function system(overrides: Partial<System> = {}): System {
  count += 1;
  return systemSchema.parse({
    id: crypto.randomUUID(),
    planId: PLAN_ID,
    ...newSystemDefaults(`System ${String(count)}`),
    owner: 'IT operations',
    position: count,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

function process(overrides: Partial<BusinessProcess> = {}): BusinessProcess {
  count += 1;
  return processSchema.parse({
    id: crypto.randomUUID(),
    planId: PLAN_ID,
    ...newProcessDefaults(`Process ${String(count)}`),
    owner: 'Head of sales',
    position: count,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

const NO_MTD: SystemMtd = { minutes: null, source: 'none', from: null, direct: false };
const mtdByHand = (minutes: number): SystemMtd => ({
  minutes,
  source: 'override',
  from: null,
  direct: false,
});

function findings(subject: System, mtd: SystemMtd = NO_MTD, today = TODAY): Finding[] {
  return systemFindings(subject, { mtd, today });
}

const codes = (list: readonly Finding[]) => list.map((finding) => finding.code);

/** The one finding with this code; fails the test when there is none or more than one. */
function only(list: readonly Finding[], code: FindingCode): Finding {
  const matching = list.filter((finding) => finding.code === code);
  const [first] = matching;
  if (matching.length !== 1 || !first) {
    throw new Error(`Expected exactly one ${code}, got ${JSON.stringify(codes(list))}`);
  }
  return first;
}

describe('finding codes', () => {
  it('are the published codes, in their published order (new ones are only ever appended)', () => {
    expect(FINDING_CODES).toEqual([
      'RTO_EXCEEDS_MTD',
      'RPO_NOT_COVERED',
      'RESTORE_UNTESTED',
      'MISSING_OBJECTIVES',
      'MISSING_OWNER',
      'DEPENDENCY_CYCLE',
      'RTO_DEPENDENCY_CONFLICT',
      'SPOF',
      'MISSING_RUNBOOK',
      'RUNBOOK_EXCEEDS_RTO',
      'RECOVERY_EXCEEDS_MTD',
      'CONTACT_UNVERIFIED',
      'VENDOR_SLA_EXCEEDS_RTO',
      'PLAN_REVIEW_OVERDUE',
      'EXERCISE_OVERDUE',
      'ACTION_OVERDUE',
    ]);
  });

  it('a system with an owner and nothing else set has no finding', () => {
    expect(findings(system())).toEqual([]);
  });
});

describe('RTO_EXCEEDS_MTD', () => {
  it('accepts RTO + WRT exactly equal to the MTD', () => {
    expect(findings(system({ rto: 180, wrt: 60 }), mtdByHand(240))).toEqual([]);
    expect(findings(system({ rto: 240, wrt: null }), mtdByHand(240))).toEqual([]);
    expect(findings(system({ rto: 60, wrt: 0 }), mtdByHand(240))).toEqual([]);
  });

  it('is an error one minute over, naming RTO, WRT and their sum', () => {
    const subject = system({ name: 'ERP', rto: 180, wrt: 61 });
    expect(findings(subject, mtdByHand(240))).toEqual([
      {
        code: 'RTO_EXCEEDS_MTD',
        severity: 'high',
        subject: { kind: 'system', id: subject.id, name: 'ERP' },
        field: 'rto',
        message:
          'RTO 3 h plus WRT 1 h 1 min (4 h 1 min) is longer than the MTD of 4 h: recovery would take longer than the business can tolerate.',
        fix: 'Make recovery faster so RTO + WRT fits in 4 h, or check the MTD with the process owner.',
      },
    ]);
  });

  it('treats a missing WRT as zero and then speaks only of the RTO', () => {
    expect(only(findings(system({ rto: 241, wrt: null }), mtdByHand(240)), 'RTO_EXCEEDS_MTD').message).toBe(
      'The RTO of 4 h 1 min is longer than the MTD of 4 h: recovery would take longer than the business can tolerate.',
    );
    expect(only(findings(system({ rto: 241, wrt: 0 }), mtdByHand(240)), 'RTO_EXCEEDS_MTD').message).toBe(
      'The RTO of 4 h 1 min is longer than the MTD of 4 h: recovery would take longer than the business can tolerate.',
    );
  });

  it('names the process the MTD comes from', () => {
    const orders = process({ name: 'Take orders' });
    const mtd: SystemMtd = { minutes: 1440, source: 'processes', from: orders, direct: true };
    expect(only(findings(system({ rto: 1440, wrt: 120 }), mtd), 'RTO_EXCEEDS_MTD').message).toBe(
      'RTO 1 day plus WRT 2 h (1 day 2 h) is longer than the MTD of 1 day (from “Take orders”): recovery would take longer than the business can tolerate.',
    );
  });

  it('says nothing without an MTD or without an RTO', () => {
    expect(findings(system({ rto: 500_000, wrt: 20_000 }), NO_MTD)).toEqual([]);
    expect(findings(system({ rto: null, wrt: 20_000 }), mtdByHand(60))).toEqual([]);
  });
});

describe('RPO_NOT_COVERED', () => {
  const rpoFinding = (overrides: Partial<System>) =>
    findings(system({ lastRestoreTest: '2026-10-01', ...overrides })).filter(
      (finding) => finding.code === 'RPO_NOT_COVERED',
    );

  it('is covered by a backup interval within the RPO (equal counts)', () => {
    expect(rpoFinding({ rpo: 60, backupMethod: 'database', backupInterval: 60 })).toEqual([]);
    expect(rpoFinding({ rpo: 60, backupMethod: 'database', backupInterval: 15 })).toEqual([]);
    expect(rpoFinding({ rpo: 60, backupMethod: null, backupInterval: 60 })).toEqual([]);
  });

  it('is covered by replication lag within the RPO (equal counts), even when backups are slower', () => {
    expect(rpoFinding({ rpo: 60, backupMethod: 'image', backupInterval: 1440, replicationLag: 60 })).toEqual(
      [],
    );
    expect(rpoFinding({ rpo: 60, replicationLag: 1 })).toEqual([]);
    expect(rpoFinding({ rpo: 60, backupMethod: 'none', replicationLag: 60 })).toEqual([]);
  });

  it('is an error one minute over, with the backup interval', () => {
    const subject = system({
      rpo: 60,
      backupMethod: 'files',
      backupInterval: 61,
      lastRestoreTest: '2026-10-01',
    });
    expect(findings(subject)).toEqual([
      {
        code: 'RPO_NOT_COVERED',
        severity: 'high',
        subject: { kind: 'system', id: subject.id, name: subject.name },
        field: 'rpo',
        message:
          'With backups every 1 h 1 min, up to 1 h 1 min of data could be lost, more than the RPO of 1 h.',
        fix: 'Back up at least every 1 h or add replication within 1 h, or agree a longer RPO.',
      },
    ]);
  });

  it('names both protections and the smallest gap when neither is within the RPO', () => {
    const [finding] = rpoFinding({
      rpo: 60,
      backupMethod: 'image',
      backupInterval: 1440,
      replicationLag: 120,
    });
    expect(finding).toMatchObject({
      severity: 'high',
      message:
        'With backups every 1 day and replication lagging 2 h, up to 2 h of data could be lost, more than the RPO of 1 h.',
    });
    const [smallerBackup] = rpoFinding({
      rpo: 60,
      backupMethod: 'image',
      backupInterval: 90,
      replicationLag: 120,
    });
    expect(smallerBackup?.message).toBe(
      'With backups every 1 h 30 min and replication lagging 2 h, up to 1 h 30 min of data could be lost, more than the RPO of 1 h.',
    );
  });

  it('speaks only of replication when that is all there is', () => {
    expect(rpoFinding({ rpo: 60, replicationLag: 120 })).toMatchObject([
      {
        severity: 'high',
        message: 'With replication lagging 2 h, up to 2 h of data could be lost, more than the RPO of 1 h.',
      },
    ]);
  });

  it('warns when an RPO is set but no backup interval or replication is recorded', () => {
    for (const backupMethod of [null, 'database'] as const) {
      expect(rpoFinding({ rpo: 240, backupMethod })).toEqual([
        expect.objectContaining({
          severity: 'medium',
          field: 'rpo',
          message: 'It has an RPO of 4 h but no backup interval or replication is recorded.',
          fix: 'Record how often it is backed up or how far its replica lags behind.',
        }),
      ]);
    }
  });

  it('is an error when it is known to have no backup and no replication, ignoring a stale interval', () => {
    for (const backupInterval of [null, 30]) {
      expect(rpoFinding({ rpo: 240, backupMethod: 'none', backupInterval })).toEqual([
        expect.objectContaining({
          severity: 'high',
          message:
            'It has no backup or replication, so the RPO of 4 h cannot be met: all its data could be lost.',
          fix: 'Set up backups at least every 4 h, or replication.',
        }),
      ]);
    }
  });

  it('says nothing while no RPO is set', () => {
    expect(rpoFinding({ rpo: null, backupMethod: 'none' })).toEqual([]);
    expect(rpoFinding({ rpo: null, backupMethod: 'image', backupInterval: 10080 })).toEqual([]);
  });
});

describe('RESTORE_UNTESTED', () => {
  const restoreFindings = (overrides: Partial<System>, today = TODAY) =>
    findings(system(overrides), NO_MTD, today).filter((finding) => finding.code === 'RESTORE_UNTESTED');

  it('says nothing when there are no backups to test', () => {
    expect(restoreFindings({})).toEqual([]);
    expect(restoreFindings({ backupMethod: 'none' })).toEqual([]);
    expect(restoreFindings({ backupMethod: 'none', backupInterval: 60 })).toEqual([]);
    expect(restoreFindings({ replicationLag: 5 })).toEqual([]);
  });

  it('flags a restore test dated in the future as a likely typing mistake', () => {
    expect(restoreFindings({ backupMethod: 'files', lastRestoreTest: '2052-03-14' })).toEqual([
      expect.objectContaining({
        severity: 'medium',
        field: 'lastRestoreTest',
        message:
          'Its last restore test is dated 2052-03-14, which is in the future: probably a typing mistake.',
        fix: 'Correct the date of the last successful restore test.',
      }),
    ]);
    expect(restoreFindings({ backupMethod: 'files', lastRestoreTest: TODAY })).toEqual([]);
  });

  it('warns when backups were never restore-tested', () => {
    const subject = system({ name: 'Mail', backupMethod: 'provider' });
    expect(findings(subject)).toEqual([
      {
        code: 'RESTORE_UNTESTED',
        severity: 'medium',
        subject: { kind: 'system', id: subject.id, name: 'Mail' },
        field: 'lastRestoreTest',
        message: 'Its backups have never been restore-tested, so nobody knows they work.',
        fix: 'Restore a backup to a spare machine, check the data, and record the date here.',
      },
    ]);
    // An interval alone is evidence of backups, even before the method is recorded.
    expect(restoreFindings({ backupInterval: 1440 })).toHaveLength(1);
  });

  it('accepts a test exactly 12 months ago and warns a day earlier', () => {
    expect(restoreFindings({ backupMethod: 'image', lastRestoreTest: '2025-11-22' })).toEqual([]);
    expect(restoreFindings({ backupMethod: 'image', lastRestoreTest: TODAY })).toEqual([]);
    expect(restoreFindings({ backupMethod: 'image', lastRestoreTest: '2025-11-21' })).toEqual([
      expect.objectContaining({
        severity: 'medium',
        message: 'Its last restore test was on 2025-11-21, more than 12 months ago.',
      }),
    ]);
  });

  it('counts 12 months back from 29 February to 28 February', () => {
    expect(restoreFindings({ backupMethod: 'image', lastRestoreTest: '2023-02-28' }, '2024-02-29')).toEqual(
      [],
    );
    expect(
      restoreFindings({ backupMethod: 'image', lastRestoreTest: '2023-02-27' }, '2024-02-29'),
    ).toHaveLength(1);
  });

  it('crosses the turn of the year', () => {
    expect(restoreFindings({ backupMethod: 'image', lastRestoreTest: '2025-01-05' }, '2026-01-05')).toEqual(
      [],
    );
    expect(
      restoreFindings({ backupMethod: 'image', lastRestoreTest: '2025-01-04' }, '2026-01-05'),
    ).toHaveLength(1);
  });
});

describe('monthsBefore', () => {
  it.each([
    ['2026-11-22', 12, '2025-11-22'],
    ['2026-11-22', 0, '2026-11-22'],
    ['2026-11-22', 1, '2026-10-22'],
    ['2026-01-15', 1, '2025-12-15'],
    ['2026-01-01', 12, '2025-01-01'],
    ['2026-01-31', 13, '2024-12-31'],
    ['2026-12-05', 12, '2025-12-05'],
    ['2026-03-10', 26, '2024-01-10'],
    ['2026-02-28', 12, '2025-02-28'],
    ['2025-03-01', 12, '2024-03-01'],
  ])('%s minus %i months is %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });

  it.each([
    ['2024-02-29', 12, '2023-02-28'],
    ['2024-02-29', 48, '2020-02-29'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2026-05-31', 1, '2026-04-30'],
    ['2026-01-31', 2, '2025-11-30'],
    ['2100-03-29', 1, '2100-02-28'],
    ['2000-03-29', 1, '2000-02-29'],
  ])('%s minus %i months is the last day of a shorter month: %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });
});

describe('MISSING_OBJECTIVES', () => {
  const objectiveFindings = (overrides: Partial<System>) =>
    findings(system({ backupInterval: 15, lastRestoreTest: TODAY, ...overrides })).filter(
      (finding) => finding.code === 'MISSING_OBJECTIVES',
    );

  it.each([
    [0, 'Tier 0 – Foundational system without an RTO and RPO.'],
    [1, 'Tier 1 – Mission-critical system without an RTO and RPO.'],
    [2, 'Tier 2 – Business-critical system without an RTO and RPO.'],
  ] as const)('warns about tier %i without RTO and RPO', (tier, message) => {
    expect(objectiveFindings({ tier })).toEqual([
      expect.objectContaining({
        severity: 'medium',
        field: 'rto',
        message,
        fix: 'Agree with its owner how quickly it must be back (RTO) and how much recent data may be lost (RPO).',
      }),
    ]);
  });

  it('names the one objective that is missing and points at its field', () => {
    expect(objectiveFindings({ tier: 1, rto: 60 })).toEqual([
      expect.objectContaining({ field: 'rpo', message: 'Tier 1 – Mission-critical system without an RPO.' }),
    ]);
    expect(objectiveFindings({ tier: 1, rpo: 60 })).toEqual([
      expect.objectContaining({ field: 'rto', message: 'Tier 1 – Mission-critical system without an RTO.' }),
    ]);
    expect(objectiveFindings({ tier: 0, rto: 60, rpo: 60 })).toEqual([]);
  });

  it.each([3, 4, null] satisfies (Tier | null)[])('says nothing for tier %s', (tier) => {
    expect(objectiveFindings({ tier })).toEqual([]);
  });

  it.each(['facility', 'people'] as const)('asks a %s only for its RTO: it holds no data', (type) => {
    expect(objectiveFindings({ tier: 1, type })).toEqual([
      expect.objectContaining({
        field: 'rto',
        message: 'Tier 1 – Mission-critical system without an RTO.',
        fix: 'Agree with its owner how quickly it must be available again (RTO).',
      }),
    ]);
    expect(objectiveFindings({ tier: 1, type, rto: 240 })).toEqual([]);
  });
});

describe('MISSING_OWNER', () => {
  it('warns about a system without an owner', () => {
    const subject = system({ name: 'File server', owner: '' });
    expect(findings(subject)).toEqual([
      {
        code: 'MISSING_OWNER',
        severity: 'low',
        subject: { kind: 'system', id: subject.id, name: 'File server' },
        field: 'owner',
        message: 'No owner: nobody is accountable for recovering it.',
        fix: 'Name the person or role who answers for this system and its recovery.',
      },
    ]);
  });

  it('warns about a process without an owner', () => {
    const subject = process({ name: 'Payroll', owner: '' });
    expect(processFindings(subject)).toEqual([
      {
        code: 'MISSING_OWNER',
        severity: 'low',
        subject: { kind: 'process', id: subject.id, name: 'Payroll' },
        field: 'owner',
        message: 'No owner: nobody speaks for this process when deciding what to recover first.',
        fix: 'Name the person or role responsible for this process.',
      },
    ]);
    expect(processFindings(process({ owner: 'HR' }))).toEqual([]);
  });

  it('calls a system without a name "Unnamed system"', () => {
    expect(findings({ ...system(), name: '', owner: '' })[0]?.subject.name).toBe('Unnamed system');
  });
});

describe('systemFindings', () => {
  it('lists findings in the order a person would fix them', () => {
    const subject = system({
      owner: '',
      tier: 1,
      rto: 600,
      rpo: 60,
      backupMethod: 'image',
      backupInterval: 1440,
    });
    expect(codes(findings(subject, mtdByHand(240)))).toEqual([
      'RTO_EXCEEDS_MTD',
      'RPO_NOT_COVERED',
      'RESTORE_UNTESTED',
      'MISSING_OWNER',
    ]);
    expect(codes(findings({ ...subject, rto: null }, mtdByHand(240)))).toEqual([
      'RPO_NOT_COVERED',
      'RESTORE_UNTESTED',
      'MISSING_OBJECTIVES',
      'MISSING_OWNER',
    ]);
  });
});

describe('planFindings', () => {
  it('puts the most severe first and keeps entry order within a severity', () => {
    const noOwner = system({ name: 'A no owner', owner: '' });
    const tooSlow = system({ name: 'B too slow', rto: 600, mtdOverride: 240 });
    const noBackup = system({ name: 'C no backup', rpo: 60, backupMethod: 'none', owner: '' });
    const untested = system({ name: 'D untested', backupMethod: 'files' });
    const ownerless = process({ name: 'E ownerless', owner: '' });
    const result = planFindings({
      mtdThreshold: 'severe',
      systems: [noOwner, tooSlow, noBackup, untested],
      processes: [ownerless],
      dependencies: [],
      today: TODAY,
    });
    expect(result.map((finding) => [finding.severity, finding.subject.name, finding.code])).toEqual([
      ['high', 'B too slow', 'RTO_EXCEEDS_MTD'],
      ['high', 'C no backup', 'RPO_NOT_COVERED'],
      ['medium', 'D untested', 'RESTORE_UNTESTED'],
      ['low', 'A no owner', 'MISSING_OWNER'],
      ['low', 'C no backup', 'MISSING_OWNER'],
      ['low', 'E ownerless', 'MISSING_OWNER'],
    ]);
  });

  it("checks each system against the MTD of the processes it supports, under the plan's threshold", () => {
    const erp = system({ name: 'ERP', rto: 480 });
    const orders = process({
      name: 'Take orders',
      systemIds: [erp.id],
      impact: withRating(withRating(emptyImpactGrid(), 'financial', 1, 'major'), 'financial', 2, 'severe'),
    });
    const content = { systems: [erp], processes: [orders], dependencies: [], today: TODAY };
    expect(planFindings({ ...content, mtdThreshold: 'severe' })).toEqual([]);
    expect(planFindings({ ...content, mtdThreshold: 'major' })).toEqual([
      expect.objectContaining({
        code: 'RTO_EXCEEDS_MTD',
        message:
          'The RTO of 8 h is longer than the MTD of 4 h (from “Take orders”): recovery would take longer than the business can tolerate.',
      }),
    ]);
  });

  it('is empty for an empty plan', () => {
    expect(
      planFindings({ mtdThreshold: 'severe', systems: [], processes: [], dependencies: [], today: TODAY }),
    ).toEqual([]);
  });

  it('holds a system the shop needs to the MTD of the process that needs the shop', () => {
    const database = system({ name: 'Order database', rto: 480 });
    const shop = system({ name: 'Web shop', rto: 60 });
    const orders = process({ name: 'Take orders', systemIds: [shop.id], mtdOverride: 240 });
    const result = planFindings({
      mtdThreshold: 'severe',
      systems: [database, shop],
      processes: [orders],
      dependencies: [{ dependentId: shop.id, kind: 'hard', targetIds: [database.id] }],
      today: TODAY,
    });
    const late = result.filter((finding) => finding.code === 'RTO_EXCEEDS_MTD');
    expect(late.map((finding) => [finding.subject.name, finding.message])).toEqual([
      [
        'Order database',
        'The RTO of 8 h is longer than the MTD of 4 h (from “Take orders”): recovery would take longer than the business can tolerate.',
      ],
    ]);
  });
});
