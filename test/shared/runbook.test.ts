import { describe, expect, it } from 'vitest';
import {
  MAX_STEPS,
  newRunbookDefaults,
  newStepDefaults,
  runbookEditsSchema,
  runbookSchema,
  stepEditsSchema,
  stepLabel,
  type Runbook,
  type Step,
} from '../../shared/model/runbook';
import { validate } from '../../shared/model/validation';
import { STEP_TEMPLATES, stepFromTemplate } from '../../shared/runbooks/step-templates';

const NOW = '2026-03-02T09:00:00.000Z';
const STEP_IDS = [
  '0a000000-0000-4000-8000-000000000001',
  '0a000000-0000-4000-8000-000000000002',
  '0a000000-0000-4000-8000-000000000003',
  '0a000000-0000-4000-8000-000000000004',
] as const;
const [A, B, C, D] = STEP_IDS;

function step(id: string, title: string, waitsFor: string[] = []): Step {
  return { id, ...newStepDefaults(title), waitsFor };
}

function runbook(steps: Step[]): Runbook {
  return {
    id: '7a2d3b5f-2c8e-4d66-8b1f-4e3a2c9d8b71',
    planId: '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60',
    systemId: '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e',
    ...newRunbookDefaults('Recover the order database'),
    steps,
    createdAt: NOW,
    updatedAt: NOW,
  };
}

const FOUR = [
  step(A, 'Declare the outage'),
  step(B, 'Restore the database', [A]),
  step(C, 'Fail over DNS', [A]),
  step(D, 'Test an order', [B, C]),
];

