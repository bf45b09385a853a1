import Dexie from 'dexie';
import { callTreeSchema, type CallTreeEntry } from '../../../shared/model/call-tree';
import {
  contactEditsSchema,
  contactSchema,
  newContactDefaults,
  phoneSchema,
  type Contact,
  type ContactEdits,
  type Phone,
} from '../../../shared/model/contact';
import { teamSchema } from '../../../shared/model/team';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { withoutPerson } from '../call-tree/call-tree-edits';
import { touchPlan } from '../plans/plan-repository';
import { detachFromRunbooks, reattachToRunbooks, type StepReference } from '../runbooks/runbook-references';

function contactsOfPlan(db: DrpDatabase, planId: string) {
  return db.contacts.where('[planId+position]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]);
}

/** A plan's contacts in the order they were added. */
export function listContacts(db: DrpDatabase, planId: string): Promise<Contact[]> {
  return contactsOfPlan(db, planId).toArray();
}

export async function addContact(db: DrpDatabase, planId: string, name: string): Promise<Contact> {
  return db.transaction('rw', db.plans, db.contacts, async () => {
    const now = nowIso();
    const last = await contactsOfPlan(db, planId).last();
    const contact = contactSchema.parse({
      id: newId(),
      planId,
      position: last ? last.position + 1 : 0,
      ...newContactDefaults(name),
      createdAt: now,
      updatedAt: now,
    });
    await db.contacts.add(contact);
    await touchPlan(db, planId, now);
    return contact;
  });
}

/**
 * Reads, changes and writes one contact in one transaction; changes are
 * functions of the stored record, so quick edits to two phones never
 * overwrite each other.
 */
async function changeContact(
  db: DrpDatabase,
  id: string,
  change: (current: Contact) => ContactEdits | Promise<ContactEdits>,
): Promise<void> {
  await db.transaction('rw', db.plans, db.contacts, async () => {
    const current = await db.contacts.get(id);
    if (!current) throw new Error('The contact no longer exists.');
    const edits = contactEditsSchema.parse(await change(current));
    if (edits.alternateId) {
      const alternate = await db.contacts.get(edits.alternateId);
      if (alternate?.planId !== current.planId)
        throw new Error('The alternate is not a contact of this plan.');
    }
    const now = nowIso();
    await db.contacts.put(contactSchema.parse({ ...current, ...edits, updatedAt: now }));
    await touchPlan(db, current.planId, now);
  });
}

export function updateContact(db: DrpDatabase, id: string, edits: ContactEdits): Promise<void> {
  return changeContact(db, id, () => edits);
}

export async function addPhone(
  db: DrpDatabase,
  id: string,
  fields: Pick<Phone, 'label' | 'number'>,
): Promise<Phone> {
  const phone = phoneSchema.parse({ id: newId(), ...fields });
  await changeContact(db, id, (current) => ({ phones: [...current.phones, phone] }));
  return phone;
}

export async function updatePhone(
  db: DrpDatabase,
  id: string,
  phoneId: string,
  edits: Partial<Pick<Phone, 'label' | 'number'>>,
): Promise<void> {
  await changeContact(db, id, (current) => {
    if (!current.phones.some((phone) => phone.id === phoneId)) {
      throw new Error('The phone number no longer exists.');
    }
    return {
      phones: current.phones.map((phone) =>
        phone.id === phoneId ? phoneSchema.parse({ ...phone, ...edits }) : phone,
      ),
    };
  });
}

export function removePhone(db: DrpDatabase, id: string, phoneId: string): Promise<void> {
  return changeContact(db, id, (current) => ({
    phones: current.phones.filter((phone) => phone.id !== phoneId),
  }));
}

/** Everything a contact's delete changed, so Undo can put it back as it was. */
export interface DeletedContact {
  contact: Contact;
  /** Contacts who had them as their alternate. */
  alternateOf: string[];
  /** Roles and teams they were in, with their place in the line of succession. */
  teams: { teamId: string; index: number }[];
  /** The call tree's entries before and after, when they were in it. */
  callTree: { before: CallTreeEntry[]; after: CallTreeEntry[] } | null;
  /** Runbook steps that named them. */
  steps: StepReference[];
}

/**
 * Deletes a contact and, in the same transaction, every link to them: other
 * contacts' alternate, roles and teams, the call tree (the people they called
 * move up to their caller, so the tree is not cut), and runbook steps (which
 * keep their name as text). All of it or nothing.
 */
export async function deleteContact(db: DrpDatabase, id: string): Promise<DeletedContact> {
  return db.transaction('rw', [db.plans, db.contacts, db.teams, db.callTrees, db.runbooks], async () => {
    const contact = await db.contacts.get(id);
    if (!contact) throw new Error('The contact no longer exists.');
    const { planId } = contact;

    const alternateOf = await db.contacts.where('alternateId').equals(id).toArray();
    for (const other of alternateOf) await db.contacts.update(other.id, { alternateId: null });

    const teams = await db.teams.where('memberIds').equals(id).toArray();
    for (const team of teams) {
      const memberIds = team.memberIds.filter((memberId) => memberId !== id);
      await db.teams.put(teamSchema.parse({ ...team, memberIds }));
    }

    const tree = await db.callTrees.get(planId);
    const entry = tree?.entries.find((candidate) => candidate.contactId === id);
    let callTree: DeletedContact['callTree'] = null;
    if (tree && entry) {
      const after = withoutPerson(tree.entries, entry.id);
      await db.callTrees.put(callTreeSchema.parse({ ...tree, entries: after }));
      callTree = { before: tree.entries, after };
    }

    const steps = await detachFromRunbooks(db, planId, id, contact.name);
    await db.contacts.delete(id);
    await touchPlan(db, planId, nowIso());
    return {
      contact,
      alternateOf: alternateOf.map((other) => other.id),
      teams: teams.map((team) => ({ teamId: team.id, index: team.memberIds.indexOf(id) })),
      callTree,
      steps,
    };
  });
}

/** Undo of a delete: the contact and its links, in the records that still exist. */
export async function restoreContact(db: DrpDatabase, deleted: DeletedContact): Promise<void> {
  const { contact } = deleted;
  await db.transaction('rw', [db.plans, db.contacts, db.teams, db.callTrees, db.runbooks], async () => {
    const alternate = contact.alternateId ? await db.contacts.get(contact.alternateId) : undefined;
    await db.contacts.put({ ...contact, alternateId: alternate ? contact.alternateId : null });

    for (const other of await db.contacts.bulkGet(deleted.alternateOf)) {
      if (other?.alternateId === null) await db.contacts.update(other.id, { alternateId: contact.id });
    }

    for (const { teamId, index } of deleted.teams) {
      const team = await db.teams.get(teamId);
      if (!team || team.memberIds.includes(contact.id)) continue;
      const memberIds = [...team.memberIds];
      memberIds.splice(Math.min(index, memberIds.length), 0, contact.id);
      await db.teams.put(teamSchema.parse({ ...team, memberIds }));
    }

    if (deleted.callTree) {
      const tree = await db.callTrees.get(contact.planId);
      if (tree) {
        const entries = restoredEntries(tree.entries, deleted.callTree);
        const checked = callTreeSchema.safeParse({ ...tree, entries });
        if (checked.success) await db.callTrees.put(checked.data);
      }
    }

    await reattachToRunbooks(db, deleted.steps);
    await touchPlan(db, contact.planId, nowIso());
  });
}

/**
 * The call tree with the restored person back in their place. Unchanged since
 * the delete: exactly as before. Edited meanwhile: they go back under their
 * caller (if still there) and take back the people who moved up and are still
 * where the delete put them.
 */
function restoredEntries(
  current: readonly CallTreeEntry[],
  { before, after }: { before: readonly CallTreeEntry[]; after: readonly CallTreeEntry[] },
): CallTreeEntry[] {
  if (JSON.stringify(current) === JSON.stringify(after)) return [...before];
  const removed = before.find((entry) => !after.some((other) => other.id === entry.id));
  if (!removed || current.some((entry) => entry.id === removed.id)) return [...current];
  const callerId =
    removed.callerId !== null && current.some((entry) => entry.id === removed.callerId)
      ? removed.callerId
      : null;
  const formerCalls = new Set(
    before.filter((entry) => entry.callerId === removed.id).map((entry) => entry.id),
  );
  const back = { ...removed, callerId };
  const entries = current.map((entry) =>
    formerCalls.has(entry.id) && entry.callerId === removed.callerId
      ? { ...entry, callerId: removed.id }
      : entry,
  );
  const firstCall = entries.findIndex((entry) => entry.callerId === removed.id);
  if (firstCall === -1) return [...entries, back];
  return [...entries.slice(0, firstCall), back, ...entries.slice(firstCall)];
}
