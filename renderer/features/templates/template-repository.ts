import type { Plan, PlanDetails } from '../../../shared/model/plan';
import { instantiateTemplate, templateById } from '../../../shared/templates';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';

/**
 * Creates a plan with the template's systems, processes and dependencies in one transaction:
 * a failure anywhere leaves no half-made plan in the list.
 */
export async function createPlanFromTemplate(
  db: DrpDatabase,
  templateId: string,
  details: PlanDetails,
): Promise<Plan> {
  const template = templateById(templateId);
  if (!template) throw new Error(`There is no template “${templateId}”.`);
  const { plan, systems, processes, dependencies } = instantiateTemplate(template, newId, nowIso(), details);
  await db.transaction('rw', [db.plans, db.systems, db.processes, db.dependencies], async () => {
    await db.plans.add(plan);
    await db.systems.bulkAdd(systems);
    await db.processes.bulkAdd(processes);
    await db.dependencies.bulkAdd(dependencies);
  });
  return plan;
}
