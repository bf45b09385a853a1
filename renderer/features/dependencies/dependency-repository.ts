import { dependencySchema, type Dependency } from '../../../shared/model/dependency';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { touchPlan } from '../plans/plan-repository';

export type NewDependency = Pick<
  Dependency,
  'dependentId' | 'dependentKind' | 'kind' | 'targetIds' | 'workaround'
>;
export type DependencyEdits = Partial<Pick<Dependency, 'kind' | 'targetIds' | 'workaround'>>;

/** A plan's dependencies, oldest first. */
export function listDependencies(db: DrpDatabase, planId: string): Promise<Dependency[]> {
  return db.dependencies.where('planId').equals(planId).sortBy('createdAt');
}

/**
 * Checks, inside the writing transaction, that the dependent and every target
 * belong to the plan (targets are systems), and that the same need is not
 * recorded twice.
 */
async function checkLinks(db: DrpDatabase, dependency: Dependency): Promise<void> {
  const dependent =
    dependency.dependentKind === 'system'
      ? await db.systems.get(dependency.dependentId)
      : await db.processes.get(dependency.dependentId);
  if (dependent?.planId !== dependency.planId) throw new Error('The system or process no longer exists.');
  const targets = await db.systems.bulkGet(dependency.targetIds);
  if (targets.some((target) => target?.planId !== dependency.planId)) {
    throw new Error('A system it needs is not part of this plan any more.');
  }
  const existing = await db.dependencies.where('dependentId').equals(dependency.dependentId).toArray();
  const same = (other: Dependency) =>
    other.id !== dependency.id &&
    other.kind === dependency.kind &&
    [...other.targetIds].sort().join() === [...dependency.targetIds].sort().join();
  if (existing.some(same)) throw new Error('This dependency is already recorded.');
}

export async function addDependency(
  db: DrpDatabase,
  planId: string,
  fields: NewDependency,
): Promise<Dependency> {
  const now = nowIso();
  const dependency = dependencySchema.parse({
    id: newId(),
    planId,
    ...fields,
    createdAt: now,
    updatedAt: now,
  });
  return db.transaction('rw', [db.plans, db.systems, db.processes, db.dependencies], async () => {
    await checkLinks(db, dependency);
    await db.dependencies.add(dependency);
    await touchPlan(db, planId, now);
    return dependency;
  });
}

export async function updateDependency(db: DrpDatabase, id: string, edits: DependencyEdits): Promise<void> {
  await db.transaction('rw', [db.plans, db.systems, db.processes, db.dependencies], async () => {
    const current = await db.dependencies.get(id);
    if (!current) throw new Error('The dependency no longer exists.');
    const now = nowIso();
    const next = dependencySchema.parse({ ...current, ...edits, updatedAt: now });
    await checkLinks(db, next);
    await db.dependencies.put(next);
    await touchPlan(db, current.planId, now);
  });
}

export async function deleteDependency(db: DrpDatabase, id: string): Promise<Dependency> {
  return db.transaction('rw', db.plans, db.dependencies, async () => {
    const dependency = await db.dependencies.get(id);
    if (!dependency) throw new Error('The dependency no longer exists.');
    await db.dependencies.delete(id);
    await touchPlan(db, dependency.planId, nowIso());
    return dependency;
  });
}

/**
 * Removes one system from what a dependency needs (one edge on the map). A
 * hard or degraded need goes; an alternatives group loses that member, and
 * one left with a single member becomes a hard need of it, which is what
 * "needs one of {B}" means. When that need is already recorded, the group
 * simply goes.
 */
export async function removeDependencyTarget(db: DrpDatabase, id: string, targetId: string): Promise<void> {
  await db.transaction('rw', [db.plans, db.systems, db.processes, db.dependencies], async () => {
    const current = await db.dependencies.get(id);
    if (!current) throw new Error('The dependency no longer exists.');
    const now = nowIso();
    const targetIds = current.targetIds.filter((target) => target !== targetId);
    const kind = current.kind === 'alternatives' && targetIds.length < 2 ? 'hard' : current.kind;
    const siblings = await db.dependencies.where('dependentId').equals(current.dependentId).toArray();
    const key = [...targetIds].sort().join();
    const duplicate = siblings.some(
      (other) => other.id !== id && other.kind === kind && [...other.targetIds].sort().join() === key,
    );
    if (targetIds.length === 0 || duplicate) await db.dependencies.delete(id);
    else await db.dependencies.put(dependencySchema.parse({ ...current, kind, targetIds, updatedAt: now }));
    await touchPlan(db, current.planId, now);
  });
}

/**
 * Takes a deleted system or process out of every dependency, inside the
 * caller's transaction, and returns the records as they were so Undo can put
 * them back. Its own needs go; where it was needed, it is dropped from the
 * targets. An alternatives group left with one member becomes a hard need of
 * that member, which is what "needs one of {B}" means; a need left with no
 * target goes.
 */
export async function detachFromDependencies(
  db: DrpDatabase,
  id: string,
  now: string,
): Promise<Dependency[]> {
  const own = await db.dependencies.where('dependentId').equals(id).toArray();
  const needed = await db.dependencies.where('targetIds').equals(id).toArray();
  const before = [...own, ...needed.filter((dependency) => dependency.dependentId !== id)];
  await db.dependencies.bulkDelete(own.map((dependency) => dependency.id));
  for (const dependency of needed) {
    if (dependency.dependentId === id) continue;
    const targetIds = dependency.targetIds.filter((target) => target !== id);
    if (targetIds.length === 0) await db.dependencies.delete(dependency.id);
    else {
      const kind = dependency.kind === 'alternatives' && targetIds.length < 2 ? 'hard' : dependency.kind;
      await db.dependencies.put(dependencySchema.parse({ ...dependency, kind, targetIds, updatedAt: now }));
    }
  }
  return before;
}

/** Puts dependencies back exactly as they were (Undo of a delete); those whose systems are gone stay out. */
export async function reattachDependencies(
  db: DrpDatabase,
  dependencies: readonly Dependency[],
): Promise<void> {
  for (const dependency of dependencies) {
    const systems = await db.systems.bulkGet(dependency.targetIds);
    const dependent =
      dependency.dependentKind === 'system'
        ? await db.systems.get(dependency.dependentId)
        : await db.processes.get(dependency.dependentId);
    if (dependent && systems.every(Boolean)) await db.dependencies.put(dependency);
  }
}
