import type { Plan, PlanDetails } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { createPlan, deletePlan, duplicatePlan, restorePlan, updatePlanDetails } from './plan-repository';

/** Plan-level commands, each one transaction. */
export function usePlanActions() {
  const { db, saveTracker } = useServices();
  const undoableDelete = useUndoableDelete();

  return {
    create: (details: PlanDetails): Promise<Plan> => createPlan(db, details),

    rename: (plan: Plan, details: PlanDetails): Promise<void> => updatePlanDetails(db, plan.id, details),

    duplicate: (plan: Plan) => {
      void saveTracker.run(`plan:${plan.id}:duplicate`, `Copy of “${plan.name}”`, () =>
        duplicatePlan(db, plan.id),
      );
    },

    remove: (plan: Plan) =>
      undoableDelete({
        key: `plan:${plan.id}`,
        label: plan.name,
        remove: () => deletePlan(db, plan.id),
        restore: (deleted) => restorePlan(db, deleted),
        forget: (deleted) => [`plan:${plan.id}:`, ...deleted.systems.map((system) => `system:${system.id}:`)],
      }),
  };
}
