import {
  callTreeSchema,
  withCall,
  withoutBranch,
  type CallTree,
  type CallTreeEntry,
} from '../../../shared/model/call-tree';
import { validate } from '../../../shared/model/validation';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { touchPlan } from '../plans/plan-repository';
import { withoutPerson } from './call-tree-edits';

export async function callTreeEntries(db: DrpDatabase, planId: string): Promise<CallTreeEntry[]> {
  return (await db.callTrees.get(planId))?.entries ?? [];
}

/**
 * Reads, changes and writes the plan's call tree in one transaction. The
 * result is checked with the schema; its message (a person called twice, a
 * caller called later) is what the user sees when a change is refused.
 */
async function changeCallTree(
  db: DrpDatabase,
  planId: string,
  change: (entries: CallTreeEntry[]) => CallTreeEntry[] | Promise<CallTreeEntry[]>,
): Promise<void> {
  await db.transaction('rw', [db.plans, db.callTrees, db.contacts], async () => {
    const current = await db.callTrees.get(planId);
    const now = nowIso();
    const entries = await change(current?.entries ?? []);
    const tree = validate(callTreeSchema, {
      planId,
      entries,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    } satisfies CallTree);
    if (!tree.ok) throw new Error(tree.message);
    await db.callTrees.put(tree.value);
    await touchPlan(db, planId, now);
  });
}

/** Someone calls a contact: `callerId` is the caller's entry, or null for whoever activates the plan. */
export async function addCall(
  db: DrpDatabase,
  planId: string,
  contactId: string,
  callerId: string | null,
): Promise<CallTreeEntry> {
  const added: CallTreeEntry = { id: newId(), contactId, callerId, escalateAfterMinutes: null };
  await changeCallTree(db, planId, async (entries) => {
    const contact = await db.contacts.get(contactId);
    if (contact?.planId !== planId) throw new Error('That person is not a contact of this plan.');
    return withCall(entries, added);
  });
  return added;
}

export function setEscalation(
  db: DrpDatabase,
  planId: string,
  entryId: string,
  minutes: number | null,
): Promise<void> {
  return changeCallTree(db, planId, (entries) => {
    if (!entries.some((entry) => entry.id === entryId))
      throw new Error('That call is no longer in the tree.');
    return entries.map((entry) =>
      entry.id === entryId ? { ...entry, escalateAfterMinutes: minutes } : entry,
    );
  });
}

/**
 * Takes someone out of the tree. "branch" removes the people they call too;
 * "move-up" hands those calls to their own caller. Returns the entries as they
 * were, for Undo.
 */
export async function removeCall(
  db: DrpDatabase,
  planId: string,
  entryId: string,
  mode: 'branch' | 'move-up',
): Promise<CallTreeEntry[]> {
  const before: { entries: CallTreeEntry[] } = { entries: [] };
  await changeCallTree(db, planId, (entries) => {
    if (!entries.some((entry) => entry.id === entryId))
      throw new Error('That call is no longer in the tree.');
    before.entries = entries;
    return mode === 'branch' ? withoutBranch(entries, entryId) : withoutPerson(entries, entryId);
  });
  return before.entries;
}

/** Undo of a removal: the tree as it was, as long as everyone in it is still a contact. */
export function restoreCallTree(db: DrpDatabase, planId: string, entries: readonly CallTreeEntry[]) {
  return changeCallTree(db, planId, async () => {
    const contacts = await db.contacts.bulkGet(entries.map((entry) => entry.contactId));
    if (contacts.some((contact) => contact === undefined)) {
      throw new Error('Someone in the removed calls has since been deleted from the contacts.');
    }
    return [...entries];
  });
}
