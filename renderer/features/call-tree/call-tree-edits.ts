import type { CallTreeEntry } from '../../../shared/model/call-tree';

/**
 * The entries without one person, whose calls move up to their own caller
 * (or to whoever activates the plan): nobody below them drops out of the
 * tree. Their callers come before them and they come before the people they
 * call, so the list stays in calling order.
 */
export function withoutPerson(entries: readonly CallTreeEntry[], entryId: string): CallTreeEntry[] {
  const removed = entries.find((entry) => entry.id === entryId);
  if (!removed) return [...entries];
  return entries
    .filter((entry) => entry.id !== entryId)
    .map((entry) => (entry.callerId === entryId ? { ...entry, callerId: removed.callerId } : entry));
}

/** The entries of the people someone calls directly, in calling order. */
export function callsOf(entries: readonly CallTreeEntry[], entryId: string): CallTreeEntry[] {
  return entries.filter((entry) => entry.callerId === entryId);
}

/** How many people are below someone in the tree, directly or not. */
export function branchSize(entries: readonly CallTreeEntry[], entryId: string): number {
  const below = new Set([entryId]);
  for (const entry of entries) {
    if (entry.callerId !== null && below.has(entry.callerId)) below.add(entry.id);
  }
  return below.size - 1;
}
