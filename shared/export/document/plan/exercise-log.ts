import { EXERCISE_TYPE_LABELS, type Exercise } from '../../../model/exercise';
import { formatDuration } from '../../../model/duration';
import type { Block } from '../model';
import type { PlanContext } from './context';

/**
 * The exercises as an auditor reads them in section 9: what was tested, when, by whom, and what it
 * proved (achieved RTO/RPO against the objectives); then what it found and who must act by when.
 */

const STATUS: Record<Exercise['status'], string> = {
  planned: 'Planned',
  running: 'In progress',
  completed: 'Completed',
};

const ACTION_STATUS = { open: 'Open', 'in-progress': 'In progress', done: 'Done' } as const;
const SEVERITY = { high: 'High', medium: 'Medium', low: 'Low' } as const;

function scopeText(context: PlanContext, exercise: Exercise): string {
  const parts = exercise.systemIds.map((id) => context.systemName(id));
  const scenario = context.snapshot.scenarios.find((candidate) => candidate.id === exercise.scenarioId);
  if (scenario) parts.push(`scenario “${scenario.name}”`);
  return parts.length === 0 ? 'No scope set' : parts.join('; ');
}

function resultText(context: PlanContext, exercise: Exercise): string {
  if (exercise.status !== 'completed') return STATUS[exercise.status];
  const failed = exercise.steps.filter((step) => step.status === 'failed').length;
  const achieved = exercise.achieved.map((entry) => {
    const rto = context.system(entry.systemId)?.rto ?? null;
    const took = entry.rtoMinutes === null ? 'not timed' : formatDuration(entry.rtoMinutes);
    const objective = rto === null ? 'no RTO set' : `RTO ${formatDuration(rto)}`;
    const rpo = entry.rpoMinutes === null ? '' : `, data lost ${formatDuration(entry.rpoMinutes)}`;
    return `${entry.systemName}: back in ${took} (${objective})${rpo}`;
  });
  const steps = `${exercise.steps.length} steps, ${failed} failed`;
  return ['Completed', steps, ...achieved].join('. ');
}

export function exerciseLogBlocks(context: PlanContext): Block[] {
  const exercises = [...context.snapshot.exercises].sort((a, b) => a.date.localeCompare(b.date));
  return [
    {
      kind: 'table',
      columns: [
        { header: 'Date', weight: 1 },
        { header: 'Exercise', weight: 1.6 },
        { header: 'Scope', weight: 1.8 },
        { header: 'Participants', weight: 1.6 },
        { header: 'Result', weight: 2.6 },
      ],
      rows: exercises.map((exercise) => [
        exercise.date,
        `${exercise.title} (${EXERCISE_TYPE_LABELS[exercise.type]})`,
        scopeText(context, exercise),
        exercise.participants
          .split('\n')
          .filter((line) => line.trim() !== '')
          .join('; '),
        resultText(context, exercise),
      ]),
      empty: 'No exercises recorded yet. The plan has not been tested.',
    },
  ];
}

/** The exercises' own findings and follow-up actions (the analysis' gaps are counted beside them). */
export function exerciseActionBlocks(context: PlanContext): Block[] {
  const exercises = [...context.snapshot.exercises].sort((a, b) => a.date.localeCompare(b.date));
  const findings = exercises.flatMap((exercise) =>
    exercise.findings.map((finding) => [
      SEVERITY[finding.severity],
      finding.text,
      `${exercise.title}, ${exercise.date}`,
    ]),
  );
  const actions = exercises.flatMap((exercise) =>
    exercise.actions.map((action) => [
      action.text,
      action.owner || 'No owner',
      action.due ?? 'No due date',
      ACTION_STATUS[action.status],
      `${exercise.title}, ${exercise.date}`,
    ]),
  );
  return [
    {
      kind: 'table',
      columns: [
        { header: 'Severity', weight: 0.8 },
        { header: 'Exercise finding', weight: 3 },
        { header: 'From', weight: 1.6 },
      ],
      rows: findings,
      empty: 'No exercise has recorded a finding.',
    },
    {
      kind: 'table',
      columns: [
        { header: 'Follow-up action', weight: 2.6 },
        { header: 'Owner', weight: 1.2 },
        { header: 'Due', weight: 0.9 },
        { header: 'Status', weight: 0.9 },
        { header: 'From', weight: 1.4 },
      ],
      rows: actions,
      empty: 'No follow-up actions with owners and due dates are recorded yet.',
    },
  ];
}
