import {
  DEFAULT_PLAN_SETTINGS,
  newPlanGovernance,
  planSchema,
  planSettingsSchema,
  type Plan,
  type PlanDetails,
  type PlanSettings,
} from '../../../shared/model/plan';
import { renewSnapshotIds } from '../../../shared/bundle/renew-ids';
import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';

/** Everything a deleted plan consisted of, kept in memory so "Undo" can put it back whole. */
export type DeletedPlan = PlanSnapshot;

/** Every table that holds a plan's records: copy, delete and restore touch them all in one transaction. */
export function planTables(db: DrpDatabase) {
  return [
    db.plans,
    db.systems,
    db.processes,
    db.dependencies,
    db.scenarios,
    db.runbooks,
    db.contacts,
    db.teams,
    db.callTrees,
    db.vendors,
    db.exercises,
    db.revisions,
    db.workshops,
  ];
}

export async function createPlan(db: DrpDatabase, details: PlanDetails): Promise<Plan> {
  const now = nowIso();
  const plan = planSchema.parse({
    id: newId(),
    ...details,
    ...DEFAULT_PLAN_SETTINGS,
    ...newPlanGovernance(),
    startedFromTemplate: null,
    createdAt: now,
    updatedAt: now,
  });
  await db.plans.add(plan);
  return plan;
}

export async function updatePlanDetails(db: DrpDatabase, id: string, details: PlanDetails): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    const current = await db.plans.get(id);
    if (!current) throw new Error('The plan no longer exists.');
    await db.plans.put(
      planSchema.parse({ ...current, ...details, ...afterEdit(current), updatedAt: nowIso() }),
    );
  });
}

export async function updatePlanSettings(db: DrpDatabase, id: string, edits: Partial<PlanSettings>) {
  const checked = planSettingsSchema.partial().parse(edits);
  await db.transaction('rw', db.plans, async () => {
    const current = await db.plans.get(id);
    if (!current) throw new Error('The plan no longer exists.');
    await db.plans.put(
      planSchema.parse({ ...current, ...checked, ...afterEdit(current), updatedAt: nowIso() }),
    );
  });
}

/** Copies the plan and everything in it under new ids, so the copy never shares records with the original. */
export async function duplicatePlan(db: DrpDatabase, id: string): Promise<Plan> {
  return db.transaction('rw', planTables(db), async () => {
    const original = await readSnapshot(db, id);
    const copy = renewSnapshotIds(original, { newId, now: nowIso(), rename: true });
    await addSnapshot(db, copy);
    return copy.plan;
  });
}

/**
 * The plan and every record in it, read in one transaction so the lists
 * belong together: what a bundle, a backup, an export or Undo of a delete holds.
 */
export async function readSnapshot(db: DrpDatabase, id: string): Promise<PlanSnapshot> {
  return db.transaction('r', planTables(db), async () => {
    const plan = await db.plans.get(id);
    if (!plan) throw new Error('The plan no longer exists.');
    return {
      plan,
      systems: await db.systems.where('[planId+position]').between([id, 0], [id, Infinity]).toArray(),
      processes: await db.processes.where('[planId+position]').between([id, 0], [id, Infinity]).toArray(),
      dependencies: await db.dependencies.where('planId').equals(id).toArray(),
      scenarios: await db.scenarios.where('[planId+position]').between([id, 0], [id, Infinity]).toArray(),
      runbooks: await db.runbooks.where('planId').equals(id).sortBy('createdAt'),
      contacts: await db.contacts.where('[planId+position]').between([id, 0], [id, Infinity]).toArray(),
      teams: await db.teams.where('[planId+position]').between([id, 0], [id, Infinity]).toArray(),
      callTree: (await db.callTrees.get(id)) ?? null,
      vendors: await db.vendors.where('[planId+position]').between([id, 0], [id, Infinity]).toArray(),
      exercises: await db.exercises.where('planId').equals(id).sortBy('date'),
      workshop: (await db.workshops.get(id)) ?? null,
      revisions: await db.revisions.where('[planId+number]').between([id, 0], [id, Infinity]).toArray(),
    };
  });
}

