import { describe, expect, it } from 'vitest';
import { copyName, PLAN_NAME_MAX, planDetailsSchema, planSchema } from '../../shared/model/plan';
import { validate } from '../../shared/model/validation';

const valid = {
  id: '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60',
  name: 'Acme – DR plan',
  organisation: 'Acme Ltd',
  currency: 'EUR',
  mtdThreshold: 'severe',
  startedFromTemplate: null,
  owner: 'Chief operating officer',
  reviewCycleMonths: 12,
  status: 'approved',
  approvers: [
    {
      id: '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e',
      name: 'Ada Lovelace',
      title: 'CEO',
      approvedOn: '2026-11-20',
    },
  ],
  distribution: 'Board\nIT team',
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
};

describe('plan schema', () => {
  it('accepts a complete plan and trims typed text', () => {
    const result = validate(planDetailsSchema, { name: '  Acme  ', organisation: ' Acme Ltd ' });
    expect(result).toEqual({ ok: true, value: { name: 'Acme', organisation: 'Acme Ltd' } });
    expect(planSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    [{ name: '', organisation: '' }, 'name: Plan name is required'],
    [{ name: '   ', organisation: '' }, 'name: Plan name is required'],
    [
      { name: 'x'.repeat(PLAN_NAME_MAX + 1), organisation: '' },
      'name: Plan name can be at most 200 characters',
    ],
    [{ name: 42, organisation: '' }, 'name: Plan name must be text'],
    [{ name: 'A', organisation: 'B', colour: 'red' }, 'Unrecognized key: "colour"'],
  ])('refuses %j with a message that says what and where', (input, message) => {
    expect(validate(planDetailsSchema, input)).toEqual({ ok: false, message });
  });

  it('refuses a review cycle that is not a whole number of months from 1 to 60, and an unknown status', () => {
    expect(validate(planSchema, { ...valid, reviewCycleMonths: 0 })).toEqual({
      ok: false,
      message: 'reviewCycleMonths: Review cycle must be at least 1 month',
    });
    expect(validate(planSchema, { ...valid, reviewCycleMonths: 1.5 })).toEqual({
      ok: false,
      message: 'reviewCycleMonths: Review cycle must be a whole number of months',
    });
    expect(validate(planSchema, { ...valid, status: 'signed' })).toEqual({
      ok: false,
      message: 'status: Status must be draft, in review or approved',
    });
  });

  it('refuses records with a bad id or timestamp', () => {
    expect(validate(planSchema, { ...valid, id: 'not-a-uuid' })).toEqual({
      ok: false,
      message: 'id: must be a valid id (UUID)',
    });
    expect(validate(planSchema, { ...valid, updatedAt: 'yesterday' })).toEqual({
      ok: false,
      message: 'updatedAt: must be a date and time (ISO 8601, UTC)',
    });
  });
});

describe('copyName', () => {
  it('marks the copy', () => {
    expect(copyName('Acme')).toBe('Acme (copy)');
  });

  it('stays within the name limit', () => {
    const copy = copyName('x'.repeat(PLAN_NAME_MAX));
    expect(copy).toHaveLength(PLAN_NAME_MAX);
    expect(copy.endsWith(' (copy)')).toBe(true);
    expect(planDetailsSchema.safeParse({ name: copy, organisation: '' }).success).toBe(true);
  });

  it('never cuts an emoji in half to make room', () => {
    // 193 units fit before " (copy)"; the 97th emoji would straddle the cut.
    const copy = copyName('😀'.repeat(100));
    expect(copy).toBe(`${'😀'.repeat(96)} (copy)`);
    expect(copy).not.toMatch(/\p{Cs}/u);
  });
});
