import { describe, expect, it } from 'vitest';
import {
  newSystemDefaults,
  SYSTEM_TYPE_LABELS,
  SYSTEM_TYPES,
  systemEditsSchema,
  systemFieldSchemas,
  systemSchema,
  TIER_INFO,
  TIERS,
} from '../../shared/model/system';
import { validate } from '../../shared/model/validation';

const base = {
  id: '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e',
  planId: '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60',
  ...newSystemDefaults('Order database'),
  position: 0,
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
};

describe('system schema', () => {
  it('accepts a quickly entered system: only the name is known', () => {
    expect(systemSchema.parse(base)).toEqual(base);
    expect(base.tier).toBeNull();
    expect(base.redundancy).toEqual({ mode: 'none' });
  });

  it('accepts every type, tier and redundancy mode', () => {
    for (const type of SYSTEM_TYPES) expect(systemSchema.safeParse({ ...base, type }).success).toBe(true);
    for (const tier of TIERS) expect(systemSchema.safeParse({ ...base, tier }).success).toBe(true);
    for (const redundancy of [
      { mode: 'none' },
      { mode: 'active-passive' },
      { mode: 'active-active', instances: 2 },
      { mode: 'active-active', instances: 40 },
    ]) {
      expect(systemSchema.safeParse({ ...base, redundancy }).success).toBe(true);
    }
  });

  it.each([
    [{ name: '' }, 'name: System name is required'],
    [{ type: 'server' }, 'type: Type must be one of the listed system types'],
    [{ tier: 5 }, 'tier: Tier must be 0, 1, 2, 3 or 4'],
    [{ tier: '1' }, 'tier: Tier must be 0, 1, 2, 3 or 4'],
    [
      { redundancy: { mode: 'active-active', instances: 1 } },
      'redundancy.instances: Active-active needs at least 2 instances',
    ],
    [
      { redundancy: { mode: 'active-active', instances: 2.5 } },
      'redundancy.instances: Instances must be a whole number',
    ],
    [{ redundancy: { mode: 'active-active' } }, 'redundancy.instances: Instances must be a number'],
    [
      { redundancy: { mode: 'clustered' } },
      'redundancy.mode: Redundancy must be none, active-passive or active-active',
    ],
    [{ description: 'x'.repeat(5001) }, 'description: Description can be at most 5000 characters'],
  ])('refuses %j with a message that says what and where', (change, message) => {
    expect(validate(systemSchema, { ...base, ...change })).toEqual({ ok: false, message });
  });

  it('validates one field on its own, as a table cell does, without a path prefix', () => {
    expect(validate(systemFieldSchemas.name, '   ')).toEqual({
      ok: false,
      message: 'System name is required',
    });
    expect(validate(systemFieldSchemas.owner, '  Dana ')).toEqual({ ok: true, value: 'Dana' });
  });

  it('edits may only touch user fields', () => {
    expect(systemEditsSchema.safeParse({ owner: 'Dana' }).success).toBe(true);
    expect(validate(systemEditsSchema, { planId: base.planId })).toEqual({
      ok: false,
      message: 'Unrecognized key: "planId"',
    });
  });

  it('has a label for every type and a plain hint for every tier', () => {
    for (const type of SYSTEM_TYPES) expect(SYSTEM_TYPE_LABELS[type]).not.toBe('');
    for (const tier of TIERS) expect(TIER_INFO[tier].hint.length).toBeGreaterThan(10);
  });
});
