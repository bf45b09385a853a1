import { describe, expect, it } from 'vitest';
import {
  actionOverdueFindings,
  exerciseOverdueFindings,
  exerciseSystemIds,
} from '../../shared/analysis/exercise-findings';
import { analysePlan } from '../../shared/analysis/plan-analysis';
import { newExerciseDefaults, type Exercise, type FollowUpAction } from '../../shared/model/exercise';
import { newSystemDefaults, type System, type Tier } from '../../shared/model/system';
import { NO_PEOPLE } from '../support/no-people';

const PLAN = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const STAMP = '2026-11-22T10:00:00.000Z';
const TODAY = '2026-11-23';

function system(id: string, tier: Tier | null): System {
  return {
    id,
    planId: PLAN,
    ...newSystemDefaults(id),
    tier,
    owner: 'IT',
    position: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

function exercise(id: string, overrides: Partial<Exercise> = {}): Exercise {
  return {
    id,
    planId: PLAN,
    title: `Exercise ${id}`,
    date: '2026-06-01',
    ...newExerciseDefaults(),
    status: 'completed',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

function action(overrides: Partial<FollowUpAction> = {}): FollowUpAction {
  return {
    id: 'a1',
    text: 'Buy a second router',
    owner: 'Dana',
    due: '2026-11-22',
    status: 'open',
    ...overrides,
  };
}

const overdue = (
  systems: System[],
  exercises: Exercise[],
  scenarios: { id: string; affectedSystemIds: string[] }[] = [],
) => exerciseOverdueFindings({ systems, exercises, scenarios, today: TODAY });

describe('EXERCISE_OVERDUE', () => {
  it('flags a tier 0–1 system never exercised as medium and a tier 2 one as low; tier 3 and untiered never', () => {
    const findings = overdue(
      [system('core', 0), system('app', 1), system('mail', 2), system('wiki', 3), system('x', null)],
      [],
    );
    expect(findings.map((finding) => [finding.subject.id, finding.severity])).toEqual([
      ['core', 'medium'],
      ['app', 'medium'],
      ['mail', 'low'],
    ]);
    expect(findings[0]).toMatchObject({
      code: 'EXERCISE_OVERDUE',
      field: 'exercise',
      message:
        'Tier 0 – Foundational system that no completed exercise has tested: nobody knows its recovery works.',
    });
    expect(findings[0]?.fix).toContain('at least every 12 months');
  });

  it('counts a completed exercise exactly 12 months ago for tier 1, not one a day older', () => {
    const app = system('app', 1);
    expect(overdue([app], [exercise('e', { date: '2025-11-23', systemIds: ['app'] })])).toEqual([]);
    const late = overdue([app], [exercise('e', { date: '2025-11-22', systemIds: ['app'] })]);
    expect(late.map((finding) => finding.message)).toEqual([
      'Tier 1 – Mission-critical system last tested in an exercise on 2025-11-22, more than 12 months ago.',
    ]);
  });

  it('gives tier 2 24 months', () => {
    const mail = system('mail', 2);
    expect(overdue([mail], [exercise('e', { date: '2024-11-23', systemIds: ['mail'] })])).toEqual([]);
    expect(overdue([mail], [exercise('e', { date: '2024-11-22', systemIds: ['mail'] })])).toHaveLength(1);
  });

  it('counts only completed exercises dated up to today, and only for the systems they covered', () => {
    const app = system('app', 1);
    expect(overdue([app], [exercise('e', { status: 'planned', systemIds: ['app'] })])).toHaveLength(1);
    expect(overdue([app], [exercise('e', { status: 'running', systemIds: ['app'] })])).toHaveLength(1);
    expect(overdue([app], [exercise('e', { systemIds: ['other'] })])).toHaveLength(1);
    expect(overdue([app], [exercise('e', { date: '2026-11-24', systemIds: ['app'] })])).toHaveLength(1);
    expect(overdue([app], [exercise('e', { date: TODAY, systemIds: ['app'] })])).toEqual([]);
  });

  it('counts the systems a scenario takes down as covered by an exercise of that scenario', () => {
    const scenarios = [{ id: 's', affectedSystemIds: ['app'] }];
    const run = exercise('e', { scenarioId: 's' });
    expect(exerciseSystemIds(run, scenarios)).toEqual(new Set(['app']));
    expect(overdue([system('app', 1)], [run], scenarios)).toEqual([]);
    // A deleted scenario covers nothing.
    expect(overdue([system('app', 1)], [run], [])).toHaveLength(1);
  });

  it('names the next planned exercise that covers it in the fix', () => {
    const [finding] = overdue(
      [system('app', 1)],
      [
        exercise('p', {
          title: 'Winter tabletop',
          status: 'planned',
          date: '2026-12-10',
          systemIds: ['app'],
        }),
      ],
    );
    expect(finding?.fix).toBe(
      'Run the exercise “Winter tabletop” planned for 2026-12-10 and complete it with its results.',
    );
  });
});

describe('ACTION_OVERDUE', () => {
  const find = (...actions: FollowUpAction[]) =>
    actionOverdueFindings({
      exercises: [exercise('e', { title: 'Spring failover', actions })],
      today: TODAY,
    });

  it('flags an open action due before today, naming its owner, about the exercise', () => {
    expect(find(action())).toEqual([
      {
        code: 'ACTION_OVERDUE',
        severity: 'medium',
        subject: { kind: 'exercise', id: 'e', name: 'Spring failover' },
        field: 'actions',
        message: 'The follow-up action “Buy a second router” (Dana) was due on 2026-11-22 and is not done.',
        fix: 'Ask Dana to finish it and mark it done, or agree a new due date.',
      },
    ]);
  });

  it('does not flag an action due today, one that is done, or one without a due date', () => {
    expect(find(action({ due: TODAY }))).toEqual([]);
    expect(find(action({ status: 'done' }))).toEqual([]);
    expect(find(action({ due: null }))).toEqual([]);
  });

  it('flags an action in progress, and one without an owner asks for one', () => {
    expect(find(action({ status: 'in-progress' }))).toHaveLength(1);
    expect(find(action({ owner: ' ' }))[0]?.fix).toBe(
      'Name an owner, finish it and mark it done, or agree a new due date.',
    );
  });
});

describe('analysePlan with exercises', () => {
  it('reports both findings', () => {
    const analysis = analysePlan({
      ...NO_PEOPLE,
      mtdThreshold: 'severe',
      systems: [system('app', 1)],
      processes: [],
      dependencies: [],
      exercises: [exercise('e', { date: '2024-01-01', systemIds: ['app'], actions: [action()] })],
      today: TODAY,
    });
    expect(
      analysis.findings.map((finding) => finding.code).filter((code) => code.endsWith('OVERDUE')),
    ).toEqual(['EXERCISE_OVERDUE', 'ACTION_OVERDUE']);
  });
});
