import type { Dependency } from '../model/dependency';
import type { Achieved, Exercise, StepRun } from '../model/exercise';
import type { Runbook } from '../model/runbook';
import type { Scenario } from '../model/scenario';
import type { System } from '../model/system';
import { actualMinutes } from './measured-times';
import { exerciseSystemIds } from './exercise-findings';
import { buildGraph } from './failure-graph';
import { recoveryWaves } from './recovery-order';

export interface RunPlanInput {
  exercise: Pick<Exercise, 'systemIds' | 'scenarioId'>;
  systems: readonly System[];
  dependencies: readonly Pick<Dependency, 'dependentId' | 'kind' | 'targetIds'>[];
  runbooks: readonly Runbook[];
  scenarios: readonly Pick<Scenario, 'id' | 'affectedSystemIds'>[];
}

/**
 * The systems of an exercise's scope in recovery order: by recovery wave
 * (systems in or behind a dependency cycle last), then in entry order.
 */
export function scopeInRecoveryOrder(input: RunPlanInput): System[] {
  const ids = exerciseSystemIds(input.exercise, input.scenarios);
  const waves = recoveryWaves(
    buildGraph({ systems: input.systems, processes: [], dependencies: input.dependencies }),
  );
  const wave = (system: System) => waves.get(system.id) ?? Number.POSITIVE_INFINITY;
  return input.systems.filter((system) => ids.has(system.id)).sort((a, b) => wave(a) - wave(b));
}

/**
 * The checklist an exercise walks: every step of the scope's runbooks, system
 * by system in recovery order (a system's runbook for the exercise's scenario
 * first), each copied with its title and estimate so the record reads later.
 */
export function plannedStepRuns(input: RunPlanInput): StepRun[] {
  return scopeInRecoveryOrder(input).flatMap((system) =>
    input.runbooks
      .filter((runbook) => runbook.systemId === system.id)
      .sort(
        (a, b) =>
          Number(b.scenarioId === input.exercise.scenarioId) -
          Number(a.scenarioId === input.exercise.scenarioId),
      )
      .flatMap((runbook) =>
        runbook.steps.map((step): StepRun => ({
          runbookId: runbook.id,
          stepId: step.id,
          systemId: system.id,
          runbookTitle: runbook.title.slice(0, 200),
          stepTitle: step.title.slice(0, 200),
          estimatedMinutes: step.estimatedMinutes,
          status: 'pending',
          startedAt: null,
          endedAt: null,
          notes: '',
        })),
      ),
  );
}

/**
 * A system's achieved RTO: from the start of the exercise until the last of
 * its steps was done. Only once every one of its steps is done or skipped
 * (and at least one done): a failed or unfinished step means it is not back.
 */
export function achievedRtoMinutes(
  exercise: Pick<Exercise, 'startedAt' | 'steps'>,
  systemId: string,
): number | null {
  const steps = exercise.steps.filter((step) => step.systemId === systemId);
  if (exercise.startedAt === null || steps.length === 0) return null;
  if (!steps.every((step) => step.status === 'done' || step.status === 'skipped')) return null;
  const ends = steps.flatMap((step) => (step.status === 'done' && step.endedAt ? [step.endedAt] : []));
  const last = ends.sort().at(-1);
  if (last === undefined) return null;
  return Math.max(0, Math.round((Date.parse(last) - Date.parse(exercise.startedAt)) / 60_000));
}

/**
 * The achieved list after a change to the steps: every system with steps, its
 * RTO from the clock, and the RPO someone typed kept as it was.
 */
export function recomputeAchieved(
  exercise: Pick<Exercise, 'startedAt' | 'steps' | 'achieved'>,
  systemNames: ReadonlyMap<string, string>,
): Achieved[] {
  const ids = [...new Set(exercise.steps.flatMap((step) => (step.systemId === null ? [] : [step.systemId])))];
  const kept = new Map(exercise.achieved.map((entry) => [entry.systemId, entry]));
  const fromClock = ids.map((systemId) => ({
    systemId,
    systemName: (systemNames.get(systemId) ?? kept.get(systemId)?.systemName ?? '').slice(0, 200),
    rtoMinutes: achievedRtoMinutes(exercise, systemId),
    rpoMinutes: kept.get(systemId)?.rpoMinutes ?? null,
  }));
  // Systems typed in by hand (no steps) keep their entries.
  const typed = exercise.achieved.filter((entry) => !ids.includes(entry.systemId));
  return [...fromClock, ...typed];
}

export type StepAction = 'start' | 'done' | 'failed' | 'skip' | 'reset';

/**
 * One click on a step in run mode, at `now`. Done or Failed without Start
 * counts from when the step before it in the list ended (or the exercise
 * started): at a tabletop people often just say "done".
 */
export function applyStepAction(
  exercise: Pick<Exercise, 'startedAt' | 'steps'>,
  index: number,
  action: StepAction,
  now: string,
): StepRun[] {
  return exercise.steps.map((step, at) => {
    if (at !== index) return step;
    switch (action) {
      case 'start':
        return { ...step, status: 'running', startedAt: now, endedAt: null };
      case 'reset':
        return { ...step, status: 'pending', startedAt: null, endedAt: null };
      case 'skip':
        return { ...step, status: 'skipped', endedAt: now };
      case 'done':
      case 'failed': {
        const previous = exercise.steps
          .slice(0, index)
          .flatMap((earlier) => (earlier.endedAt ? [earlier.endedAt] : []))
          .sort()
          .at(-1);
        const startedAt = step.startedAt ?? previous ?? exercise.startedAt ?? now;
        return { ...step, status: action === 'done' ? 'done' : 'failed', startedAt, endedAt: now };
      }
    }
  });
}

/** A step's actual minutes once it has ended, for the results table. */
export function stepActualMinutes(step: Pick<StepRun, 'startedAt' | 'endedAt' | 'status'>): number | null {
  if (step.status !== 'done' && step.status !== 'failed') return null;
  return step.startedAt && step.endedAt ? actualMinutes(step.startedAt, step.endedAt) : null;
}
