import { runbookSchema, type Step } from '../../../shared/model/runbook';
import type { DrpDatabase } from '../../db/database';

/** A step's links to a person or team as they were, so Undo can put them back. */
export interface StepReference {
  runbookId: string;
  stepId: string;
  responsibleId: string | null;
  responsible: string;
  escalateToId: string | null;
}

type StepLinks = Pick<Step, 'responsibleId' | 'responsible' | 'escalateToId'>;

/**
 * Inside the caller's transaction: unlinks a deleted contact or team from
 * every runbook step of the plan. "Who does it" keeps the name as free text,
 * so a printed runbook still says who. Bookkeeping, so the runbooks' "last
 * edited" does not change.
 */
export async function detachFromRunbooks(
  db: DrpDatabase,
  planId: string,
  id: string,
  name: string,
): Promise<StepReference[]> {
  const references: StepReference[] = [];
  const runbooks = await db.runbooks.where('planId').equals(planId).toArray();
  for (const runbook of runbooks) {
    if (!runbook.steps.some((step) => step.responsibleId === id || step.escalateToId === id)) continue;
    const steps = runbook.steps.map((step) => {
      if (step.responsibleId !== id && step.escalateToId !== id) return step;
      references.push({
        runbookId: runbook.id,
        stepId: step.id,
        responsibleId: step.responsibleId,
        responsible: step.responsible,
        escalateToId: step.escalateToId,
      });
      const links: StepLinks = {
        responsibleId: step.responsibleId === id ? null : step.responsibleId,
        responsible: step.responsibleId === id && step.responsible.trim() === '' ? name : step.responsible,
        escalateToId: step.escalateToId === id ? null : step.escalateToId,
      };
      return { ...step, ...links };
    });
    await db.runbooks.put(runbookSchema.parse({ ...runbook, steps }));
  }
  return references;
}

/** Undo of a delete: puts each step's links back, in steps that still exist. */
export async function reattachToRunbooks(db: DrpDatabase, references: readonly StepReference[]) {
  for (const runbookId of new Set(references.map((reference) => reference.runbookId))) {
    const refs = references.filter((reference) => reference.runbookId === runbookId);
    const runbook = await db.runbooks.get(runbookId);
    if (!runbook) continue;
    const steps = runbook.steps.map((step) => {
      const reference = refs.find((ref) => ref.stepId === step.id);
      if (!reference) return step;
      const { responsibleId, responsible, escalateToId } = reference;
      return { ...step, responsibleId, responsible, escalateToId } satisfies Step;
    });
    await db.runbooks.put(runbookSchema.parse({ ...runbook, steps }));
  }
}
