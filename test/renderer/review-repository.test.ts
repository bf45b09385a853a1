import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../shared/bundle/content-hash';
import type { DrpDatabase } from '../../renderer/db/database';
import { createPlan, duplicatePlan, readSnapshot } from '../../renderer/features/plans/plan-repository';
import {
  addApprover,
  approvePlan,
  setApproval,
  submitForReview,
  updateGovernance,
} from '../../renderer/features/review/review-repository';
import { addSystem, updateSystem } from '../../renderer/features/systems/system-repository';
import { freshDatabase } from './db';

let db: DrpDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

async function planInReview() {
  const plan = await createPlan(db, { name: 'Acme', organisation: '' });
  const system = await addSystem(db, plan.id, 'CRM');
  await updateGovernance(db, plan.id, { owner: 'Dana' });
  const alex = await addApprover(db, plan.id, { name: 'Alex', title: 'CIO' });
  await submitForReview(db, plan.id);
  await setApproval(db, plan.id, alex.id, '2026-11-20');
  return { plan, system, alex };
}

describe('approving a plan', () => {
  it('is refused until every approver has approved, and needs a change summary', async () => {
    const plan = await createPlan(db, { name: 'Acme', organisation: '' });
    await updateGovernance(db, plan.id, { owner: 'Dana' });
    await addApprover(db, plan.id, { name: 'Alex', title: '' });
    await expect(approvePlan(db, plan.id, { changeSummary: 'x', crypto: globalThis.crypto })).rejects.toThrow(
      'Submit the plan for review first.',
    );
    await submitForReview(db, plan.id);
    await expect(approvePlan(db, plan.id, { changeSummary: 'x', crypto: globalThis.crypto })).rejects.toThrow(
      'Waiting for Alex to approve.',
    );
    expect(await db.revisions.count()).toBe(0);
  });

  it('freezes revision 1 with the content, its hash, the owner and the approvals, in one transaction', async () => {
    const { plan } = await planInReview();
    await expect(
      approvePlan(db, plan.id, { changeSummary: '  ', crypto: globalThis.crypto }),
    ).rejects.toThrow();
    const revision = await approvePlan(db, plan.id, { changeSummary: 'First', crypto: globalThis.crypto });
    expect(revision).toMatchObject({ number: 1, author: 'Dana', changeSummary: 'First' });
    expect(revision.approvals).toMatchObject([{ name: 'Alex', approvedOn: '2026-11-20' }]);
    expect(revision.content.systems.map((s) => s.name)).toEqual(['CRM']);
    expect(revision.contentHash).toBe(await contentHash(globalThis.crypto, revision.content));
    const snapshot = await readSnapshot(db, plan.id);
    expect(snapshot.plan.status).toBe('approved');
    expect(snapshot.revisions).toEqual([revision]);
  });

  it('an edit after approval starts the next draft: approvals cleared, revision 1 unchanged', async () => {
    const { plan, system, alex } = await planInReview();
    const revision = await approvePlan(db, plan.id, { changeSummary: 'First', crypto: globalThis.crypto });
    await updateSystem(db, system.id, { rto: 120 });
    const after = await readSnapshot(db, plan.id);
    expect(after.plan.status).toBe('draft');
    expect(after.plan.approvers).toEqual([{ ...alex, approvedOn: null }]);
    expect(after.revisions).toEqual([revision]);

    await submitForReview(db, plan.id);
    await setApproval(db, plan.id, alex.id, '2026-11-25');
    const second = await approvePlan(db, plan.id, { changeSummary: 'Faster CRM', crypto: globalThis.crypto });
    expect(second.number).toBe(2);
    expect(second.content.systems[0]?.rto).toBe(120);
    expect((await readSnapshot(db, plan.id)).revisions).toEqual([revision, second]);
  });

  it('a failing approval writes nothing: no revision and the status stays in review', async () => {
    const { plan } = await planInReview();
    // A hash that fails half-way through the transaction, after the plan was already put.
    const broken = {
      getRandomValues: <T extends Uint8Array<ArrayBuffer>>(array: T) =>
        globalThis.crypto.getRandomValues(array),
      subtle: {
        digest: () => Promise.reject(new Error('no hash')),
        importKey: () => Promise.reject(new Error('unused')),
        deriveKey: () => Promise.reject(new Error('unused')),
        encrypt: () => Promise.reject(new Error('unused')),
        decrypt: () => Promise.reject(new Error('unused')),
      },
    };
    await expect(approvePlan(db, plan.id, { changeSummary: 'First', crypto: broken })).rejects.toThrow(
      'no hash',
    );
    expect(await db.revisions.count()).toBe(0);
    expect((await db.plans.get(plan.id))?.status).toBe('in-review');
  });

  it('a copy of an approved plan claims no approvals: a draft without revisions', async () => {
    const { plan } = await planInReview();
    await approvePlan(db, plan.id, { changeSummary: 'First', crypto: globalThis.crypto });
    const copy = await duplicatePlan(db, plan.id);
    const snapshot = await readSnapshot(db, copy.id);
    expect(snapshot.plan.status).toBe('draft');
    expect(snapshot.plan.approvers.map((a) => a.approvedOn)).toEqual([null]);
    expect(snapshot.revisions).toEqual([]);
    expect((await readSnapshot(db, plan.id)).revisions).toHaveLength(1);
  });
});
