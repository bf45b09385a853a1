import type { Plan } from '../model/plan';
import type { Revision } from '../bundle/snapshot';

/** The newest approved version, or null for a plan never approved. */
export function latestRevision<R extends Pick<Revision, 'number'>>(revisions: readonly R[]): R | null {
  return revisions.reduce<R | null>(
    (latest, revision) => (latest && latest.number >= revision.number ? latest : revision),
    null,
  );
}

/**
 * What the screens and every exported page call this version of the plan:
 * approved: "Version 3, approved 2026-11-20"; edited since: "Draft of version 4, changes since version 3
 * of 2026-11-20"; never approved: "Draft of <day of the last change>" (two copies with the same
 * label and hash match).
 */
export function versionLabel(
  plan: Pick<Plan, 'status'>,
  revisions: readonly Pick<Revision, 'number' | 'approvedAt'>[],
  lastChanged: string,
): string {
  const latest = latestRevision(revisions);
  if (!latest) return `Draft of ${lastChanged}`;
  if (plan.status === 'approved')
    return `Version ${String(latest.number)}, approved ${latest.approvedAt.slice(0, 10)}`;
  return `Draft of version ${String(latest.number + 1)}, changes since version ${String(latest.number)} of ${latest.approvedAt.slice(0, 10)}`;
}

/** Why "Approve" cannot be pressed yet, or null when it can. */
export function approveBlocker(plan: Pick<Plan, 'status' | 'approvers' | 'owner'>): string | null {
  if (plan.status === 'approved') return 'This version is already approved. Any edit starts the next draft.';
  if (plan.status === 'draft') return 'Submit the plan for review first.';
  if (plan.owner.trim() === '') return 'Name the plan owner: they are recorded as the author of the version.';
  if (plan.approvers.length === 0) return 'Add at least one approver.';
  const waiting = plan.approvers.filter((approver) => approver.approvedOn === null);
  if (waiting.length > 0) {
    return `Waiting for ${waiting.map((approver) => approver.name).join(', ')} to approve.`;
  }
  return null;
}

/** Why "Submit for review" cannot be pressed yet, or null when it can. */
export function submitBlocker(plan: Pick<Plan, 'status' | 'approvers'>): string | null {
  if (plan.status !== 'draft') return null;
  if (plan.approvers.length === 0) return 'Add at least one approver to review the plan.';
  return null;
}
