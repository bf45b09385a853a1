import { describe, expect, it } from 'vitest';
import {
  actualMinutes,
  combineSources,
  measuredStepTimes,
  withMeasuredTimes,
} from '../../shared/analysis/measured-times';
import { analysePlan } from '../../shared/analysis/plan-analysis';
import { newExerciseDefaults, type Exercise, type StepRun } from '../../shared/model/exercise';
import { newRunbookDefaults, newStepDefaults, type Runbook, type Step } from '../../shared/model/runbook';
import { newSystemDefaults, type System } from '../../shared/model/system';
import { NO_PEOPLE } from '../support/no-people';

const PLAN = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const STAMP = '2026-11-22T10:00:00.000Z';

function run(
  stepId: string,
  startedAt: string | null,
  endedAt: string | null,
  status: StepRun['status'] = 'done',
): StepRun {
  return {
    runbookId: 'rb',
    stepId,
    systemId: 'app',
    runbookTitle: 'Recover app',
    stepTitle: stepId,
    estimatedMinutes: 10,
    status,
    startedAt,
    endedAt,
    notes: '',
  };
}

function exercise(id: string, date: string, steps: StepRun[], overrides: Partial<Exercise> = {}): Exercise {
  return {
    id,
    planId: PLAN,
    title: `Exercise ${id}`,
    date,
    ...newExerciseDefaults(),
    status: 'completed',
    steps,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 20, 9, minute, second)).toISOString();

describe('actualMinutes', () => {
  it('rounds to whole minutes, at least 1, and refuses an end before the start', () => {
    expect(actualMinutes(at(0), at(25))).toBe(25);
    expect(actualMinutes(at(0), at(24, 29))).toBe(24);
    expect(actualMinutes(at(0), at(24, 30))).toBe(25);
    expect(actualMinutes(at(0), at(0, 10))).toBe(1);
    expect(actualMinutes(at(5), at(0))).toBeNull();
  });
});

describe('measuredStepTimes', () => {
  it('takes each step from the latest completed exercise in which it was done', () => {
    const measured = measuredStepTimes([
      exercise('new', '2026-11-20', [run('s1', at(0), at(25)), run('s2', at(0), at(50), 'failed')]),
      exercise('old', '2026-03-01', [run('s1', at(0), at(40)), run('s2', at(0), at(30))]),
      exercise('planned', '2026-11-21', [run('s1', at(0), at(5))], { status: 'planned' }),
      exercise('running', '2026-11-22', [run('s1', at(0), at(6))], { status: 'running' }),
    ]);
    expect(measured.get('s1')).toEqual({
      minutes: 25,
      exerciseId: 'new',
      exerciseTitle: 'Exercise new',
      date: '2026-11-20',
    });
    // Failed in the newer exercise: the older, done run still counts.
    expect(measured.get('s2')).toMatchObject({ minutes: 30, exerciseId: 'old' });
  });

  it('ignores skipped steps and steps without both times, and orders same-day exercises by when they ended', () => {
    const measured = measuredStepTimes([
      exercise('b', '2026-11-20', [run('s1', at(0), at(12))], { endedAt: at(50) }),
      exercise('a', '2026-11-20', [run('s1', at(0), at(8))], { endedAt: at(30) }),
      exercise('c', '2026-11-20', [run('s2', at(0), at(9), 'skipped'), run('s3', null, at(9))]),
    ]);
    expect(measured.get('s1')?.exerciseId).toBe('b');
    expect(measured.has('s2')).toBe(false);
    expect(measured.has('s3')).toBe(false);
  });
});

function step(id: string, estimatedMinutes: number | null, waitsFor: string[] = []): Step {
  return { id, ...newStepDefaults(id), estimatedMinutes, waitsFor };
}

describe('withMeasuredTimes and the analysis', () => {
  const runbook: Runbook = {
    id: 'rb',
    planId: PLAN,
    systemId: 'app',
    ...newRunbookDefaults('Recover app'),
    steps: [step('s1', 30), step('s2', 30, ['s1'])],
    createdAt: STAMP,
    updatedAt: STAMP,
  };

  it('replaces measured steps only and says whether the result is estimate, measured or mixed', () => {
    const none = withMeasuredTimes(runbook, new Map());
    expect(none.source).toBe('estimate');
    const measured = measuredStepTimes([exercise('e', '2026-11-20', [run('s1', at(0), at(90))])]);
    const mixed = withMeasuredTimes(runbook, measured);
    expect(mixed.source).toBe('mixed');
    expect(mixed.runbook.steps.map((each) => each.estimatedMinutes)).toEqual([90, 30]);
    const all = measuredStepTimes([
      exercise('e', '2026-11-20', [run('s1', at(0), at(20)), run('s2', at(20), at(30))]),
    ]);
    expect(withMeasuredTimes(runbook, all).source).toBe('measured');
    expect(combineSources(['estimate', 'measured'])).toBe('mixed');
    expect(combineSources([])).toBe('estimate');
  });

  it('uses measured times for the runbook duration and says so in the RTO finding', () => {
    const app: System = {
      id: 'app',
      planId: PLAN,
      ...newSystemDefaults('app'),
      tier: 1,
      rto: 90,
      owner: 'IT',
      position: 0,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    const input = {
      ...NO_PEOPLE,
      mtdThreshold: 'severe',
      systems: [app],
      processes: [],
      dependencies: [],
      runbooks: [runbook],
      today: '2026-11-23',
    } as const;
    const estimated = analysePlan(input);
    expect(estimated.systems[0]?.runbookMinutes).toEqual({ minutes: 60, lowerBound: false });
    expect(estimated.systems[0]?.durationSource).toBe('estimate');
    expect(estimated.findings.some((finding) => finding.code === 'RUNBOOK_EXCEEDS_RTO')).toBe(false);

    const timed = analysePlan({
      ...input,
      exercises: [exercise('e', '2026-11-20', [run('s1', at(0), at(90))])],
    });
    expect(timed.systems[0]?.runbookMinutes).toEqual({ minutes: 120, lowerBound: false });
    expect(timed.systems[0]?.recovery.minutes).toBe(120);
    expect(timed.systems[0]?.durationSource).toBe('mixed');
    expect(timed.findings.find((finding) => finding.code === 'RUNBOOK_EXCEEDS_RTO')?.message).toBe(
      'Its runbook “Recover app” takes 2 h (partly measured in exercises) along its longest chain of steps (steps 1 and 2), longer than its RTO of 1 h 30 min.',
    );
  });
});
