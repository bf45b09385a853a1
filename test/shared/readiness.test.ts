import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/analysis/findings';
import { analyseSnapshot, type SystemAnalysis } from '../../shared/analysis/plan-analysis';
import type { StepProgress } from '../../shared/analysis/progress';
import { newExerciseDefaults } from '../../shared/model/exercise';
import {
  exerciseCoverage,
  findingTarget,
  nextSteps,
  readiness,
  weakPoints,
} from '../../shared/readiness/readiness';
import { durationAxis, rtoBar, rtoBars } from '../../shared/readiness/rto-bars';
import { samplePlan } from '../support/sample-plan';

function analysed(
  id: string,
  rto: number | null,
  recovery: Partial<SystemAnalysis['recovery']>,
): SystemAnalysis {
  return {
    id,
    name: id,
    tier: 1,
    wave: 1,
    rto,
    rpo: null,
    wrt: null,
    mtd: null,
    runbookMinutes: null,
    durationSource: null,
    recovery: { minutes: null, atLeast: null, chain: [], unknownIds: [], blocked: null, ...recovery },
  };
}

describe('rtoBars', () => {
  it('says whether the recovery time was estimated or measured in exercises', () => {
    const timed = { ...analysed('a', 60, { minutes: 45 }), durationSource: 'measured' as const };
    expect(rtoBars([timed])[0]?.source).toBe('measured');
    expect(rtoBars([analysed('b', 60, { minutes: 45 })])[0]?.source).toBeNull();
  });

  it('says late, unknown, ok or no RTO, and puts the worst first', () => {
    const bars = rtoBars([
      analysed('fits', 240, { minutes: 200, atLeast: 200 }),
      analysed('no-rto', null, { minutes: 60, atLeast: 60 }),
      analysed('twice', 60, { minutes: 120, atLeast: 120 }),
      analysed('unknown', 60, { minutes: null, atLeast: 30 }),
      analysed('thrice', 60, { minutes: null, atLeast: 180 }),
      analysed('blocked', 60, { blocked: { reason: 'waits-on-cycle' } }),
      analysed('close', 100, { minutes: 99, atLeast: 99 }),
    ]);
    expect(bars.map((bar) => [bar.id, bar.state])).toEqual([
      ['thrice', 'late'],
      ['twice', 'late'],
      ['unknown', 'unknown'],
      ['blocked', 'unknown'],
      ['close', 'ok'],
      ['fits', 'ok'],
      ['no-rto', 'no-rto'],
    ]);
    expect(bars[0]).toMatchObject({ achievable: 180, lowerBound: true, required: 60 });
    expect(
      rtoBar(analysed('blocked', 60, { blocked: { reason: 'in-cycle', cycle: [] } })).achievable,
    ).toBeNull();
  });

  it('draws durations on a log axis from 15 minutes to the first tick past the longest', () => {
    const axis = durationAxis(300);
    expect(axis.ticks).toEqual([15, 60, 240, 1440]);
    expect(axis.position(15)).toBeCloseTo(0.02);
    expect(axis.position(1440)).toBe(1);
    expect(axis.position(240)).toBeGreaterThan(axis.position(60));
    expect(axis.position(5)).toBeCloseTo(0.02);
    expect(axis.position(0)).toBe(0);
    expect(durationAxis(10).ticks).toEqual([15, 60]);
  });
});

describe('exerciseCoverage', () => {
  it('counts completed exercises per quarter and the distinct tier 0–1 systems they covered', () => {
    const systems = [
      { id: 'core', name: 'Core', tier: 0 },
      { id: 'crm', name: 'CRM', tier: 1 },
      { id: 'wiki', name: 'Wiki', tier: 3 },
    ] as const;
    const base = { ...newExerciseDefaults(), title: 'x' };
    const quarters = exerciseCoverage({
      systems,
      scenarios: [],
      today: '2026-11-23',
      exercises: [
        { ...base, date: '2026-10-02', status: 'completed', systemIds: ['core', 'wiki'] },
        { ...base, date: '2026-12-20', status: 'completed', systemIds: ['core', 'crm'] },
        { ...base, date: '2026-11-01', status: 'planned', systemIds: ['crm'] },
        { ...base, date: '2026-02-10', status: 'completed', systemIds: ['wiki'] },
        { ...base, date: '2024-12-10', status: 'completed', systemIds: ['core'] },
      ],
    });
    expect(quarters).toHaveLength(8);
    expect(quarters[0]).toMatchObject({ label: '2025 Q1', start: '2025-01-01', exercises: 0 });
    expect(quarters[4]).toMatchObject({ label: '2026 Q1', exercises: 1, criticalCovered: 0 });
    expect(quarters[7]).toMatchObject({
      label: '2026 Q4',
      start: '2026-10-01',
      exercises: 2,
      criticalCovered: 2,
    });
  });
});