/** Adds every record of a snapshot; the caller's transaction makes it all or nothing. */
export async function addSnapshot(db: DrpDatabase, snapshot: PlanSnapshot): Promise<void> {
  await db.plans.add(snapshot.plan);
  await db.systems.bulkAdd(snapshot.systems);
  await db.processes.bulkAdd(snapshot.processes);
  await db.dependencies.bulkAdd(snapshot.dependencies);
  await db.scenarios.bulkAdd(snapshot.scenarios);
  await db.runbooks.bulkAdd(snapshot.runbooks);
  await db.contacts.bulkAdd(snapshot.contacts);
  await db.teams.bulkAdd(snapshot.teams);
  await db.vendors.bulkAdd(snapshot.vendors);
  if (snapshot.callTree) await db.callTrees.add(snapshot.callTree);
  await db.exercises.bulkAdd(snapshot.exercises);
  await db.revisions.bulkAdd(snapshot.revisions);
  if (snapshot.workshop) await db.workshops.add(snapshot.workshop);
}

export async function deletePlan(db: DrpDatabase, id: string): Promise<DeletedPlan> {
  return db.transaction('rw', planTables(db), async () => {
    const snapshot = await readSnapshot(db, id);
    await removeSnapshot(db, snapshot);
    return snapshot;
  });
}

/** Deletes every record of the plan a snapshot was read from; the caller's transaction makes it all or nothing. */
export async function removeSnapshot(db: DrpDatabase, snapshot: PlanSnapshot): Promise<void> {
  const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
  await db.systems.bulkDelete(ids(snapshot.systems));
  await db.processes.bulkDelete(ids(snapshot.processes));
  await db.dependencies.bulkDelete(ids(snapshot.dependencies));
  await db.scenarios.bulkDelete(ids(snapshot.scenarios));
  await db.runbooks.bulkDelete(ids(snapshot.runbooks));
  await db.contacts.bulkDelete(ids(snapshot.contacts));
  await db.teams.bulkDelete(ids(snapshot.teams));
  await db.vendors.bulkDelete(ids(snapshot.vendors));
  await db.callTrees.delete(snapshot.plan.id);
  await db.exercises.bulkDelete(ids(snapshot.exercises));
  await db.revisions.bulkDelete(ids(snapshot.revisions));
  await db.workshops.delete(snapshot.plan.id);
  await db.plans.delete(snapshot.plan.id);
}

export async function restorePlan(db: DrpDatabase, deleted: DeletedPlan): Promise<void> {
  await db.transaction('rw', planTables(db), () => addSnapshot(db, deleted));
}

/** Plans, most recently edited first. */
export function listPlans(db: DrpDatabase): Promise<Plan[]> {
  return db.plans.orderBy('updatedAt').reverse().toArray();
}

/**
 * Marks the plan as edited; called inside the transaction of every change to its content. An edit
 * after approval starts the next draft: status back to draft and every approval cleared, so the next
 * version needs new ones. An edit while in review clears the approvals too (they were given to what
 * the plan said before). Approving itself never calls this.
 */
export async function touchPlan(db: DrpDatabase, planId: string, now: string): Promise<void> {
  const plan = await db.plans.get(planId);
  if (!plan) throw new Error('The plan no longer exists.');
  await db.plans.put({ ...plan, ...afterEdit(plan), updatedAt: now });
}

/** The governance fields after an edit to the plan's content (see touchPlan). */
export function afterEdit(plan: Pick<Plan, 'status' | 'approvers'>): Pick<Plan, 'status' | 'approvers'> {
  if (plan.status === 'draft') return { status: plan.status, approvers: plan.approvers };
  return {
    status: plan.status === 'approved' ? 'draft' : plan.status,
    approvers: plan.approvers.map((approver) => ({ ...approver, approvedOn: null })),
  };
}
