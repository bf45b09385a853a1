import Dexie from 'dexie';
import { withRating, type ImpactCategory, type ImpactRating } from '../../../shared/model/impact';
import type { Dependency } from '../../../shared/model/dependency';
import {
  newProcessDefaults,
  processEditsSchema,
  processSchema,
  type BusinessProcess,
  type ProcessEdits,
} from '../../../shared/model/process';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { detachFromDependencies, reattachDependencies } from '../dependencies/dependency-repository';
import { touchPlan } from '../plans/plan-repository';

function processesOfPlan(db: DrpDatabase, planId: string) {
  return db.processes.where('[planId+position]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]);
}

export function listProcesses(db: DrpDatabase, planId: string): Promise<BusinessProcess[]> {
  return processesOfPlan(db, planId).toArray();
}

export async function addProcess(db: DrpDatabase, planId: string, name: string): Promise<BusinessProcess> {
  return db.transaction('rw', db.plans, db.processes, async () => {
    const last = await processesOfPlan(db, planId).last();
    const now = nowIso();
    const process = processSchema.parse({
      id: newId(),
      planId,
      ...newProcessDefaults(name),
      position: last ? last.position + 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
    await db.processes.add(process);
    await touchPlan(db, planId, now);
    return process;
  });
}

/**
 * Reads, changes and writes one process in a single transaction. Changes are
 * functions of the current record, so two quick edits to different cells of
 * the impact grid can never overwrite each other.
 */
async function changeProcess(
  db: DrpDatabase,
  id: string,
  change: (current: BusinessProcess) => ProcessEdits | Promise<ProcessEdits>,
): Promise<void> {
  await db.transaction('rw', [db.plans, db.processes, db.systems], async () => {
    const current = await db.processes.get(id);
    if (!current) throw new Error('The process no longer exists.');
    const edits = processEditsSchema.parse(await change(current));
    const now = nowIso();
    await db.processes.put(processSchema.parse({ ...current, ...edits, updatedAt: now }));
    await touchPlan(db, current.planId, now);
  });
}

export function updateProcess(db: DrpDatabase, id: string, edits: ProcessEdits): Promise<void> {
  return changeProcess(db, id, () => edits);
}

export function setImpactRating(
  db: DrpDatabase,
  id: string,
  category: ImpactCategory,
  bucket: number,
  rating: ImpactRating | null,
): Promise<void> {
  return changeProcess(db, id, (current) => ({
    impact: withRating(current.impact, category, bucket, rating),
  }));
}

/** Links or unlinks one supporting system; refuses a system of another plan. */
export function setProcessSystem(
  db: DrpDatabase,
  id: string,
  systemId: string,
  linked: boolean,
): Promise<void> {
  return changeProcess(db, id, async (current) => {
    const others = current.systemIds.filter((existing) => existing !== systemId);
    if (!linked) return { systemIds: others };
    // Linking twice changes nothing (and keeps the order the links were made in).
    if (current.systemIds.includes(systemId)) return {};
    const system = await db.systems.get(systemId);
    if (system?.planId !== current.planId) throw new Error('That system is not part of this plan.');
    return { systemIds: [...others, systemId] };
  });
}

/** A deleted process and the dependencies it had, so Undo restores both. */
export interface DeletedProcess {
  process: BusinessProcess;
  dependencies: Dependency[];
}

export async function deleteProcess(db: DrpDatabase, id: string): Promise<DeletedProcess> {
  return db.transaction('rw', [db.plans, db.processes, db.dependencies], async () => {
    const process = await db.processes.get(id);
    if (!process) throw new Error('The process no longer exists.');
    const now = nowIso();
    const dependencies = await detachFromDependencies(db, id, now);
    await db.processes.delete(id);
    await touchPlan(db, process.planId, now);
    return { process, dependencies };
  });
}

export async function restoreProcess(
  db: DrpDatabase,
  { process, dependencies }: DeletedProcess,
): Promise<void> {
  await db.transaction('rw', [db.plans, db.processes, db.systems, db.dependencies], async () => {
    // Systems deleted while the process was gone are not linked again.
    const systems = await db.systems.bulkGet(process.systemIds);
    const systemIds = process.systemIds.filter((_, index) => systems[index] !== undefined);
    await db.processes.add({ ...process, systemIds });
    await reattachDependencies(db, dependencies);
    await touchPlan(db, process.planId, nowIso());
  });
}
