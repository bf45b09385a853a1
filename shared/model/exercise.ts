import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';
import { durationSchema } from './duration';
import { dateSchema } from './system';

/**
 * An exercise: a test of the plan. It is planned (type, date, scope, who, why), run (each runbook
 * step of its scope timed as it happens) and written up (what was achieved, what went wrong, what
 * must be done about it). "Reliability that has not been tested is not reliability."
 */

export const EXERCISE_TYPES = [
  'tabletop',
  'walkthrough',
  'simulation',
  'parallel-test',
  'full-failover',
] as const;
export const exerciseTypeSchema = z.enum(EXERCISE_TYPES, { error: 'Type must be one of the exercise types' });
export type ExerciseType = z.infer<typeof exerciseTypeSchema>;

export const EXERCISE_TYPE_LABELS: Record<ExerciseType, string> = {
  tabletop: 'Tabletop',
  walkthrough: 'Walkthrough',
  simulation: 'Simulation',
  'parallel-test': 'Parallel test',
  'full-failover': 'Full failover',
};

/** planned → running (the clock is on) → completed (results written up). */
export const EXERCISE_STATUSES = ['planned', 'running', 'completed'] as const;
export const exerciseStatusSchema = z.enum(EXERCISE_STATUSES, {
  error: 'Status must be planned, running or completed',
});
export type ExerciseStatus = z.infer<typeof exerciseStatusSchema>;

export const STEP_RUN_STATUSES = ['pending', 'running', 'done', 'failed', 'skipped'] as const;
export const stepRunStatusSchema = z.enum(STEP_RUN_STATUSES, {
  error: 'Step status must be pending, running, done, failed or skipped',
});
export type StepRunStatus = z.infer<typeof stepRunStatusSchema>;

/**
 * One runbook step as it went in the exercise; its actual time is endedAt − startedAt. The runbook,
 * step and system are copied as they were, so the record still reads when they are later renamed
 * or deleted: ids are links while they resolve, never requirements.
 */
export const stepRunSchema = z.strictObject({
  runbookId: idSchema,
  stepId: idSchema,
  systemId: idSchema.nullable(),
  runbookTitle: textSchema('Runbook title', 200),
  stepTitle: textSchema('Step title', 200),
  estimatedMinutes: durationSchema('Estimated time'),
  status: stepRunStatusSchema,
  startedAt: timestampSchema.nullable(),
  endedAt: timestampSchema.nullable(),
  notes: textSchema('Step notes', 2000),
});
export type StepRun = z.infer<typeof stepRunSchema>;

/** What one system of the scope achieved: RTO from the clock (or typed), RPO as the data actually lost. */
export const achievedSchema = z.strictObject({
  systemId: idSchema,
  systemName: textSchema('System name', 200),
  rtoMinutes: durationSchema('Achieved RTO'),
  rpoMinutes: durationSchema('Achieved RPO'),
});
export type Achieved = z.infer<typeof achievedSchema>;

export const FINDING_SEVERITIES = ['high', 'medium', 'low'] as const;
export const exerciseFindingSchema = z.strictObject({
  id: idSchema,
  text: requiredTextSchema('Finding', 2000),
  severity: z.enum(FINDING_SEVERITIES, { error: 'Severity must be high, medium or low' }),
});
export type ExerciseFinding = z.infer<typeof exerciseFindingSchema>;

export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES, {
  error: 'Status must be open, in progress or done',
});
export const followUpActionSchema = z.strictObject({
  id: idSchema,
  text: requiredTextSchema('Action', 2000),
  owner: textSchema('Action owner', 200),
  due: dateSchema.nullable(),
  status: actionStatusSchema,
});
export type FollowUpAction = z.infer<typeof followUpActionSchema>;

export const MAX_EXERCISE_ITEMS = 500;

/** The fields a user edits; each validates alone so a single control can autosave. */
export const exerciseFieldSchemas = {
  title: requiredTextSchema('Exercise title', 200),
  type: exerciseTypeSchema,
  /** The day it takes (or took) place. */
  date: dateSchema,
  /** The systems whose runbooks it walks; a scenario adds the systems it takes down. */
  systemIds: z.array(idSchema).max(MAX_EXERCISE_ITEMS),
  scenarioId: idSchema.nullable(),
  /** Who takes part: one name (and role) per line. */
  participants: textSchema('Participants', 5000),
  objectives: textSchema('Objectives', 5000),
  status: exerciseStatusSchema,
  startedAt: timestampSchema.nullable(),
  endedAt: timestampSchema.nullable(),
  steps: z.array(stepRunSchema).max(MAX_EXERCISE_ITEMS * 10),
  achieved: z.array(achievedSchema).max(MAX_EXERCISE_ITEMS),
  findings: z.array(exerciseFindingSchema).max(MAX_EXERCISE_ITEMS),
  actions: z.array(followUpActionSchema).max(MAX_EXERCISE_ITEMS),
  /** What happened, in the exercise lead's words. */
  summary: textSchema('Summary', 10000),
} as const;

export const exerciseSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  ...exerciseFieldSchemas,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseField = keyof typeof exerciseFieldSchemas;
export const exerciseEditsSchema = z.strictObject(exerciseFieldSchemas).partial();
export type ExerciseEdits = z.infer<typeof exerciseEditsSchema>;

/** A new exercise's fields before the user has typed anything but its title and date. */
export function newExerciseDefaults(): Omit<
  Exercise,
  'id' | 'planId' | 'title' | 'date' | 'createdAt' | 'updatedAt'
> {
  return {
    type: 'tabletop',
    systemIds: [],
    scenarioId: null,
    participants: '',
    objectives: '',
    status: 'planned',
    startedAt: null,
    endedAt: null,
    steps: [],
    achieved: [],
    findings: [],
    actions: [],
    summary: '',
  };
}