describe('runbook schema', () => {
  it('accepts a new runbook and one with parallel branches, sections and validation tests', () => {
    const empty = runbook([]);
    expect(runbookSchema.parse(empty)).toEqual(empty);
    const full: Runbook = {
      ...runbook(FOUR),
      scenarioId: '1c4d0e9f-3a5b-4c7d-9e2f-6a8b0c1d2e3f',
      activation: { criteria: 'Orders fail for 15 minutes', whoMayActivate: 'IT manager or DR coordinator' },
      notification: 'Call tree level 1',
      validationTests: [
        {
          id: '2d5e1f0a-4b6c-4d8e-8f3a-7b9c1d2e3f4a',
          procedure: 'Place a test order',
          expected: 'Confirmation email',
        },
      ],
      returnToNormal: 'Switch DNS back after 24 h of stable running',
      rollback: 'Point DNS back to the primary site',
    };
    expect(runbookSchema.parse(full)).toEqual(full);
  });

  it('refuses a step waiting for a later step, naming both by number and title', () => {
    const result = validate(runbookSchema, runbook([step(A, 'Restore', [B]), step(B, 'Stop the app')]));
    expect(result).toEqual({
      ok: false,
      message:
        'steps.0.waitsFor: Step 1 “Restore” waits for step 2 “Stop the app”, which comes after it: a step can only wait for steps above it',
    });
  });

  it('refuses a step waiting for itself', () => {
    expect(validate(runbookSchema, runbook([step(A, 'Stop the app'), step(B, 'Restore', [A, B])]))).toEqual({
      ok: false,
      message: 'steps.1.waitsFor: Step 2 “Restore” cannot wait for itself',
    });
  });

  it('refuses a step waiting for a step that is not in the runbook', () => {
    expect(validate(runbookSchema, runbook([step(A, 'Restore', [D])]))).toEqual({
      ok: false,
      message: 'steps.0.waitsFor: Step 1 “Restore” waits for a step that is not in this runbook',
    });
  });

  it('refuses a step listed twice in what another waits for, and two steps with one id', () => {
    expect(validate(runbookSchema, runbook([step(A, 'Stop'), step(B, 'Restore', [A, A])]))).toEqual({
      ok: false,
      message: 'steps.1.waitsFor: Step 2 “Restore” lists step 1 “Stop” twice in what it waits for',
    });
    expect(validate(runbookSchema, runbook([step(A, 'Stop'), step(A, 'Restore')]))).toEqual({
      ok: false,
      message: 'steps.1.id: Step 2 “Restore” has the same id as step 1 “Stop”',
    });
  });

  it('checks the steps in an edit too, since a reorder can put a step above what it waits for', () => {
    const reordered = [FOUR[3], FOUR[0], FOUR[1], FOUR[2]].filter((entry) => entry !== undefined);
    const result = validate(runbookEditsSchema, { steps: reordered });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(
      'steps.0.waitsFor: Step 1 “Test an order” waits for step 3 “Restore the database”, which comes after it: a step can only wait for steps above it; ' +
        'steps.0.waitsFor: Step 1 “Test an order” waits for step 4 “Fail over DNS”, which comes after it: a step can only wait for steps above it',
    );
    expect(validate(runbookEditsSchema, { steps: FOUR }).ok).toBe(true);
  });

  it('validates step fields: a title, whole non-negative minutes or unknown', () => {
    expect(validate(stepEditsSchema, { title: '  ' })).toEqual({
      ok: false,
      message: 'title: Step title is required',
    });
    expect(validate(stepEditsSchema, { estimatedMinutes: -5 })).toEqual({
      ok: false,
      message: 'estimatedMinutes: Estimated time cannot be negative',
    });
    expect(validate(stepEditsSchema, { estimatedMinutes: 1.5 })).toEqual({
      ok: false,
      message: 'estimatedMinutes: Estimated time must be a whole number of minutes',
    });
    expect(validate(stepEditsSchema, { estimatedMinutes: null, title: ' Restore ' })).toEqual({
      ok: true,
      value: { estimatedMinutes: null, title: 'Restore' },
    });
  });

  it('refuses unknown fields, a validation test without a procedure, and too many steps', () => {
    expect(validate(runbookSchema, { ...runbook([]), owner: 'x' }).ok).toBe(false);
    expect(
      validate(runbookEditsSchema, {
        validationTests: [{ id: '2d5e1f0a-4b6c-4d8e-8f3a-7b9c1d2e3f4a', procedure: '', expected: '' }],
      }),
    ).toEqual({ ok: false, message: 'validationTests.0.procedure: Test procedure is required' });
    const many = Array.from({ length: MAX_STEPS + 1 }, () => step(crypto.randomUUID(), 'Step'));
    expect(validate(runbookEditsSchema, { steps: many })).toEqual({
      ok: false,
      message: `steps: A runbook can have at most ${MAX_STEPS} steps`,
    });
  });

  it('names steps as a printed runbook numbers them', () => {
    expect(stepLabel(2, { title: 'Fail over DNS' })).toBe('step 3 “Fail over DNS”');
    expect(stepLabel(0, { title: ' ' })).toBe('step 1');
  });
});

describe('step templates', () => {
  it('cover the common jobs with realistic text and a typical estimate', () => {
    expect(STEP_TEMPLATES.map((template) => template.key)).toEqual([
      'restore-database',
      'fail-over-dns',
      'restore-vm',
      'contact-vendor',
      'manual-process',
    ]);
    for (const template of STEP_TEMPLATES) {
      expect(template.estimatedMinutes).toBeGreaterThan(0);
      for (const text of [template.title, template.instructions, template.verify, template.onFailure])
        expect(text.length, template.key).toBeGreaterThan(10);
    }
  });

  it('become valid steps that wait for nothing', () => {
    const made = STEP_TEMPLATES.map((template, index) =>
      stepFromTemplate(template, STEP_IDS[index % 4] ?? A),
    );
    expect(made[0]).toMatchObject({
      id: A,
      title: 'Restore the database from the last good backup',
      responsible: 'Database administrator',
      estimatedMinutes: 120,
      waitsFor: [],
    });
    expect(made.every((entry) => entry.instructions !== '' && entry.verify !== '')).toBe(true);
  });
});
