import type { Exercise } from '../model/exercise';
import type { Plan } from '../model/plan';
import type { Scenario } from '../model/scenario';
import type { System } from '../model/system';
import { monthsBefore } from './findings';
import type { NextAction, StepProgress } from './progress';

/** A tier 0–1 system counts as tested when a completed exercise covered it within this many months. */
export const EXERCISE_MAX_AGE_MONTHS = 12;
/** Tiers whose systems must be exercised every year. */
export const EXERCISED_TIER_MAX = 1;

export interface TestReviewInput {
  systems: readonly Pick<System, 'id' | 'name' | 'tier'>[];
  exercises: readonly Pick<
    Exercise,
    'title' | 'date' | 'status' | 'systemIds' | 'scenarioId' | 'steps' | 'achieved' | 'actions'
  >[];
  /** Scenarios add the systems they take down to an exercise scoped by scenario. */
  scenarios: readonly Pick<Scenario, 'id' | 'affectedSystemIds'>[];
  plan: Pick<Plan, 'status' | 'approvers' | 'reviewCycleMonths'>;
  /** Today (YYYY-MM-DD); shared/ reads no clock. */
  today: string;
}

type ExerciseScope = TestReviewInput['exercises'][number];

/** Every system an exercise covered: its scope, its scenario's systems, and the systems it timed or measured. */
export function exercisedSystemIds(
  exercise: ExerciseScope,
  scenarios: TestReviewInput['scenarios'],
): Set<string> {
  const scenario = scenarios.find((candidate) => candidate.id === exercise.scenarioId);
  return new Set([
    ...exercise.systemIds,
    ...(scenario?.affectedSystemIds ?? []),
    ...exercise.steps.flatMap((step) => (step.systemId === null ? [] : [step.systemId])),
    ...exercise.achieved.map((achieved) => achieved.systemId),
  ]);
}

/** Completed exercises dated within the last `EXERCISE_MAX_AGE_MONTHS` (none in the future). */
export function recentCompletedExercises<T extends ExerciseScope>(
  exercises: readonly T[],
  today: string,
): T[] {
  const oldest = monthsBefore(today, EXERCISE_MAX_AGE_MONTHS);
  return exercises.filter(
    (exercise) => exercise.status === 'completed' && exercise.date >= oldest && exercise.date <= today,
  );
}

/** Follow-up actions not yet done, over every exercise. */
export function openActions(exercises: TestReviewInput['exercises']) {
  return exercises.flatMap((exercise) => exercise.actions.filter((action) => action.status !== 'done'));
}

/** The newest approval date, or null when nobody has approved this version. */
export function lastApproval(plan: TestReviewInput['plan']): string | null {
  const dates = plan.approvers.flatMap((approver) =>
    approver.approvedOn === null ? [] : [approver.approvedOn],
  );
  return dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b));
}

const quoted = (name: string) => `“${name || 'Unnamed system'}”`;

/**
 * Step 5 as three checks, read from the records themselves (not from findings): every tier 0–1
 * system was in a completed exercise in the last 12 months; exercises were held and none of their
 * follow-up actions is still open; the plan is approved and its last approval is within the review
 * cycle. Like the other steps, an empty plan is not a ready one.
 */
export function testReviewStep(input: TestReviewInput): StepProgress {
  const { systems, exercises, scenarios, plan, today } = input;
  const critical = systems.filter((system) => system.tier !== null && system.tier <= EXERCISED_TIER_MAX);
  const recent = recentCompletedExercises(exercises, today);
  const covered = new Set(recent.flatMap((exercise) => [...exercisedSystemIds(exercise, scenarios)]));
  const untested = critical.filter((system) => !covered.has(system.id));
  const open = openActions(exercises);
  const completed = exercises.filter((exercise) => exercise.status === 'completed');
  const approvedOn = lastApproval(plan);
  const reviewDue = approvedOn === null ? null : monthsAfter(approvedOn, plan.reviewCycleMonths);
  /** The date the next review is due, while the approval is still in its cycle. */
  const approvedUntil =
    plan.status === 'approved' && reviewDue !== null && today <= reviewDue ? reviewDue : null;
  const approvedInCycle = approvedUntil !== null;

  const checks = [
    critical.length > 0 ? untested.length === 0 : recent.length > 0,
    completed.length > 0 && open.length === 0,
    approvedInCycle,
  ];
  const done = checks.filter(Boolean).length;

  let next: NextAction | null = null;
  const [firstUntested] = untested;
  const [firstOpen] = open;
  if (firstUntested) {
    next = {
      text: `Plan an exercise that covers ${quoted(firstUntested.name)}`,
      target: { kind: 'exercises' },
    };
  } else if (!checks[0]) {
    next = { text: 'Plan and run a first exercise', target: { kind: 'exercises' } };
  } else if (firstOpen) {
    next = { text: `Close the follow-up action “${firstOpen.text}”`, target: { kind: 'exercises' } };
  } else if (!approvedInCycle) {
    next = {
      text:
        plan.status === 'approved'
          ? 'The review is due: review the plan and approve it again'
          : 'Have the plan reviewed and approved',
      target: { kind: 'review' },
    };
  }

  const approval =
    plan.status !== 'approved'
      ? `${plan.status === 'draft' ? 'draft' : 'in review'}, not approved`
      : approvedUntil !== null
        ? `approved, next review by ${approvedUntil}`
        : 'approved, review overdue';
  return {
    id: 'test-review',
    title: 'Test and review',
    purpose: 'Exercise the plan, record what happened, and review it on a schedule.',
    status:
      done === checks.length
        ? 'done'
        : exercises.length > 0 || plan.status !== 'draft'
          ? 'in-progress'
          : 'not-started',
    done,
    total: checks.length,
    summary: [
      `${critical.length - untested.length} of ${critical.length} tier 0–1 ${critical.length === 1 ? 'system' : 'systems'} exercised in the last ${EXERCISE_MAX_AGE_MONTHS} months`,
      `${open.length} follow-up ${open.length === 1 ? 'action' : 'actions'} open`,
      approval,
    ].join(' · '),
    next,
  };
}

/** The date `months` after `date` (YYYY-MM-DD), the day clamped to the month's length. */
export function monthsAfter(date: string, months: number): string {
  return monthsBefore(date, -months);
}
