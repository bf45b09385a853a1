import { describe, expect, it } from 'vitest';
import {
  exercisedSystemIds,
  monthsAfter,
  testReviewStep,
  type TestReviewInput,
} from '../../shared/analysis/test-review-progress';
import { newExerciseDefaults, type Exercise } from '../../shared/model/exercise';

const TODAY = '2026-11-23';
const CORE = { id: 'core', name: 'Core network', tier: 0 } as const;
const CRM = { id: 'crm', name: 'CRM', tier: 1 } as const;
const WIKI = { id: 'wiki', name: 'Wiki', tier: 3 } as const;

function exercise(overrides: Partial<Exercise>): TestReviewInput['exercises'][number] {
  return { ...newExerciseDefaults(), title: 'Tabletop', date: '2026-10-01', ...overrides };
}

function input(overrides: Partial<TestReviewInput> = {}): TestReviewInput {
  return {
    systems: [CORE, CRM, WIKI],
    exercises: [],
    scenarios: [],
    plan: { status: 'draft', approvers: [], reviewCycleMonths: 12 },
    today: TODAY,
    ...overrides,
  };
}

const approved: TestReviewInput['plan'] = {
  status: 'approved',
  approvers: [{ id: 'a', name: 'Dana', title: 'CEO', approvedOn: '2026-03-01' }],
  reviewCycleMonths: 12,
};

describe('testReviewStep', () => {
  it('is not started on a new plan, and asks for an exercise of the first critical system', () => {
    const step = testReviewStep(input());
    expect(step).toMatchObject({ id: 'test-review', status: 'not-started', done: 0, total: 3 });
    expect(step.summary).toBe(
      '0 of 2 tier 0–1 systems exercised in the last 12 months · 0 follow-up actions open · draft, not approved',
    );
    expect(step.next).toEqual({
      text: 'Plan an exercise that covers “Core network”',
      target: { kind: 'exercises' },
    });
  });

  it('counts only completed exercises of the last 12 months, not planned, old or future ones', () => {
    const covering = { systemIds: ['core', 'crm'] };
    for (const other of [
      exercise({ ...covering, status: 'planned' }),
      exercise({ ...covering, status: 'completed', date: '2025-11-22' }),
      exercise({ ...covering, status: 'completed', date: '2026-12-01' }),
    ]) {
      expect(testReviewStep(input({ exercises: [other] })).summary).toContain('0 of 2 tier 0–1 systems');
    }
    const recent = exercise({ ...covering, status: 'completed', date: '2025-11-23' });
    const step = testReviewStep(input({ exercises: [recent] }));
    expect(step.summary).toContain('2 of 2 tier 0–1 systems');
    expect(step.done).toBe(2);
    expect(step.next).toEqual({ text: 'Have the plan reviewed and approved', target: { kind: 'review' } });
  });

  it('covers systems through the scenario, the timed steps and the achieved times', () => {
    const covered = exercisedSystemIds(
      exercise({
        scenarioId: 'fire',
        achieved: [{ systemId: 'crm', systemName: 'CRM', rtoMinutes: 60, rpoMinutes: 0 }],
      }),
      [{ id: 'fire', affectedSystemIds: ['core'] }],
    );
    expect([...covered].sort()).toEqual(['core', 'crm']);
  });

  it('open follow-up actions keep the step open and are the next thing to do', () => {
    const done = exercise({
      systemIds: ['core', 'crm'],
      status: 'completed',
      actions: [
        { id: 'x', text: 'Buy a second router', owner: 'IT', due: null, status: 'in-progress' },
        { id: 'y', text: 'Print the runbook', owner: 'IT', due: null, status: 'done' },
      ],
    });
    const step = testReviewStep(input({ exercises: [done], plan: approved }));
    expect(step.done).toBe(2);
    expect(step.status).toBe('in-progress');
    expect(step.summary).toContain('1 follow-up action open');
    expect(step.next?.text).toBe('Close the follow-up action “Buy a second router”');
  });

  it('is done when tested, actions closed and approved within the review cycle; overdue after it', () => {
    const done = exercise({ systemIds: ['core', 'crm'], status: 'completed' });
    const step = testReviewStep(input({ exercises: [done], plan: approved }));
    expect(step).toMatchObject({ status: 'done', done: 3, next: null });
    expect(step.summary).toContain('approved, next review by 2027-03-01');

    const late = testReviewStep(input({ exercises: [done], plan: approved, today: '2027-03-02' }));
    expect(late.summary).toContain('approved, review overdue');
    expect(late.next).toEqual({
      text: 'The review is due: review the plan and approve it again',
      target: { kind: 'review' },
    });
  });

  it('without tier 0–1 systems, one recent completed exercise is enough', () => {
    const step = testReviewStep(input({ systems: [WIKI], exercises: [exercise({ status: 'completed' })] }));
    expect(step.done).toBe(2);
  });
});

describe('monthsAfter', () => {
  it('adds months and clamps the day', () => {
    expect(monthsAfter('2026-01-31', 1)).toBe('2026-02-28');
    expect(monthsAfter('2026-11-23', 12)).toBe('2027-11-23');
  });
});
