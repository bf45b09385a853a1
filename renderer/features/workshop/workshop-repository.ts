import {
  agendaItemSchema,
  emptyWorkshop,
  parkingLotItemSchema,
  workshopEditsSchema,
  workshopSchema,
  type AgendaItem,
  type ParkingLotItem,
  type Workshop,
  type WorkshopEdits,
} from '../../../shared/model/workshop';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { touchPlan } from '../plans/plan-repository';

export async function getWorkshop(db: DrpDatabase, planId: string): Promise<Workshop | null> {
  return (await db.workshops.get(planId)) ?? null;
}

/**
 * Reads, changes and writes the plan's workshop in one transaction (making it on the first edit).
 * Changes are functions of the stored record, so two quick edits to different questions never
 * overwrite each other.
 */
async function changeWorkshop(
  db: DrpDatabase,
  planId: string,
  change: (current: Workshop, now: string) => WorkshopEdits,
): Promise<void> {
  await db.transaction('rw', [db.plans, db.workshops], async () => {
    if (!(await db.plans.get(planId))) throw new Error('The plan no longer exists.');
    const now = nowIso();
    const current = (await db.workshops.get(planId)) ?? emptyWorkshop(planId, now);
    const edits = workshopEditsSchema.parse(change(current, now));
    await db.workshops.put(workshopSchema.parse({ ...current, ...edits, updatedAt: now }));
    await touchPlan(db, planId, now);
  });
}

export function updateWorkshopNotes(db: DrpDatabase, planId: string, notes: string): Promise<void> {
  return changeWorkshop(db, planId, () => ({ notes }));
}

function withItem<T extends { id: string }>(items: readonly T[], id: string, change: (item: T) => T): T[] {
  if (!items.some((item) => item.id === id)) throw new Error('That item no longer exists.');
  return items.map((item) => (item.id === id ? change(item) : item));
}

export async function addParkingLotItem(db: DrpDatabase, planId: string, question: string): Promise<string> {
  const id = newId();
  await changeWorkshop(db, planId, (current, now) => ({
    parkingLot: [
      ...current.parkingLot,
      parkingLotItemSchema.parse({ id, question, owner: '', answer: '', status: 'open', createdAt: now }),
    ],
  }));
  return id;
}

export type ParkingLotEdits = Partial<Pick<ParkingLotItem, 'question' | 'owner' | 'answer' | 'status'>>;

export function updateParkingLotItem(
  db: DrpDatabase,
  planId: string,
  id: string,
  edits: ParkingLotEdits,
): Promise<void> {
  return changeWorkshop(db, planId, (current) => ({
    parkingLot: withItem(current.parkingLot, id, (item) => ({ ...item, ...edits })),
  }));
}

export function removeParkingLotItem(db: DrpDatabase, planId: string, id: string): Promise<void> {
  return changeWorkshop(db, planId, (current) => ({
    parkingLot: current.parkingLot.filter((item) => item.id !== id),
  }));
}

export async function addAgendaItem(
  db: DrpDatabase,
  planId: string,
  title: string,
  minutes: number,
): Promise<string> {
  const id = newId();
  await changeWorkshop(db, planId, (current) => ({
    agenda: [...current.agenda, agendaItemSchema.parse({ id, title, minutes, done: false })],
  }));
  return id;
}

export type AgendaEdits = Partial<Pick<AgendaItem, 'title' | 'minutes' | 'done'>>;

export function updateAgendaItem(
  db: DrpDatabase,
  planId: string,
  id: string,
  edits: AgendaEdits,
): Promise<void> {
  return changeWorkshop(db, planId, (current) => ({
    agenda: withItem(current.agenda, id, (item) => ({ ...item, ...edits })),
  }));
}

export function removeAgendaItem(db: DrpDatabase, planId: string, id: string): Promise<void> {
  return changeWorkshop(db, planId, (current) => ({
    agenda: current.agenda.filter((item) => item.id !== id),
  }));
}
