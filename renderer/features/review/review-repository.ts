import Dexie from 'dexie';
import { contentHash } from '../../../shared/bundle/content-hash';
import { contentOf, revisionSchema, type Revision } from '../../../shared/bundle/snapshot';
import type { WebCrypto } from '../../../shared/bundle/web-crypto';
import {
  approverSchema,
  planGovernanceSchema,
  planSchema,
  type Approver,
  type Plan,
  type PlanGovernance,
} from '../../../shared/model/plan';
import { approveBlocker, latestRevision, submitBlocker } from '../../../shared/revisions/version';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { afterEdit, planTables, readSnapshot } from '../plans/plan-repository';

export type GovernanceEdits = Partial<Pick<PlanGovernance, 'owner' | 'reviewCycleMonths' | 'distribution'>>;

/**
 * Reads, changes and writes the plan record in one transaction. Who owns, approves and receives the
 * plan is part of what an approved version says, so changing it after approval starts the next draft
 * (touchPlan's rule); before approval it leaves the approvals given so far alone.
 */
async function changePlan(
  db: DrpDatabase,
  planId: string,
  change: (plan: Plan) => Partial<Plan>,
): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    const plan = await db.plans.get(planId);
    if (!plan) throw new Error('The plan no longer exists.');
    const edited = { ...plan, ...change(plan) };
    const draft = plan.status === 'approved' ? afterEdit(edited) : {};
    await db.plans.put(planSchema.parse({ ...edited, ...draft, updatedAt: nowIso() }));
  });
}

export async function updateGovernance(
  db: DrpDatabase,
  planId: string,
  edits: GovernanceEdits,
): Promise<void> {
  const checked = planGovernanceSchema
    .pick({ owner: true, reviewCycleMonths: true, distribution: true })
    .partial()
    .parse(edits);
  await changePlan(db, planId, () => checked);
}

export async function addApprover(
  db: DrpDatabase,
  planId: string,
  fields: Pick<Approver, 'name' | 'title'>,
): Promise<Approver> {
  const approver = approverSchema.parse({ id: newId(), ...fields, approvedOn: null });
  await changePlan(db, planId, (plan) => ({ approvers: [...plan.approvers, approver] }));
  return approver;
}

export async function removeApprover(db: DrpDatabase, planId: string, approverId: string): Promise<void> {
  await changePlan(db, planId, (plan) => ({
    approvers: plan.approvers.filter((approver) => approver.id !== approverId),
  }));
}

/** Records (a date) or withdraws (null) one approver's approval; only while the plan is in review. */
export async function setApproval(
  db: DrpDatabase,
  planId: string,
  approverId: string,
  approvedOn: string | null,
): Promise<void> {
  await changePlan(db, planId, (plan) => {
    if (plan.status !== 'in-review') throw new Error('Approvals are recorded while the plan is in review.');
    return {
      approvers: plan.approvers.map((approver) =>
        approver.id === approverId ? { ...approver, approvedOn } : approver,
      ),
    };
  });
}

/** draft → in review. */
export async function submitForReview(db: DrpDatabase, planId: string): Promise<void> {
  await changePlan(db, planId, (plan) => {
    const blocker =
      plan.status === 'draft' ? submitBlocker(plan) : 'Only a draft can be submitted for review.';
    if (blocker !== null) throw new Error(blocker);
    return { status: 'in-review' };
  });
}

/** in review → draft, for more changes; approvals given so far are cleared with it. */
export async function returnToDraft(db: DrpDatabase, planId: string): Promise<void> {
  await changePlan(db, planId, (plan) => {
    if (plan.status !== 'in-review') throw new Error('Only a plan in review can go back to draft.');
    return {
      status: 'draft',
      approvers: plan.approvers.map((approver) => ({ ...approver, approvedOn: null })),
    };
  });
}

/**
 * Approves the plan and freezes the version everyone approved, in one transaction: status approved,
 * then revision N+1 with the content as it now stands (approvals included), its hash, the owner as
 * author and the change summary. Revisions are only ever added, never changed. It does not call
 * touchPlan: approving is not an edit of the content.
 */
export async function approvePlan(
  db: DrpDatabase,
  planId: string,
  options: { changeSummary: string; crypto: WebCrypto; now?: string },
): Promise<Revision> {
  const changeSummary = options.changeSummary.trim();
  if (changeSummary === '') throw new Error('Say what changed in this version.');
  const now = options.now ?? nowIso();
  return db.transaction('rw', planTables(db), async () => {
    const plan = await db.plans.get(planId);
    if (!plan) throw new Error('The plan no longer exists.');
    const blocker = approveBlocker(plan);
    if (blocker !== null) throw new Error(blocker);
    await db.plans.put(planSchema.parse({ ...plan, status: 'approved', updatedAt: now }));
    const snapshot = await readSnapshot(db, planId);
    const content = contentOf(snapshot);
    // Hashing is Web Crypto, not IndexedDB: waitFor keeps the transaction open meanwhile.
    const hash = await Dexie.waitFor(contentHash(options.crypto, content));
    const revision = revisionSchema.parse({
      id: newId(),
      planId,
      number: (latestRevision(snapshot.revisions)?.number ?? 0) + 1,
      approvedAt: now,
      author: content.plan.owner,
      changeSummary,
      approvals: content.plan.approvers,
      contentHash: hash,
      content,
      createdAt: now,
      updatedAt: now,
    });
    await db.revisions.add(revision);
    return revision;
  });
}

/** A plan's revisions, oldest first. */
export function listRevisions(db: DrpDatabase, planId: string): Promise<Revision[]> {
  return db.revisions.where('[planId+number]').between([planId, 0], [planId, Infinity]).toArray();
}
