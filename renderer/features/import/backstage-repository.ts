import { planSnapshotSchema, type PlanSnapshot } from '../../../shared/bundle/snapshot';
import type { Plan } from '../../../shared/model/plan';
import type { DrpDatabase } from '../../db/database';
import { addSnapshot, planTables } from '../plans/plan-repository';

/**
 * Stores a plan built from a Backstage catalog as a new plan, in one
 * transaction over every plan table: the whole plan lands, or nothing does.
 * The snapshot is checked again here, where it crosses into the database.
 */
export async function addImportedPlan(db: DrpDatabase, snapshot: PlanSnapshot): Promise<Plan> {
  const checked = planSnapshotSchema.parse(snapshot);
  await db.transaction('rw', planTables(db), () => addSnapshot(db, checked));
  return checked.plan;
}
