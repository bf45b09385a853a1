import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import { duplicatePlan, createPlan, readSnapshot } from '../../renderer/features/plans/plan-repository';
import {
  addAgendaItem,
  addParkingLotItem,
  getWorkshop,
  removeAgendaItem,
  removeParkingLotItem,
  updateAgendaItem,
  updateParkingLotItem,
  updateWorkshopNotes,
} from '../../renderer/features/workshop/workshop-repository';
import type { Plan } from '../../shared/model/plan';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
});
afterEach(async () => {
  await db.delete();
});

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('workshop repository', () => {
  it('makes the workshop on the first edit, saves notes and marks the plan edited', async () => {
    expect(await getWorkshop(db, plan.id)).toBeNull();
    await pause();
    await updateWorkshopNotes(db, plan.id, 'Backups are on tape in the CFO’s car.');
    const workshop = await getWorkshop(db, plan.id);
    expect(workshop).toMatchObject({ planId: plan.id, notes: 'Backups are on tape in the CFO’s car.' });
    expect(workshop?.parkingLot).toEqual([]);
    expect((await db.plans.get(plan.id))?.updatedAt).not.toBe(plan.updatedAt);
  });

  it('keeps parking lot questions in order, edits one without touching the others, answers and removes', async () => {
    const first = await addParkingLotItem(db, plan.id, 'Who holds the DNS registrar login?');
    const second = await addParkingLotItem(db, plan.id, 'Is there a second internet line?');
    await Promise.all([
      updateParkingLotItem(db, plan.id, first, { owner: 'Sam (IT)' }),
      updateParkingLotItem(db, plan.id, second, { answer: 'Yes, 4G backup', status: 'answered' }),
    ]);
    let lot = (await getWorkshop(db, plan.id))?.parkingLot ?? [];
    expect(lot.map((item) => [item.question, item.owner, item.answer, item.status])).toEqual([
      ['Who holds the DNS registrar login?', 'Sam (IT)', '', 'open'],
      ['Is there a second internet line?', '', 'Yes, 4G backup', 'answered'],
    ]);
    await removeParkingLotItem(db, plan.id, first);
    lot = (await getWorkshop(db, plan.id))?.parkingLot ?? [];
    expect(lot.map((item) => item.id)).toEqual([second]);
  });

  it('refuses an empty question and an edit of a question that is gone, writing nothing', async () => {
    await expect(addParkingLotItem(db, plan.id, '   ')).rejects.toThrow();
    expect(await getWorkshop(db, plan.id)).toBeNull();
    await expect(updateParkingLotItem(db, plan.id, crypto.randomUUID(), { owner: 'x' })).rejects.toThrow(
      'no longer exists',
    );
    await expect(updateWorkshopNotes(db, crypto.randomUUID(), 'x')).rejects.toThrow('plan no longer exists');
  });

  it('keeps the agenda with minutes, ticks items done and removes them', async () => {
    const intro = await addAgendaItem(db, plan.id, 'Introductions', 10);
    const systems = await addAgendaItem(db, plan.id, 'List the critical systems', 45);
    await updateAgendaItem(db, plan.id, intro, { done: true });
    await updateAgendaItem(db, plan.id, systems, { minutes: 60 });
    let agenda = (await getWorkshop(db, plan.id))?.agenda ?? [];
    expect(agenda.map((item) => [item.title, item.minutes, item.done])).toEqual([
      ['Introductions', 10, true],
      ['List the critical systems', 60, false],
    ]);
    await expect(updateAgendaItem(db, plan.id, systems, { minutes: -5 })).rejects.toThrow();
    await removeAgendaItem(db, plan.id, intro);
    agenda = (await getWorkshop(db, plan.id))?.agenda ?? [];
    expect(agenda.map((item) => item.title)).toEqual(['List the critical systems']);
  });

  it('travels with the plan: a copy has its own workshop', async () => {
    await addParkingLotItem(db, plan.id, 'Who signs off the RTOs?');
    const copy = await duplicatePlan(db, plan.id);
    const snapshot = await readSnapshot(db, copy.id);
    expect(snapshot.workshop?.planId).toBe(copy.id);
    expect(snapshot.workshop?.parkingLot[0]?.question).toBe('Who signs off the RTOs?');
  });
});
