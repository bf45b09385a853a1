import { describe, expect, it } from 'vitest';
import { migrateRecord, SCHEMA_VERSION } from '../../shared/migrations';
import { planSchema } from '../../shared/model/plan';
import { systemSchema } from '../../shared/model/system';

/** A plan as version 1 stored it: no currency, threshold or template. */
const v1Plan = Object.freeze({
  id: '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60',
  name: 'Acme – DR plan',
  organisation: 'Acme Ltd',
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-02-11T10:30:00.000Z',
});

/** A system as version 1 stored it: no objectives and no data protection. */
const v1System = Object.freeze({
  id: '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e',
  planId: v1Plan.id,
  name: 'Order database',
  type: 'data-store',
  owner: 'DBA team',
  description: 'Orders and invoices',
  tier: 1,
  detection: 'Zabbix alert',
  redundancy: Object.freeze({ mode: 'active-active', instances: 2 }),
  position: 3,
  createdAt: '2026-01-10T09:05:00.000Z',
  updatedAt: '2026-01-12T14:00:00.000Z',
});

const PLAN_V6_DEFAULTS = {
  owner: '',
  reviewCycleMonths: 12,
  status: 'draft',
  approvers: [],
  distribution: '',
};

const SYSTEM_V2_DEFAULTS = {
  rto: null,
  rpo: null,
  wrt: null,
  mtdOverride: null,
  mtdOverrideReason: '',
  backupMethod: null,
  backupInterval: null,
  replicationLag: null,
  copyLocations: [],
  offlineCopy: false,
  lastRestoreTest: null,
};

describe('migrateRecord', () => {
  it('this build writes schema version 6', () => {
    expect(SCHEMA_VERSION).toBe(6);
  });

  it('gives a version 5 plan its governance: a draft nobody approved, reviewed every 12 months', () => {
    const v5Plan = { ...v1Plan, currency: 'GBP', mtdThreshold: 'major', startedFromTemplate: null };
    const migrated = migrateRecord('plan', v5Plan, 5);
    expect(migrated).toEqual({
      ...v5Plan,
      owner: '',
      reviewCycleMonths: 12,
      status: 'draft',
      approvers: [],
      distribution: '',
    });
    expect(planSchema.parse(migrated)).toEqual(migrated);
  });

  it('gives a version 1 plan the plan settings with their defaults, keeping everything it had', () => {
    const migrated = migrateRecord('plan', v1Plan, 1);
    expect(migrated).toEqual({
      ...v1Plan,
      currency: 'EUR',
      mtdThreshold: 'severe',
      startedFromTemplate: null,
      ...PLAN_V6_DEFAULTS,
    });
    expect(planSchema.parse(migrated)).toEqual(migrated);
  });

  it('gives a version 1 system empty objectives and data protection, keeping everything it had', () => {
    const migrated = migrateRecord('system', v1System, 1);
    expect(migrated).toEqual({ ...v1System, ...SYSTEM_V2_DEFAULTS });
    expect(systemSchema.parse(migrated)).toEqual(migrated);
  });

  it('keeps values a record already has for the new fields', () => {
    expect(migrateRecord('plan', { ...v1Plan, currency: 'GBP', mtdThreshold: 'major' }, 1)).toMatchObject({
      currency: 'GBP',
      mtdThreshold: 'major',
      startedFromTemplate: null,
    });
    expect(migrateRecord('system', { ...v1System, rto: 240, copyLocations: ['cloud'] }, 1)).toMatchObject({
      rto: 240,
      rpo: null,
      copyLocations: ['cloud'],
    });
  });

  it('never changes its input', () => {
    const plan = structuredClone(v1Plan);
    const system = structuredClone(v1System);
    const migratedPlan = migrateRecord('plan', plan, 1);
    const migratedSystem = migrateRecord('system', system, 1);
    expect(plan).toEqual(v1Plan);
    expect(system).toEqual(v1System);
    expect(migratedPlan).not.toBe(plan);
    expect(migratedSystem).not.toBe(system);
    // Frozen input makes any write to it throw (test files are ES modules, so strict mode).
    const frozen = Object.freeze({ ...v1System });
    expect(migrateRecord('system', frozen, 1)).toMatchObject({ ...v1System, copyLocations: [] });
  });

  it('gives the defaults fresh each time, so two migrated systems never share a list', () => {
    const first = migrateRecord('system', v1System, 1);
    const second = migrateRecord('system', v1System, 1);
    expect(first.copyLocations).toEqual([]);
    expect(first.copyLocations).not.toBe(second.copyLocations);
  });

  it('returns an equal copy of a record that is already at the current version', () => {
    const plan = migrateRecord('plan', v1Plan, 1);
    const again = migrateRecord('plan', plan, SCHEMA_VERSION);
    expect(again).toEqual(plan);
    expect(again).not.toBe(plan);
    const system = { ...v1System, ...SYSTEM_V2_DEFAULTS, rto: 60 };
    expect(migrateRecord('system', system, 2)).toEqual(system);
  });

  it('leaves version 2 records unchanged on the way to version 3', () => {
    const v2Plan = migrateRecord('plan', v1Plan, 1);
    expect(migrateRecord('plan', v2Plan, 2)).toEqual(v2Plan);
  });

  it('leaves version 3 records unchanged on the way to version 4 (scenarios are a new table)', () => {
    const v3Plan = migrateRecord('plan', v1Plan, 1);
    const v3System = migrateRecord('system', v1System, 1);
    expect(migrateRecord('plan', v3Plan, 3)).toEqual(v3Plan);
    expect(migrateRecord('system', v3System, 3)).toEqual(v3System);
    expect(migrateRecord('system', v3System, 3)).not.toBe(v3System);
  });

  it('leaves a record kind without a step unchanged', () => {
    const process = { id: 'p', name: 'Take orders' };
    expect(migrateRecord('process', process, 1)).toEqual(process);
  });

  it('refuses a record from a newer version with a message saying what to do', () => {
    expect(() => migrateRecord('plan', v1Plan, 7)).toThrow(
      new RangeError(
        'This plan was saved by a newer version of DR Planner (schema 7); this one reads up to schema 6. Update DR Planner to open it.',
      ),
    );
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the unknown version %d', (version) => {
    expect(() => migrateRecord('plan', v1Plan, version)).toThrow(
      new RangeError(`Unknown schema version ${String(version)}`),
    );
  });
});
