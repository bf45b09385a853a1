import { copyName } from '../model/plan';
import { planSnapshotSchema, type PlanSnapshot } from './snapshot';

/**
 * The same plan under new ids, so it can sit beside the original: duplicating
 * a plan, and importing a file whose plan is already here, both use it.
 *
 * Every top-level record gets a new id and every reference to one is rewritten.
 * A reference is a string under `…Id`, `…Ids` or `waitsFor` that names one of
 * the snapshot's own records, so free text and ids inside a record (steps,
 * phones) are left alone: they only need to be unique within their record.
 *
 * A copy never claims approvals it was not given: it starts as a draft without revision history,
 * with the same approvers but none of their approval dates (the original keeps its history).
 */
export function renewSnapshotIds(
  snapshot: PlanSnapshot,
  options: { newId: () => string; now: string; rename: boolean },
): PlanSnapshot {
  const unapproved: PlanSnapshot = {
    ...snapshot,
    plan: {
      ...snapshot.plan,
      status: 'draft',
      approvers: snapshot.plan.approvers.map((approver) => ({ ...approver, approvedOn: null })),
    },
    revisions: [],
  };
  const ids = new Map<string, string>([[snapshot.plan.id, options.newId()]]);
  for (const list of [
    snapshot.systems,
    snapshot.processes,
    snapshot.dependencies,
    snapshot.scenarios,
    snapshot.runbooks,
    snapshot.contacts,
    snapshot.teams,
    snapshot.vendors,
    snapshot.exercises,
  ]) {
    for (const record of list) ids.set(record.id, options.newId());
  }
  const renewed = rewrite(unapproved, ids, options.now);
  const plan = planSnapshotSchema.parse(renewed);
  return options.rename ? { ...plan, plan: { ...plan.plan, name: copyName(plan.plan.name) } } : plan;
}

const REFERENCE_KEY = /(^id$|Id$|Ids$|^waitsFor$)/;

function rewrite(value: unknown, ids: ReadonlyMap<string, string>, now: string, key = ''): unknown {
  if (typeof value === 'string') return REFERENCE_KEY.test(key) ? (ids.get(value) ?? value) : value;
  if (Array.isArray(value)) return value.map((item) => rewrite(item, ids, now, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => {
        if (name === 'createdAt' || name === 'updatedAt') return [name, now];
        return [name, rewrite(item, ids, now, name)];
      }),
    );
  }
  return value;
}
