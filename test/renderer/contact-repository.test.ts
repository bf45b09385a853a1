import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import {
  addCall,
  callTreeEntries,
  setEscalation,
} from '../../renderer/features/call-tree/call-tree-repository';
import {
  addContact,
  addPhone,
  deleteContact,
  listContacts,
  removePhone,
  restoreContact,
  updateContact,
  updatePhone,
} from '../../renderer/features/contacts/contact-repository';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import { addSystem } from '../../renderer/features/systems/system-repository';
import { addMember, addTeam } from '../../renderer/features/teams/team-repository';
import type { Contact } from '../../shared/model/contact';
import type { Plan } from '../../shared/model/plan';
import { newRunbookDefaults, newStepDefaults, runbookSchema, type Runbook } from '../../shared/model/runbook';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
let ann: Contact;
let ben: Contact;
let cat: Contact;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
  ann = await addContact(db, plan.id, 'Ann Archer');
  ben = await addContact(db, plan.id, 'Ben Brook');
  cat = await addContact(db, plan.id, 'Cat Cole');
});
afterEach(async () => {
  await db.delete();
});

/** A runbook whose first step is done by `responsibleId` and escalates to `escalateToId`. */
async function runbookNaming(responsibleId: string, escalateToId: string | null): Promise<Runbook> {
  const system = await addSystem(db, plan.id, 'Order database');
  const now = new Date().toISOString();
  const runbook = runbookSchema.parse({
    id: crypto.randomUUID(),
    planId: plan.id,
    systemId: system.id,
    ...newRunbookDefaults('Restore the order database'),
    steps: [
      { id: crypto.randomUUID(), ...newStepDefaults('Restore'), responsibleId, escalateToId },
      { id: crypto.randomUUID(), ...newStepDefaults('Check'), responsible: 'The night shift' },
    ],
    createdAt: now,
    updatedAt: now,
  });
  await db.runbooks.add(runbook);
  return runbook;
}

