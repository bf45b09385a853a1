import { isFullyRated } from '../model/impact';
import type { BusinessProcess } from '../model/process';
import type { System } from '../model/system';
import { FAILURE_POINT_CODES, failurePointsStep, type ScenarioProgress } from './failure-progress';
import { RUNBOOK_STEP_CODES, runbooksStep } from './runbook-progress';
import { CRITICAL_TIER_MAX } from './spof';
import { testReviewStep, type TestReviewInput } from './test-review-progress';
import { holdsData, isProblem, type Finding } from './findings';

/** Where a "what to do next" points; the renderer turns it into a route. */
export type NextTarget =
  | {
      kind:
        | 'systems'
        | 'processes'
        | 'objectives'
        | 'map'
        | 'failure-points'
        | 'scenarios'
        | 'runbooks'
        | 'contacts'
        | 'call-tree'
        | 'vendors'
        | 'exercises'
        | 'review';
    }
  | { kind: 'system' | 'process' | 'scenario' | 'contact' | 'exercise'; id: string };

/** Where a finding is fixed: its subject's page, or the review screen for the plan as a whole. */
function findingTarget(finding: Pick<Finding, 'subject'>): NextTarget {
  const { kind, id } = finding.subject;
  return kind === 'plan' ? { kind: 'review' } : { kind, id };
}

export interface NextAction {
  text: string;
  target: NextTarget;
}

export interface StepProgress {
  id: 'identify' | 'objectives' | 'failure-points' | 'runbooks' | 'test-review';
  title: string;
  /** What the step is for, in plain words. */
  purpose: string;
  /** "later": the step is not in this version of the app yet. */
  status: 'done' | 'in-progress' | 'not-started' | 'later';
  done: number;
  total: number;
  summary: string;
  next: NextAction | null;
}

export interface ProgressInput {
  systems: readonly System[];
  processes: readonly BusinessProcess[];
  /** The whole analysis's findings, most severe first. */
  findings: readonly Finding[];
  dependencyCount: number;
  scenarios: readonly ScenarioProgress[];
  runbookCount: number;
  contactCount: number;
  /** Calls in the call tree. */
  callCount: number;
  /** What step 5 reads: exercises, the scenarios that scope them, the plan's approval, and today. */
  testReview: Omit<TestReviewInput, 'systems'>;
}

const label = (name: string, fallback: string) => `“${name || fallback}”`;

/** "2 of 3 systems", "0 of 1 process". */
const countOf = (done: number, total: number, one: string, many: string) =>
  `${done} of ${total} ${total === 1 ? one : many}`;

function status(done: number, total: number, started: boolean): StepProgress['status'] {
  if (total > 0 && done === total) return 'done';
  return started ? 'in-progress' : 'not-started';
}

function identifyStep({ systems, processes }: ProgressInput): StepProgress {
  const systemReady = (system: System) => system.owner !== '' && system.tier !== null;
  const processReady = (process: BusinessProcess) =>
    process.systemIds.length > 0 && (process.mtdOverride !== null || isFullyRated(process.impact));
  const done = systems.filter(systemReady).length + processes.filter(processReady).length;
  const total = systems.length + processes.length;

  let next: NextAction | null = null;
  const system = systems.find((candidate) => !systemReady(candidate));
  const process = processes.find((candidate) => !processReady(candidate));
  if (systems.length === 0) {
    next = { text: 'Add your first critical system', target: { kind: 'systems' } };
  } else if (processes.length === 0) {
    next = { text: 'Add the business processes those systems support', target: { kind: 'processes' } };
  } else if (process) {
    next = {
      text:
        process.systemIds.length === 0
          ? `Tick the systems ${label(process.name, 'the process')} needs`
          : `Finish rating the impact of an outage of ${label(process.name, 'the process')}`,
      target: { kind: 'process', id: process.id },
    };
  } else if (system) {
    next = {
      text: `Give ${label(system.name, 'the system')} an owner and a tier`,
      target: { kind: 'system', id: system.id },
    };
  }

  return {
    id: 'identify',
    title: 'Identify critical systems and processes',
    purpose: 'List what the organisation does and the systems, services, places and people it needs.',
    status: systems.length > 0 && processes.length > 0 ? status(done, total, true) : status(0, 1, total > 0),
    done,
    total,
    summary: `${countOf(systems.filter(systemReady).length, systems.length, 'system', 'systems')} with an owner and a tier · ${countOf(processes.filter(processReady).length, processes.length, 'process', 'processes')} linked to systems and rated`,
    next,
  };
}

function objectivesStep({ systems, findings }: ProgressInput): StepProgress {
  // Facilities and people hold no data: for them the RTO is the whole objective.
  const ready = (system: System) =>
    system.rto !== null && (!holdsData(system) || (system.rpo !== null && system.backupMethod !== null));
  const done = systems.filter(ready).length;
  const problems = findings.filter(
    (finding) =>
      isProblem(finding) && !FAILURE_POINT_CODES.has(finding.code) && !RUNBOOK_STEP_CODES.has(finding.code),
  );
  const missing = systems.find((system) => !ready(system));
  let next: NextAction | null = null;
  if (systems.length === 0) next = null;
  else if (missing) {
    next = {
      text: `Set RTO, RPO and backups for ${label(missing.name, 'the system')}`,
      target: { kind: 'objectives' },
    };
  } else if (problems[0]) {
    const first = problems[0];
    next = {
      text: `Resolve: ${first.subject.name}: ${first.message}`,
      target: findingTarget(first),
    };
  }
  const started = systems.some(
    (system) => system.rto !== null || system.rpo !== null || system.backupMethod !== null,
  );
  return {
    id: 'objectives',
    title: 'Set recovery objectives',
    purpose:
      'Agree how fast each system must be back (RTO), how much data may be lost (RPO), and how it is backed up.',
    status:
      problems.length > 0 && done === systems.length && done > 0
        ? 'in-progress'
        : status(done, systems.length, started),
    done,
    total: systems.length,
    summary: `${countOf(done, systems.length, 'system', 'systems')} with RTO, RPO and backups recorded · ${problems.length === 1 ? '1 problem' : `${problems.length} problems`} found`,
    next,
  };
}

/** The five steps of a plan with how complete each is and the one thing to do next in it. */
export function planProgress(input: ProgressInput): StepProgress[] {
  return [
    identifyStep(input),
    objectivesStep(input),
    failurePointsStep({ ...input, systemCount: input.systems.length }),
    runbooksStep({
      ...input,
      criticalSystemCount: input.systems.filter(
        (system) => system.tier !== null && system.tier <= CRITICAL_TIER_MAX,
      ).length,
    }),
    testReviewStep({ ...input.testReview, systems: input.systems }),
  ];
}

/**
 * The first thing to do: from the first unfinished step that has one, else
 * the most severe finding left (a finished step can still have warnings, such
 * as backups nobody has restore-tested).
 */
export function nextAction(
  steps: readonly StepProgress[],
  findings: readonly Finding[] = [],
): NextAction | null {
  const fromSteps = steps.find((step) => step.status !== 'done' && step.next)?.next;
  if (fromSteps) return fromSteps;
  const [first] = findings;
  if (!first) return null;
  return {
    text: `${first.subject.name}: ${first.fix}`,
    target: findingTarget(first),
  };
}
