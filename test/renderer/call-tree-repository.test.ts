import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import { withoutPerson } from '../../renderer/features/call-tree/call-tree-edits';
import {
  addCall,
  callTreeEntries,
  removeCall,
  restoreCallTree,
  setEscalation,
} from '../../renderer/features/call-tree/call-tree-repository';
import { addContact, deleteContact } from '../../renderer/features/contacts/contact-repository';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import type { Contact } from '../../shared/model/contact';
import type { Plan } from '../../shared/model/plan';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
let people: Contact[];
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
  people = [];
  for (const name of ['Ann', 'Ben', 'Cat', 'Dan']) people.push(await addContact(db, plan.id, name));
});
afterEach(async () => {
  await db.delete();
});

function person(index: number): Contact {
  const contact = people[index];
  if (!contact) throw new Error(`No contact ${index}`);
  return contact;
}

/** [name of the person called, name of the caller or "activator"] in list order. */
async function shape() {
  const entries = await callTreeEntries(db, plan.id);
  const name = (entryId: string | null) => {
    const entry = entries.find((candidate) => candidate.id === entryId);
    return people.find((contact) => contact.id === entry?.contactId)?.name ?? 'activator';
  };
  return entries.map((entry) => `${name(entry.id)}←${name(entry.callerId)}`);
}

describe('call tree repository', () => {
  it('builds a tree in calling order: each new call goes right after its caller’s branch', async () => {
    const ann = await addCall(db, plan.id, person(0).id, null);
    const ben = await addCall(db, plan.id, person(1).id, null);
    await addCall(db, plan.id, person(2).id, ann.id);
    await addCall(db, plan.id, person(3).id, ann.id);
    expect(await shape()).toEqual(['Ann←activator', 'Cat←Ann', 'Dan←Ann', 'Ben←activator']);
    expect((await db.plans.get(plan.id))?.updatedAt).toBeDefined();
    await setEscalation(db, plan.id, ben.id, 20);
    expect(
      (await callTreeEntries(db, plan.id)).find((entry) => entry.id === ben.id)?.escalateAfterMinutes,
    ).toBe(20);
  });

  it('refuses a person twice, a stranger, or a caller who is not in the tree, with the schema’s words', async () => {
    await addCall(db, plan.id, person(0).id, null);
    await expect(addCall(db, plan.id, person(0).id, null)).rejects.toThrow(
      'this person is already in the call tree; each person is called once',
    );
    await expect(addCall(db, plan.id, person(1).id, crypto.randomUUID())).rejects.toThrow(
      'made by someone who is not in the call tree',
    );
    const other = await createPlan(db, { name: 'Other', organisation: '' });
    const stranger = await addContact(db, other.id, 'Stranger');
    await expect(addCall(db, plan.id, stranger.id, null)).rejects.toThrow('not a contact of this plan');
    await expect(setEscalation(db, plan.id, crypto.randomUUID(), 5)).rejects.toThrow('no longer in the tree');
    expect(await shape()).toEqual(['Ann←activator']);
  });

  it('removes a branch or moves the calls up, and Undo restores the tree', async () => {
    const ann = await addCall(db, plan.id, person(0).id, null);
    const ben = await addCall(db, plan.id, person(1).id, ann.id);
    await addCall(db, plan.id, person(2).id, ben.id);
    await addCall(db, plan.id, person(3).id, ben.id);
    const full = await callTreeEntries(db, plan.id);

    const before = await removeCall(db, plan.id, ben.id, 'move-up');
    expect(await shape()).toEqual(['Ann←activator', 'Cat←Ann', 'Dan←Ann']);
    await restoreCallTree(db, plan.id, before);
    expect(await callTreeEntries(db, plan.id)).toEqual(full);

    await removeCall(db, plan.id, ben.id, 'branch');
    expect(await shape()).toEqual(['Ann←activator']);
    await restoreCallTree(db, plan.id, full);
    await deleteContact(db, person(3).id);
    await expect(restoreCallTree(db, plan.id, full)).rejects.toThrow('since been deleted');
  });

  it('withoutPerson keeps everyone else and their order', () => {
    const id = () => crypto.randomUUID();
    const a = { id: id(), contactId: id(), callerId: null, escalateAfterMinutes: 10 };
    const b = { id: id(), contactId: id(), callerId: a.id, escalateAfterMinutes: null };
    const c = { id: id(), contactId: id(), callerId: b.id, escalateAfterMinutes: 5 };
    expect(withoutPerson([a, b, c], b.id)).toEqual([a, { ...c, callerId: a.id }]);
    expect(withoutPerson([a, b, c], a.id)).toEqual([{ ...b, callerId: null }, c]);
    expect(withoutPerson([a], id())).toEqual([a]);
  });
});