describe('contact repository', () => {
  it('adds contacts in order and marks the plan edited; refuses an empty name', async () => {
    expect((await listContacts(db, plan.id)).map((contact) => contact.name)).toEqual([
      'Ann Archer',
      'Ben Brook',
      'Cat Cole',
    ]);
    expect([ann.position, ben.position, cat.position]).toEqual([0, 1, 2]);
    await expect(addContact(db, plan.id, '   ')).rejects.toThrow('Name is required');
    expect(await listContacts(db, plan.id)).toHaveLength(3);
  });

  it('updates fields, refusing a bad e-mail, themselves or a stranger as alternate', async () => {
    await updateContact(db, ann.id, { title: 'IT manager', email: 'ann@example.com', alternateId: ben.id });
    expect(await db.contacts.get(ann.id)).toMatchObject({ title: 'IT manager', alternateId: ben.id });
    await expect(updateContact(db, ann.id, { email: 'not an address' })).rejects.toThrow('e-mail address');
    await expect(updateContact(db, ann.id, { alternateId: ann.id })).rejects.toThrow('their own alternate');
    const other = await createPlan(db, { name: 'Other', organisation: '' });
    const stranger = await addContact(db, other.id, 'Stranger');
    await expect(updateContact(db, ann.id, { alternateId: stranger.id })).rejects.toThrow(
      'not a contact of this plan',
    );
    expect(await db.contacts.get(ann.id)).toMatchObject({ email: 'ann@example.com', alternateId: ben.id });
  });

  it('adds, edits and removes phone numbers, refusing letters in a number', async () => {
    const mobile = await addPhone(db, ann.id, { label: 'Mobile', number: '+44 7700 900123' });
    const office = await addPhone(db, ann.id, { label: 'Office', number: '020 7946 0000 ext 12' });
    await updatePhone(db, ann.id, mobile.id, { number: '+44 7700 900999' });
    await expect(updatePhone(db, ann.id, office.id, { number: 'call reception' })).rejects.toThrow(
      'Phone number may contain only digits',
    );
    await expect(addPhone(db, ann.id, { label: 'Home', number: '' })).rejects.toThrow(
      'Phone number is required',
    );
    await removePhone(db, ann.id, office.id);
    expect((await db.contacts.get(ann.id))?.phones).toEqual([
      { id: mobile.id, label: 'Mobile', number: '+44 7700 900999' },
    ]);
  });

  it('deletes a contact everywhere in one go, and Undo puts every link back exactly', async () => {
    await updateContact(db, cat.id, { alternateId: ben.id });
    const team = await addTeam(db, plan.id, 'DR coordinator', 'role');
    await addMember(db, team.id, ann.id);
    await addMember(db, team.id, ben.id);
    await addMember(db, team.id, cat.id);
    // Ann calls Ben, Ben calls Cat and Dan: deleting Ben moves Cat and Dan up to Ann.
    const dan = await addContact(db, plan.id, 'Dan Dale');
    const a = await addCall(db, plan.id, ann.id, null);
    const b = await addCall(db, plan.id, ben.id, a.id);
    await addCall(db, plan.id, cat.id, b.id);
    await addCall(db, plan.id, dan.id, b.id);
    await setEscalation(db, plan.id, b.id, 15);
    const runbook = await runbookNaming(ben.id, ben.id);
    const before = {
      contacts: await listContacts(db, plan.id),
      team: await db.teams.get(team.id),
      entries: await callTreeEntries(db, plan.id),
      runbook: await db.runbooks.get(runbook.id),
    };

    const deleted = await deleteContact(db, ben.id);
    expect(await db.contacts.get(ben.id)).toBeUndefined();
    expect((await db.contacts.get(cat.id))?.alternateId).toBeNull();
    expect((await db.teams.get(team.id))?.memberIds).toEqual([ann.id, cat.id]);
    const entries = await callTreeEntries(db, plan.id);
    expect(entries.map((entry) => [entry.contactId, entry.callerId])).toEqual([
      [ann.id, null],
      [cat.id, a.id],
      [dan.id, a.id],
    ]);
    const [restore, check] = (await db.runbooks.get(runbook.id))?.steps ?? [];
    expect(restore).toMatchObject({ responsibleId: null, responsible: 'Ben Brook', escalateToId: null });
    expect(check).toMatchObject({ responsible: 'The night shift' });

    await restoreContact(db, deleted);
    expect(await listContacts(db, plan.id)).toEqual(before.contacts);
    expect((await db.teams.get(team.id))?.memberIds).toEqual(before.team?.memberIds);
    expect(await callTreeEntries(db, plan.id)).toEqual(before.entries);
    expect((await db.runbooks.get(runbook.id))?.steps).toEqual(before.runbook?.steps);
  });

  it('Undo after the call tree changed puts the person back under their caller with their calls', async () => {
    const a = await addCall(db, plan.id, ann.id, null);
    const b = await addCall(db, plan.id, ben.id, a.id);
    await addCall(db, plan.id, cat.id, b.id);
    const deleted = await deleteContact(db, ben.id);
    const dan = await addContact(db, plan.id, 'Dan Dale');
    await addCall(db, plan.id, dan.id, null);
    await restoreContact(db, deleted);
    const entries = await callTreeEntries(db, plan.id);
    const byContact = new Map(entries.map((entry) => [entry.contactId, entry]));
    expect(byContact.get(ben.id)?.callerId).toBe(a.id);
    expect(byContact.get(cat.id)?.callerId).toBe(b.id);
    expect(byContact.get(dan.id)?.callerId).toBeNull();
  });

  it('deletes nothing when the contact is already gone', async () => {
    await deleteContact(db, ann.id);
    await expect(deleteContact(db, ann.id)).rejects.toThrow('no longer exists');
    expect(await listContacts(db, plan.id)).toHaveLength(2);
  });
});
