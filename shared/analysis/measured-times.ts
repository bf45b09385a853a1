import type { Exercise } from '../model/exercise';
import type { Runbook, Step } from '../model/runbook';

/** A runbook step's last actual time: how long it took the last time it was done in a completed exercise. */
export interface MeasuredTime {
  minutes: number;
  exerciseId: string;
  exerciseTitle: string;
  /** The exercise's date (YYYY-MM-DD). */
  date: string;
}

/** Where a duration's step times come from: all estimates, all measured in exercises, or some of each. */
export type DurationSource = 'estimate' | 'measured' | 'mixed';

/** Whole minutes between two timestamps, at least 1: a step that was done took some time. */
export function actualMinutes(startedAt: string, endedAt: string): number | null {
  const ms = Date.parse(endedAt) - Date.parse(startedAt);
  if (!Number.isFinite(ms) || ms < 0) return null;
  return Math.max(1, Math.round(ms / 60_000));
}

/**
 * Each runbook step's last actual time, by step id: from the latest completed
 * exercise (by date, then by when it ended) in which the step was done with
 * both a start and an end. Failed or skipped runs measure nothing.
 */
export function measuredStepTimes(
  exercises: readonly Pick<Exercise, 'id' | 'title' | 'date' | 'status' | 'endedAt' | 'steps'>[],
): Map<string, MeasuredTime> {
  const completed = exercises
    .filter((exercise) => exercise.status === 'completed')
    .sort((a, b) => a.date.localeCompare(b.date) || (a.endedAt ?? '').localeCompare(b.endedAt ?? ''));
  const measured = new Map<string, MeasuredTime>();
  // Oldest first, so a later exercise overwrites an earlier one.
  for (const exercise of completed) {
    for (const run of exercise.steps) {
      if (run.status !== 'done' || run.startedAt === null || run.endedAt === null) continue;
      const minutes = actualMinutes(run.startedAt, run.endedAt);
      if (minutes === null) continue;
      measured.set(run.stepId, {
        minutes,
        exerciseId: exercise.id,
        exerciseTitle: exercise.title,
        date: exercise.date,
      });
    }
  }
  return measured;
}

/** A runbook's steps with measured times in place of estimates where there are any, and which it is. */
export function withMeasuredTimes<R extends Pick<Runbook, 'steps'>>(
  runbook: R,
  measured: ReadonlyMap<string, MeasuredTime>,
): { runbook: R; source: DurationSource } {
  let measuredCount = 0;
  const steps: Step[] = runbook.steps.map((step) => {
    const time = measured.get(step.id);
    if (!time) return step;
    measuredCount += 1;
    return { ...step, estimatedMinutes: time.minutes };
  });
  const source: DurationSource =
    measuredCount === 0 ? 'estimate' : measuredCount === runbook.steps.length ? 'measured' : 'mixed';
  return { runbook: { ...runbook, steps }, source };
}

/** Combines the sources of several runbooks (or steps) into one. */
export function combineSources(sources: readonly DurationSource[]): DurationSource {
  if (sources.length === 0 || sources.every((source) => source === 'estimate')) return 'estimate';
  if (sources.every((source) => source === 'measured')) return 'measured';
  return 'mixed';
}

/** How a duration's source reads after the number, e.g. "2 h (measured)". Empty for plain estimates. */
export function sourceNote(source: DurationSource): string {
  if (source === 'measured') return 'measured in exercises';
  if (source === 'mixed') return 'partly measured in exercises';
  return '';
}
