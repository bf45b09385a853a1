import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';
import { durationSchema } from './duration';

/**
 * A runbook: how to recover one system (optionally for one failure scenario),
 * written to be read during an outage, maybe printed, maybe in a hurry. Its
 * sections follow NIST SP 800-34: activation, notification, recovery steps,
 * validation, return to normal, and rollback when recovery goes wrong.
 */

export const MAX_STEPS = 200;
export const MAX_VALIDATION_TESTS = 50;

/** How a step's text fields are named on screen, in messages and in warnings. */
export const STEP_TEXT_LABELS = {
  title: 'Step title',
  instructions: 'Instructions',
  responsible: 'Who does it',
  verify: 'How to verify',
  onFailure: 'If it fails',
} as const;
export type StepTextField = keyof typeof STEP_TEXT_LABELS;

/** The fields of one step a user edits; each validates alone so a single control can autosave. */
export const stepFieldSchemas = {
  title: requiredTextSchema(STEP_TEXT_LABELS.title, 200),
  instructions: textSchema(STEP_TEXT_LABELS.instructions, 10000),
  /** The role, team or contact who does it; null when only written in `responsible`. */
  responsibleId: idSchema.nullable(),
  /** Free text for whoever does it when it is not (yet) a role or contact of the plan. */
  responsible: textSchema(STEP_TEXT_LABELS.responsible, 200),
  /** null while nobody knows: the runbook's duration is then only a lower bound. */
  estimatedMinutes: durationSchema('Estimated time'),
  verify: textSchema(STEP_TEXT_LABELS.verify, 2000),
  onFailure: textSchema(STEP_TEXT_LABELS.onFailure, 2000),
  /** The role, team or contact to escalate to when it fails; null when none is named. */
  escalateToId: idSchema.nullable(),
  /** Earlier steps of the same runbook that must be done first; none means it can start at once. */
  waitsFor: z.array(idSchema),
} as const;

export type StepField = keyof typeof stepFieldSchemas;

export const stepSchema = z.strictObject({ id: idSchema, ...stepFieldSchemas });
export type Step = z.infer<typeof stepSchema>;
export type StepEdits = Partial<Pick<Step, StepField>>;
export const stepEditsSchema = z.strictObject(stepFieldSchemas).partial();

/** "step 3 “Restore the database”": how messages name a step, the way a printed runbook numbers it. */
export function stepLabel(index: number, step: Pick<Step, 'title'>): string {
  const title = step.title.trim();
  return title === '' ? `step ${index + 1}` : `step ${index + 1} “${title}”`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A step may only wait for steps above it. That keeps the order on paper the
 * order of work, and makes a cycle impossible by construction, so the
 * duration of any valid runbook is defined.
 */
function checkSteps(steps: readonly Step[], context: z.core.$RefinementCtx<Step[]>) {
  const position = new Map<string, number>();
  steps.forEach((step, index) => {
    const first = position.get(step.id);
    if (first === undefined) position.set(step.id, index);
    else {
      context.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `${capitalise(stepLabel(index, step))} has the same id as ${stepLabel(first, steps[first] ?? step)}`,
      });
    }
  });
  steps.forEach((step, index) => {
    const seen = new Set<string>();
    const issue = (message: string) => {
      context.addIssue({ code: 'custom', path: [index, 'waitsFor'], message });
    };
    const self = capitalise(stepLabel(index, step));
    for (const id of step.waitsFor) {
      const at = position.get(id);
      const other = at === undefined ? undefined : steps[at];
      if (seen.has(id)) {
        issue(
          `${self} lists ${other && at !== undefined ? stepLabel(at, other) : 'a step'} twice in what it waits for`,
        );
        continue;
      }
      seen.add(id);
      if (id === step.id) issue(`${self} cannot wait for itself`);
      else if (at === undefined || !other) issue(`${self} waits for a step that is not in this runbook`);
      else if (at > index) {
        issue(
          `${self} waits for ${stepLabel(at, other)}, which comes after it: a step can only wait for steps above it`,
        );
      }
    }
  });
}

export const stepsSchema = z
  .array(stepSchema)
  .max(MAX_STEPS, { error: `A runbook can have at most ${MAX_STEPS} steps` })
  .superRefine(checkSteps);

/** A check after recovery that the system really works, and what a good result looks like. */
export const validationTestSchema = z.strictObject({
  id: idSchema,
  procedure: requiredTextSchema('Test procedure', 2000),
  expected: textSchema('Expected result', 2000),
});
export type ValidationTest = z.infer<typeof validationTestSchema>;

export const activationSchema = z.strictObject({
  /** When to start this runbook: what has to be true, e.g. "the database has not answered for 15 minutes". */
  criteria: textSchema('Activation criteria', 5000),
  whoMayActivate: textSchema('Who may activate', 500),
});
export type Activation = z.infer<typeof activationSchema>;

export const runbookFieldSchemas = {
  title: requiredTextSchema('Runbook title', 200),
  /** The failure scenario it handles, or null for the system's general recovery. */
  scenarioId: idSchema.nullable(),
  activation: activationSchema,
  /** Who is told, and how, beyond the call tree. */
  notification: textSchema('Notification', 5000),
  /** Activating this runbook starts the plan's call tree; it is printed at the top of the runbook. */
  startsCallTree: z.boolean({ error: 'Starts the call tree must be yes or no' }),
  steps: stepsSchema,
  validationTests: z
    .array(validationTestSchema)
    .max(MAX_VALIDATION_TESTS, {
      error: `A runbook can have at most ${MAX_VALIDATION_TESTS} validation tests`,
    })
    .refine((tests) => new Set(tests.map((test) => test.id)).size === tests.length, {
      error: 'A validation test is listed twice',
    }),
  returnToNormal: textSchema('Return to normal operations', 5000),
  rollback: textSchema('Rollback', 5000),
} as const;

export type RunbookField = keyof typeof runbookFieldSchemas;

export const runbookSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  /** The system it recovers. */
  systemId: idSchema,
  ...runbookFieldSchemas,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type Runbook = z.infer<typeof runbookSchema>;
export type RunbookEdits = Partial<Pick<Runbook, RunbookField>>;
export const runbookEditsSchema = z.strictObject(runbookFieldSchemas).partial();

export function newRunbookDefaults(title: string): Pick<Runbook, RunbookField> {
  return {
    title,
    scenarioId: null,
    activation: { criteria: '', whoMayActivate: '' },
    notification: '',
    startsCallTree: true,
    steps: [],
    validationTests: [],
    returnToNormal: '',
    rollback: '',
  };
}

export function newStepDefaults(title: string): Pick<Step, StepField> {
  return {
    title,
    instructions: '',
    responsibleId: null,
    responsible: '',
    estimatedMinutes: null,
    verify: '',
    onFailure: '',
    escalateToId: null,
    waitsFor: [],
  };
}