describe('nextSteps', () => {
  const finding = (code: Finding['code'], kind: Finding['subject']['kind'] = 'system'): Finding => ({
    code,
    severity: 'high',
    subject: { kind, id: 'id-1', name: 'CRM' },
    field: 'rto',
    message: 'Too slow.',
    fix: 'Make it faster.',
  });

  it('links each finding to the screen that fixes it', () => {
    expect(findingTarget(finding('RTO_EXCEEDS_MTD'))).toEqual({ kind: 'system', id: 'id-1' });
    expect(findingTarget(finding('CONTACT_UNVERIFIED', 'contact'))).toEqual({ kind: 'contact', id: 'id-1' });
    expect(findingTarget(finding('MISSING_RUNBOOK'))).toEqual({ kind: 'runbooks' });
    expect(findingTarget(finding('SPOF'))).toEqual({ kind: 'failure-points' });
    expect(findingTarget(finding('DEPENDENCY_CYCLE'))).toEqual({ kind: 'map' });
    expect(findingTarget(finding('VENDOR_SLA_EXCEEDS_RTO'))).toEqual({ kind: 'vendors' });
    expect(nextSteps([finding('RTO_EXCEEDS_MTD')])).toEqual([
      {
        severity: 'high',
        code: 'RTO_EXCEEDS_MTD',
        text: 'CRM: Too slow.',
        fix: 'Make it faster.',
        target: { kind: 'system', id: 'id-1' },
      },
    ]);
  });
});

describe('readiness', () => {
  it('prepares every picture of a real plan, consistent with its analysis', () => {
    const snapshot = samplePlan();
    const today = '2026-11-23';
    const analysis = analyseSnapshot(snapshot, today);
    const steps: StepProgress[] = [
      { id: 'identify', title: 'A', purpose: '', status: 'done', done: 4, total: 4, summary: '', next: null },
      {
        id: 'objectives',
        title: 'B',
        purpose: '',
        status: 'in-progress',
        done: 1,
        total: 4,
        summary: '',
        next: null,
      },
      {
        id: 'test-review',
        title: 'C',
        purpose: '',
        status: 'not-started',
        done: 0,
        total: 0,
        summary: '',
        next: null,
      },
    ];
    const result = readiness({ ...snapshot, analysis, steps, today });
    expect(result.steps.map((step) => step.percent)).toEqual([100, 25, 0]);
    expect(result.overall).toBe(42);
    expect(result.rto).toHaveLength(snapshot.systems.length);
    expect(result.tiers.map((row) => row.tier)).toEqual([0, 1, 2, 3, 4, null]);
    expect(result.tiers.reduce((sum, row) => sum + row.count, 0)).toBe(snapshot.systems.length);
    expect(result.severities.map((row) => row.severity)).toEqual(['critical', 'high', 'medium', 'low']);
    expect(result.severities.reduce((sum, row) => sum + row.count, 0)).toBe(analysis.findings.length);
    expect(result.nextSteps).toHaveLength(analysis.findings.length);
    expect(result.nextSteps[0]?.severity).toBe(analysis.findings[0]?.severity);
    expect(result.coverage.every((quarter) => quarter.exercises === 0)).toBe(true);
  });
});

describe('weakPoints', () => {
  it('names serious findings, late and unknown recovery and the weakest step', () => {
    const snapshot = samplePlan();
    const analysis = analyseSnapshot(snapshot, '2026-11-23');
    const data = readiness({
      ...snapshot,
      analysis,
      today: '2026-11-23',
      steps: [
        {
          id: 'identify',
          title: 'Identify',
          purpose: '',
          status: 'in-progress',
          done: 1,
          total: 2,
          summary: '',
          next: null,
        },
      ],
    });
    const points = weakPoints(data);
    expect(points.at(-1)).toBe('weakest step: Identify (50%)');
    expect(points.some((point) => point.includes('no known recovery time'))).toBe(true);
    const clean = weakPoints({ ...data, rto: [], severities: [], steps: [] });
    expect(clean).toEqual([]);
  });
});
