import { SEVERITIES, type Finding, type Severity } from '../analysis/findings';
import type { PlanAnalysis } from '../analysis/plan-analysis';
import type { NextTarget, StepProgress } from '../analysis/progress';
import {
  EXERCISED_TIER_MAX,
  exercisedSystemIds,
  type TestReviewInput,
} from '../analysis/test-review-progress';
import { TIERS, type Tier } from '../model/system';
import { rtoBars, type RtoBar } from './rto-bars';

/**
 * Everything the readiness screen draws, worked out from the plan and its analysis in one pure
 * pass, so the pictures and their text alternatives always say the same thing.
 */
export interface Readiness {
  /** 0–100: the steps' completion, each step weighing the same. */
  overall: number;
  steps: { id: StepProgress['id']; title: string; percent: number; status: StepProgress['status'] }[];
  rto: RtoBar[];
  /** Systems per tier, "not set" last. */
  tiers: { tier: Tier | null; count: number }[];
  /** Findings per severity, most severe first (zeros included, so the picture keeps its shape). */
  severities: { severity: Severity; count: number }[];
  coverage: QuarterCoverage[];
  nextSteps: NextStep[];
}

export interface QuarterCoverage {
  /** "2026 Q3" */
  label: string;
  /** First day of the quarter (YYYY-MM-DD). */
  start: string;
  /** Completed exercises dated in the quarter. */
  exercises: number;
  /** Distinct tier 0–1 systems those exercises covered. */
  criticalCovered: number;
}

export interface NextStep {
  severity: Severity;
  /** What is wrong: "CRM: The RTO of 4 h is longer than the MTD…" */
  text: string;
  fix: string;
  code: Finding['code'];
  target: NextTarget;
}

export interface ReadinessInput extends Omit<TestReviewInput, 'plan'> {
  analysis: Pick<PlanAnalysis, 'systems' | 'findings'>;
  steps: readonly StepProgress[];
}

/** How many quarters the coverage picture shows, ending with today's. */
export const COVERAGE_QUARTERS = 8;

export function readiness(input: ReadinessInput): Readiness {
  const steps = input.steps.map((step) => ({
    id: step.id,
    title: step.title,
    status: step.status,
    percent: step.total === 0 ? 0 : Math.round((step.done / step.total) * 100),
  }));
  const overall =
    steps.length === 0 ? 0 : Math.round(steps.reduce((sum, step) => sum + step.percent, 0) / steps.length);
  return {
    overall,
    steps,
    rto: rtoBars(input.analysis.systems),
    tiers: [...TIERS, null].map((tier) => ({
      tier,
      count: input.systems.filter((system) => system.tier === tier).length,
    })),
    severities: SEVERITIES.map((severity) => ({
      severity,
      count: input.analysis.findings.filter((finding) => finding.severity === severity).length,
    })),
    coverage: exerciseCoverage(input),
    nextSteps: nextSteps(input.analysis.findings),
  };
}

function quarterStart(date: string): { year: number; quarter: number } {
  const [year = 0, month = 1] = date.split('-').map(Number);
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

/** Completed exercises per quarter over the last `COVERAGE_QUARTERS`, and how many tier 0–1 systems they covered. */
export function exerciseCoverage(input: Omit<TestReviewInput, 'plan'>): QuarterCoverage[] {
  const critical = new Set(
    input.systems
      .filter((system) => system.tier !== null && system.tier <= EXERCISED_TIER_MAX)
      .map((system) => system.id),
  );
  const now = quarterStart(input.today);
  const quarters: QuarterCoverage[] = [];
  for (let back = COVERAGE_QUARTERS - 1; back >= 0; back -= 1) {
    const index = now.year * 4 + (now.quarter - 1) - back;
    const year = Math.floor(index / 4);
    const quarter = (index % 4) + 1;
    const inQuarter = input.exercises.filter((exercise) => {
      const at = quarterStart(exercise.date);
      return exercise.status === 'completed' && at.year === year && at.quarter === quarter;
    });
    const covered = new Set(
      inQuarter.flatMap((exercise) =>
        [...exercisedSystemIds(exercise, input.scenarios)].filter((id) => critical.has(id)),
      ),
    );
    quarters.push({
      label: `${year} Q${quarter}`,
      start: `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`,
      exercises: inQuarter.length,
      criticalCovered: covered.size,
    });
  }
  return quarters;
}

/** The screen that fixes a finding: the list a whole-plan problem lives on, else the subject's own page. */
export function findingTarget(finding: Pick<Finding, 'code' | 'subject'>): NextTarget {
  switch (finding.code) {
    case 'MISSING_RUNBOOK':
      return { kind: 'runbooks' };
    case 'VENDOR_SLA_EXCEEDS_RTO':
      return { kind: 'vendors' };
    case 'SPOF':
      return { kind: 'failure-points' };
    case 'DEPENDENCY_CYCLE':
      return { kind: 'map' };
    default:
      // A finding about the plan as a whole (its review) is fixed on the review screen.
      return finding.subject.kind === 'plan'
        ? { kind: 'review' }
        : { kind: finding.subject.kind, id: finding.subject.id };
  }
}

/** Every finding as something to do, most severe first (the analysis' order). */
export function nextSteps(findings: readonly Finding[]): NextStep[] {
  return findings.map((finding) => ({
    severity: finding.severity,
    text: `${finding.subject.name}: ${finding.message}`,
    fix: finding.fix,
    code: finding.code,
    target: findingTarget(finding),
  }));
}

/** The few sentences that say where the plan is weak, for the top of the screen: worst first. */
export function weakPoints(data: Readiness): string[] {
  const points: string[] = [];
  const late = data.rto.filter((bar) => bar.state === 'late').length;
  const unknown = data.rto.filter((bar) => bar.state === 'unknown').length;
  const [critical, high] = data.severities;
  const serious = (critical?.count ?? 0) + (high?.count ?? 0);
  if (serious > 0) points.push(`${serious} critical or high ${serious === 1 ? 'finding' : 'findings'}`);
  if (late > 0) points.push(`${late} ${late === 1 ? 'system' : 'systems'} cannot be back within the RTO`);
  if (unknown > 0)
    points.push(`${unknown} ${unknown === 1 ? 'system has' : 'systems have'} no known recovery time`);
  const weakest = [...data.steps].sort((a, b) => a.percent - b.percent)[0];
  if (weakest && weakest.percent < 100) points.push(`weakest step: ${weakest.title} (${weakest.percent}%)`);
  return points;
}
