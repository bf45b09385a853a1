import { z } from 'zod';
import { idSchema, timestampSchema } from './common';
import { durationSchema } from './duration';

/**
 * The call tree: who is told first when the plan is activated, and whom each
 * of them calls in turn. One per plan. Stored as a flat list in which a
 * caller always comes before the people they call, so the tree cannot loop
 * and reads top to bottom in the order calls are made.
 */

export const MAX_CALL_TREE_ENTRIES = 500;

export const callTreeEntrySchema = z.strictObject({
  id: idSchema,
  /** The person called. */
  contactId: idSchema,
  /** The entry of whoever calls them; null when the person activating the plan calls them. */
  callerId: idSchema.nullable(),
  /** How long the caller keeps trying before escalating (the alternate, then the caller's caller); null = not agreed. */
  escalateAfterMinutes: durationSchema('Escalate after'),
});
export type CallTreeEntry = z.infer<typeof callTreeEntrySchema>;

function checkEntries(entries: readonly CallTreeEntry[], context: z.core.$RefinementCtx<CallTreeEntry[]>) {
  const position = new Map<string, number>();
  const contacts = new Set<string>();
  entries.forEach((entry, index) => {
    if (position.has(entry.id)) {
      context.addIssue({ code: 'custom', path: [index, 'id'], message: `Call ${index + 1} is listed twice` });
    } else position.set(entry.id, index);
    if (contacts.has(entry.contactId)) {
      context.addIssue({
        code: 'custom',
        path: [index, 'contactId'],
        message: `Call ${index + 1}: this person is already in the call tree; each person is called once`,
      });
    }
    contacts.add(entry.contactId);
  });
  entries.forEach((entry, index) => {
    if (entry.callerId === null) return;
    const at = position.get(entry.callerId);
    if (at === undefined || at >= index) {
      context.addIssue({
        code: 'custom',
        path: [index, 'callerId'],
        message:
          at === undefined
            ? `Call ${index + 1} is made by someone who is not in the call tree`
            : `Call ${index + 1} is made by someone who is only called later; a caller must be reached first`,
      });
    }
  });
}

export const callTreeEntriesSchema = z
  .array(callTreeEntrySchema)
  .max(MAX_CALL_TREE_ENTRIES, { error: `A call tree can have at most ${MAX_CALL_TREE_ENTRIES} calls` })
  .superRefine(checkEntries);

export const callTreeSchema = z.strictObject({
  /** One call tree per plan, so the plan's id is its key. */
  planId: idSchema,
  entries: callTreeEntriesSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type CallTree = z.infer<typeof callTreeSchema>;

/** One person in the tree with the people they call, in the order they call them. */
export interface CallTreeNode {
  entry: CallTreeEntry;
  /** 1 for the people the activator calls, 2 for whom they call, … */
  level: number;
  children: CallTreeNode[];
}

/** The entries as a tree, each level in list order. Entries whose caller is missing are dropped. */
export function callTreeNodes(entries: readonly CallTreeEntry[]): CallTreeNode[] {
  const nodes = new Map<string, CallTreeNode>();
  const roots: CallTreeNode[] = [];
  for (const entry of entries) {
    const parent = entry.callerId === null ? undefined : nodes.get(entry.callerId);
    if (entry.callerId !== null && !parent) continue;
    const node: CallTreeNode = { entry, level: parent ? parent.level + 1 : 1, children: [] };
    nodes.set(entry.id, node);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/**
 * The entries without `contactId` and everyone they call (directly or not):
 * removing a person from the tree removes the branch below them, which the
 * screen says before it happens.
 */
export function withoutBranch(entries: readonly CallTreeEntry[], entryId: string): CallTreeEntry[] {
  const removed = new Set([entryId]);
  for (const entry of entries) {
    if (entry.callerId !== null && removed.has(entry.callerId)) removed.add(entry.id);
  }
  return entries.filter((entry) => !removed.has(entry.id));
}

/**
 * The entries with a new one placed right after its caller's branch, so the
 * list keeps callers first and reads in calling order.
 */
export function withCall(entries: readonly CallTreeEntry[], added: CallTreeEntry): CallTreeEntry[] {
  if (added.callerId === null) return [...entries, added];
  const branch = new Set([added.callerId]);
  let insertAt = -1;
  entries.forEach((entry, index) => {
    if (entry.id === added.callerId || (entry.callerId !== null && branch.has(entry.callerId))) {
      branch.add(entry.id);
      insertAt = index;
    }
  });
  if (insertAt === -1) return [...entries, added];
  return [...entries.slice(0, insertAt + 1), added, ...entries.slice(insertAt + 1)];
}
