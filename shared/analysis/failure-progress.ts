import type { Finding, FindingCode } from './findings';
import type { NextAction, StepProgress } from './progress';

/** Findings that belong to mapping failure points rather than to setting objectives. */
export const FAILURE_POINT_CODES: ReadonlySet<FindingCode> = new Set([
  'DEPENDENCY_CYCLE',
  'SPOF',
  'RTO_DEPENDENCY_CONFLICT',
]);

/** What the step needs to know about a scenario: whether it has been thought through. */
export interface ScenarioProgress {
  id: string;
  name: string;
  likelihood: number | null;
  impact: number | null;
}

export interface FailurePointsInput {
  systemCount: number;
  dependencyCount: number;
  scenarios: readonly ScenarioProgress[];
  findings: readonly Finding[];
}

const quoted = (name: string, fallback: string) => `“${name || fallback}”`;

/**
 * Step 3 as four checks: dependencies recorded, no hard cycle, no single point
 * of failure left, and every scenario rated (at least one described). The
 * cycle and SPOF checks count only once dependencies exist: with nothing
 * mapped, "no single point of failure" would be true and meaningless.
 */
export function failurePointsStep(input: FailurePointsInput): StepProgress {
  const { systemCount, dependencyCount, scenarios, findings } = input;
  const mapped = dependencyCount > 0;
  const cycle = findings.find((finding) => finding.code === 'DEPENDENCY_CYCLE');
  const spofs = findings.filter((finding) => finding.code === 'SPOF');
  const unrated = scenarios.find((scenario) => scenario.likelihood === null || scenario.impact === null);
  const rated = scenarios.filter((scenario) => scenario.likelihood !== null && scenario.impact !== null);
  const checks = [mapped, mapped && !cycle, mapped && spofs.length === 0, scenarios.length > 0 && !unrated];
  const done = checks.filter(Boolean).length;

  let next: NextAction | null = null;
  if (systemCount === 0) next = null;
  else if (!mapped) next = { text: 'Record what your systems depend on', target: { kind: 'map' } };
  else if (cycle) {
    next = { text: `Break the dependency cycle: ${cycle.message}`, target: { kind: 'failure-points' } };
  } else if (spofs[0]) {
    next = {
      text: `Add a standby for ${quoted(spofs[0].subject.name, 'the system')}, a single point of failure`,
      target: { kind: 'system', id: spofs[0].subject.id },
    };
  } else if (scenarios.length === 0) {
    next = { text: 'Describe what can go wrong: add failure scenarios', target: { kind: 'scenarios' } };
  } else if (unrated) {
    next = {
      text: `Rate how likely and how harmful ${quoted(unrated.name, 'the scenario')} is`,
      target: { kind: 'scenario', id: unrated.id },
    };
  }

  const spofText =
    spofs.length === 1 ? '1 single point of failure' : `${spofs.length} single points of failure`;
  return {
    id: 'failure-points',
    title: 'Map failure points',
    purpose: 'Record what depends on what, find single points of failure, and describe what can go wrong.',
    status: done === checks.length ? 'done' : mapped || scenarios.length > 0 ? 'in-progress' : 'not-started',
    done,
    total: checks.length,
    summary: [
      dependencyCount === 1 ? '1 dependency recorded' : `${dependencyCount} dependencies recorded`,
      mapped ? spofText : 'single points of failure not known yet',
      scenarios.length === 0
        ? 'no scenarios yet'
        : `${rated.length} of ${scenarios.length} ${scenarios.length === 1 ? 'scenario' : 'scenarios'} rated`,
    ].join(' · '),
    next,
  };
}
