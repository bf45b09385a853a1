import { SNAPSHOT_LISTS, type PlanSnapshot } from '../../shared/bundle/snapshot';

/**
 * Every list in id order: the database hands records back by position or by
 * date, a file has them in any order, and "the same plan" means the same records.
 */
export function normalisedSnapshot(snapshot: PlanSnapshot): PlanSnapshot {
  const sorted = { ...snapshot };
  for (const list of SNAPSHOT_LISTS) {
    Object.assign(sorted, { [list]: snapshot[list].toSorted((a, b) => a.id.localeCompare(b.id)) });
  }
  return sorted;
}
