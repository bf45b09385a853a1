import type { Step } from '../model/runbook';

export type TimedStep = Pick<Step, 'id' | 'estimatedMinutes' | 'waitsFor'>;

/** When one step can start and finish at the earliest, in minutes from the start of the runbook. */
export interface StepTiming {
  id: string;
  /** The latest finish among the steps it waits for; 0 when it waits for none. */
  start: number;
  /** start + its estimate (a missing estimate counts as 0 minutes). */
  finish: number;
}

/**
 * A runbook's expected duration:
 *
 * - `minutes`: the length of its critical path, the longest chain of steps
 *   each waiting for the one before; steps that wait for nothing in common
 *   run in parallel and overlap. A missing estimate counts as 0 minutes.
 * - `lowerBound`: true when some estimate is missing, so the runbook takes
 *   at least `minutes`, maybe longer (any step could become the bottleneck).
 * - `steps`: every step's earliest start and finish, in list order.
 * - `criticalPath`: the ids of one longest chain, first step first. Its
 *   estimates add up to `minutes`. On a tie the chain ends at the step
 *   listed first, and at each step goes back through the earliest-listed
 *   step it waits for that finishes last. Empty for an empty runbook.
 * - `unknownIds`: the steps without an estimate, in list order.
 */
export interface RunbookDuration {
  minutes: number;
  lowerBound: boolean;
  steps: StepTiming[];
  criticalPath: string[];
  unknownIds: string[];
}

/**
 * Earliest start and finish of every step in one pass down the list: a step
 * may only wait for steps above it (the runbook schema enforces it), so those
 * are always timed first. A `waitsFor` id that is not a step above is ignored
 * rather than trusted, so unchecked input cannot loop or throw.
 */
export function runbookDuration(steps: readonly TimedStep[]): RunbookDuration {
  const timings: StepTiming[] = [];
  const before: number[][] = [];
  const indexOf = new Map<string, number>();
  for (const step of steps) {
    const earlier = [...new Set(step.waitsFor)]
      .map((id) => indexOf.get(id))
      .filter((at): at is number => at !== undefined)
      .sort((a, b) => a - b);
    const start = Math.max(0, ...earlier.map((at) => timings[at]?.finish ?? 0));
    const finish = start + (step.estimatedMinutes ?? 0);
    before.push(earlier);
    timings.push({ id: step.id, start, finish });
    if (!indexOf.has(step.id)) indexOf.set(step.id, timings.length - 1);
  }

  const minutes = Math.max(0, ...timings.map((timing) => timing.finish));
  const path: string[] = [];
  let at: number | undefined = timings.findIndex((timing) => timing.finish === minutes);
  while (at !== undefined && at >= 0) {
    const timing: StepTiming | undefined = timings[at];
    if (!timing) break;
    path.push(timing.id);
    at = (before[at] ?? []).find((earlier) => timings[earlier]?.finish === timing.start);
  }
  const unknownIds = steps.filter((step) => step.estimatedMinutes === null).map((step) => step.id);
  return {
    minutes,
    lowerBound: unknownIds.length > 0,
    steps: timings,
    criticalPath: path.reverse(),
    unknownIds,
  };
}
