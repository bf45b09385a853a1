import type { Exercise } from '../model/exercise';
import type { Scenario } from '../model/scenario';
import { TIER_INFO, type System } from '../model/system';
import { monthsBefore, type Finding } from './findings';

/** How recent a completed exercise must be to count, by tier: tier 0–1 yearly, tier 2 every two years. */
export const EXERCISE_MAX_AGE_MONTHS = { 0: 12, 1: 12, 2: 24 } as const satisfies Record<0 | 1 | 2, number>;

export type ExerciseScope = Pick<Exercise, 'systemIds' | 'scenarioId'>;

/** The systems an exercise covers: those named in its scope and those its scenario takes down. */
export function exerciseSystemIds(
  exercise: ExerciseScope,
  scenarios: readonly Pick<Scenario, 'id' | 'affectedSystemIds'>[],
): Set<string> {
  const scenario = scenarios.find((candidate) => candidate.id === exercise.scenarioId);
  return new Set([...exercise.systemIds, ...(scenario?.affectedSystemIds ?? [])]);
}

export interface ExerciseFindingsInput {
  systems: readonly Pick<System, 'id' | 'name' | 'tier'>[];
  exercises: readonly Pick<
    Exercise,
    'id' | 'title' | 'date' | 'status' | 'systemIds' | 'scenarioId' | 'actions'
  >[];
  scenarios: readonly Pick<Scenario, 'id' | 'affectedSystemIds'>[];
  /** Today's date (YYYY-MM-DD). */
  today: string;
}

/**
 * EXERCISE_OVERDUE: a tier 0–2 system that no completed exercise dated within
 * its tier's interval (up to today) covered. Exactly 12 (or 24) months ago
 * still counts, like the restore-test rule. Medium for tier 0–1, low for tier 2:
 * an untested plan is a gap to close, not yet a plan that fails.
 */
export function exerciseOverdueFindings(input: ExerciseFindingsInput): Finding[] {
  const completed = input.exercises
    .filter((exercise) => exercise.status === 'completed' && exercise.date <= input.today)
    .map((exercise) => ({ date: exercise.date, covers: exerciseSystemIds(exercise, input.scenarios) }));
  const planned = input.exercises.filter(
    (exercise) => exercise.status !== 'completed' && exercise.date >= input.today,
  );
  const findings: Finding[] = [];
  for (const system of input.systems) {
    const tier = system.tier;
    if (tier !== 0 && tier !== 1 && tier !== 2) continue;
    const months = EXERCISE_MAX_AGE_MONTHS[tier];
    const cutoff = monthsBefore(input.today, months);
    const last = completed
      .filter((exercise) => exercise.covers.has(system.id))
      .reduce<string | null>(
        (latest, exercise) => (latest === null || exercise.date > latest ? exercise.date : latest),
        null,
      );
    if (last !== null && last >= cutoff) continue;
    const next = planned
      .filter((exercise) => exerciseSystemIds(exercise, input.scenarios).has(system.id))
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    const label = TIER_INFO[tier].label;
    findings.push({
      code: 'EXERCISE_OVERDUE',
      severity: tier <= 1 ? 'medium' : 'low',
      subject: { kind: 'system', id: system.id, name: system.name || 'Unnamed system' },
      field: 'exercise',
      message:
        last === null
          ? `${label} system that no completed exercise has tested: nobody knows its recovery works.`
          : `${label} system last tested in an exercise on ${last}, more than ${months} months ago.`,
      fix: next
        ? `Run the exercise “${next.title}” planned for ${next.date} and complete it with its results.`
        : `Plan an exercise that covers it (a tabletop walk through its runbook is enough to start) at least every ${months} months.`,
    });
  }
  return findings;
}

/**
 * ACTION_OVERDUE: a follow-up action of an exercise that is not done and whose
 * due date is before today (due today is not yet overdue). Medium: a known
 * weakness is still open past the date its owner agreed to.
 */
export function actionOverdueFindings(input: Pick<ExerciseFindingsInput, 'exercises' | 'today'>): Finding[] {
  const findings: Finding[] = [];
  for (const exercise of input.exercises) {
    for (const action of exercise.actions) {
      if (action.status === 'done' || action.due === null || action.due >= input.today) continue;
      const owner = action.owner.trim();
      findings.push({
        code: 'ACTION_OVERDUE',
        severity: 'medium',
        subject: { kind: 'exercise', id: exercise.id, name: exercise.title },
        field: 'actions',
        message: `The follow-up action “${action.text}”${owner ? ` (${owner})` : ''} was due on ${action.due} and is not done.`,
        fix: owner
          ? `Ask ${owner} to finish it and mark it done, or agree a new due date.`
          : 'Name an owner, finish it and mark it done, or agree a new due date.',
      });
    }
  }
  return findings;
}
