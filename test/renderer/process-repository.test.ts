import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import {
  addProcess,
  deleteProcess,
  listProcesses,
  restoreProcess,
  setImpactRating,
  setProcessSystem,
  updateProcess,
} from '../../renderer/features/processes/process-repository';
import { addSystem, deleteSystem } from '../../renderer/features/systems/system-repository';
import { emptyImpactGrid } from '../../shared/model/impact';
import type { Plan } from '../../shared/model/plan';
import { newProcessDefaults } from '../../shared/model/process';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;

/** Moves the clock (only Date: Dexie's own scheduling keeps running) and returns the new "now". */
function setNow(iso: string): string {
  vi.setSystemTime(new Date(iso));
  return iso;
}

async function planUpdatedAt(id: string = plan.id): Promise<string | undefined> {
  return (await db.plans.get(id))?.updatedAt;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setNow('2026-11-22T09:00:00.000Z');
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('process repository', () => {
  it('adds processes with defaults at the end, and lists them in entry order within their plan', async () => {
    const other = await createPlan(db, { name: 'Other client', organisation: '' });
    const now = setNow('2026-11-22T09:15:00.000Z');
    const orders = await addProcess(db, plan.id, '  Take orders  ');
    await addProcess(db, other.id, 'Other payroll');
    await addProcess(db, plan.id, 'Invoicing');
    await addProcess(db, plan.id, 'Payroll');
    expect(orders).toEqual({
      id: orders.id,
      planId: plan.id,
      ...newProcessDefaults('Take orders'),
      position: 0,
      createdAt: now,
      updatedAt: now,
    });
    expect(await db.processes.get(orders.id)).toEqual(orders);
    expect((await listProcesses(db, plan.id)).map((process) => [process.name, process.position])).toEqual([
      ['Take orders', 0],
      ['Invoicing', 1],
      ['Payroll', 2],
    ]);
    expect((await listProcesses(db, other.id)).map((process) => process.name)).toEqual(['Other payroll']);
    expect(await planUpdatedAt()).toBe(now);
  });

  it('keeps adding at the end after a process was deleted', async () => {
    await addProcess(db, plan.id, 'A');
    const middle = await addProcess(db, plan.id, 'B');
    await addProcess(db, plan.id, 'C');
    await deleteProcess(db, middle.id);
    const added = await addProcess(db, plan.id, 'D');
    expect(added.position).toBe(3);
    expect((await listProcesses(db, plan.id)).map((process) => process.name)).toEqual(['A', 'C', 'D']);
  });

  it('refuses a process without a name and writes nothing', async () => {
    await expect(addProcess(db, plan.id, '   ')).rejects.toThrow('Process name is required');
    expect(await db.processes.count()).toBe(0);
    expect(await planUpdatedAt()).toBe(plan.updatedAt);
  });

  it('an edit changes the process and marks it and the plan as edited', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    const now = setNow('2026-11-22T10:00:00.000Z');
    await updateProcess(db, process.id, {
      owner: ' Head of sales ',
      lossPerHour: 2500,
      mtdOverride: 240,
      mtdOverrideReason: 'Contract penalty after 4 h',
      tierOverride: 1,
    });
    expect(await db.processes.get(process.id)).toEqual({
      ...process,
      owner: 'Head of sales',
      lossPerHour: 2500,
      mtdOverride: 240,
      mtdOverrideReason: 'Contract penalty after 4 h',
      tierOverride: 1,
      updatedAt: now,
    });
    expect(await planUpdatedAt()).toBe(now);
  });

  it.each([
    [{ name: '' }, 'Process name is required'],
    [{ mtdOverride: -5 }, 'MTD cannot be negative'],
    [{ mtdOverride: 1.5 }, 'MTD must be a whole number of minutes'],
    [{ mtdOverride: 600_000 }, 'MTD can be at most 365 days'],
    [{ lossPerHour: -1 }, 'Loss per hour cannot be negative'],
    [{ owner: 'x'.repeat(201) }, 'Owner can be at most 200 characters'],
    [{ systemIds: ['not-an-id'] }, 'must be a valid id (UUID)'],
  ])('refuses the edit %j and writes nothing', async (edits, message) => {
    const process = await addProcess(db, plan.id, 'Take orders');
    setNow('2026-11-22T10:00:00.000Z');
    await expect(updateProcess(db, process.id, edits)).rejects.toThrow(message);
    expect(await db.processes.get(process.id)).toEqual(process);
    expect(await planUpdatedAt()).toBe(process.updatedAt);
  });

  it('refuses a system listed twice', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    const erp = await addSystem(db, plan.id, 'ERP');
    await expect(updateProcess(db, process.id, { systemIds: [erp.id, erp.id] })).rejects.toThrow(
      'A system is listed twice',
    );
    expect(await db.processes.get(process.id)).toEqual(process);
  });

  it('refuses to edit a process that no longer exists', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    await deleteProcess(db, process.id);
    await expect(updateProcess(db, process.id, { owner: 'Sales' })).rejects.toThrow(
      'The process no longer exists.',
    );
    await expect(setImpactRating(db, process.id, 'financial', 0, 'minor')).rejects.toThrow(
      'The process no longer exists.',
    );
    expect(await db.processes.count()).toBe(0);
  });

  it('writes the edit and the plan timestamp in one transaction: all or nothing', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    await db.plans.delete(plan.id);
    await expect(updateProcess(db, process.id, { owner: 'Sales' })).rejects.toThrow(
      'The plan no longer exists.',
    );
    expect(await db.processes.get(process.id)).toEqual(process);
  });

  it('rates one cell of the impact grid at a time', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    const now = setNow('2026-11-22T11:00:00.000Z');
    await setImpactRating(db, process.id, 'legal', 3, 'major');
    const stored = await db.processes.get(process.id);
    expect(stored?.impact).toEqual({ ...emptyImpactGrid(), legal: [null, null, null, 'major', null] });
    expect(stored?.updatedAt).toBe(now);
    expect(await planUpdatedAt()).toBe(now);
    await setImpactRating(db, process.id, 'legal', 3, null);
    expect((await db.processes.get(process.id))?.impact).toEqual(emptyImpactGrid());
  });

  it('keeps every rating when several are made at once (read-modify-write)', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    await Promise.all([
      setImpactRating(db, process.id, 'financial', 0, 'minor'),
      setImpactRating(db, process.id, 'safety', 4, 'severe'),
      setImpactRating(db, process.id, 'financial', 1, 'moderate'),
      setImpactRating(db, process.id, 'operational', 2, 'major'),
    ]);
    expect((await db.processes.get(process.id))?.impact).toEqual({
      ...emptyImpactGrid(),
      financial: ['minor', 'moderate', null, null, null],
      operational: [null, null, 'major', null, null],
      safety: [null, null, null, null, 'severe'],
    });
  });

  it('two concurrent edits of different fields both survive', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    await Promise.all([
      setImpactRating(db, process.id, 'reputational', 1, 'major'),
      updateProcess(db, process.id, { owner: 'Sales' }),
    ]);
    const stored = await db.processes.get(process.id);
    expect(stored?.owner).toBe('Sales');
    expect(stored?.impact.reputational).toEqual([null, 'major', null, null, null]);
  });

  it('refuses a rating for a time bucket that does not exist', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    await expect(setImpactRating(db, process.id, 'financial', 5, 'severe')).rejects.toThrow(
      'No time bucket 5',
    );
    expect(await db.processes.get(process.id)).toEqual(process);
  });

  it('links and unlinks supporting systems of the same plan', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    const erp = await addSystem(db, plan.id, 'ERP');
    const mail = await addSystem(db, plan.id, 'Mail');
    const now = setNow('2026-11-22T12:00:00.000Z');
    await setProcessSystem(db, process.id, erp.id, true);
    await setProcessSystem(db, process.id, mail.id, true);
    await setProcessSystem(db, process.id, erp.id, true);
    // Linking again changes nothing, not even the order.
    expect((await db.processes.get(process.id))?.systemIds).toEqual([erp.id, mail.id]);
    expect(await planUpdatedAt()).toBe(now);
    await setProcessSystem(db, process.id, erp.id, false);
    expect((await db.processes.get(process.id))?.systemIds).toEqual([mail.id]);
    await setProcessSystem(db, process.id, erp.id, false);
    expect((await db.processes.get(process.id))?.systemIds).toEqual([mail.id]);
  });

  it('refuses a system of another plan, or one that does not exist, and leaves the process unchanged', async () => {
    const other = await createPlan(db, { name: 'Other client', organisation: '' });
    const process = await addProcess(db, plan.id, 'Take orders');
    const erp = await addSystem(db, plan.id, 'ERP');
    await setProcessSystem(db, process.id, erp.id, true);
    const before = await db.processes.get(process.id);
    const foreign = await addSystem(db, other.id, 'Other client CRM');
    setNow('2026-11-22T12:30:00.000Z');
    const planBefore = await planUpdatedAt();
    await expect(setProcessSystem(db, process.id, foreign.id, true)).rejects.toThrow(
      'That system is not part of this plan.',
    );
    await expect(setProcessSystem(db, process.id, crypto.randomUUID(), true)).rejects.toThrow(
      'That system is not part of this plan.',
    );
    expect(await db.processes.get(process.id)).toEqual(before);
    expect(before?.systemIds).toEqual([erp.id]);
    expect(await planUpdatedAt()).toBe(planBefore);
  });

  it('delete and restore round-trip a process', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    const erp = await addSystem(db, plan.id, 'ERP');
    await setProcessSystem(db, process.id, erp.id, true);
    await setImpactRating(db, process.id, 'financial', 2, 'severe');
    const stored = await db.processes.get(process.id);
    const deletedAt = setNow('2026-11-22T13:00:00.000Z');
    const deleted = await deleteProcess(db, process.id);
    expect(deleted).toEqual({ process: stored, dependencies: [] });
    expect(await listProcesses(db, plan.id)).toEqual([]);
    expect(await planUpdatedAt()).toBe(deletedAt);
    const restoredAt = setNow('2026-11-22T13:01:00.000Z');
    await restoreProcess(db, deleted);
    expect(await listProcesses(db, plan.id)).toEqual([deleted.process]);
    expect(await planUpdatedAt()).toBe(restoredAt);
  });

  it('refuses to delete a process that no longer exists', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    await deleteProcess(db, process.id);
    await expect(deleteProcess(db, process.id)).rejects.toThrow('The process no longer exists.');
  });

  it('restoring does not link again systems deleted while the process was gone', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    const erp = await addSystem(db, plan.id, 'ERP');
    const mail = await addSystem(db, plan.id, 'Mail');
    const files = await addSystem(db, plan.id, 'Files');
    for (const system of [erp, mail, files]) await setProcessSystem(db, process.id, system.id, true);
    const deleted = await deleteProcess(db, process.id);
    await deleteSystem(db, mail.id);
    await restoreProcess(db, deleted);
    expect(await db.processes.get(process.id)).toEqual({ ...deleted.process, systemIds: [erp.id, files.id] });
  });
});
