import type { PlanAnalysis } from '../../analysis/plan-analysis';
import type { PlanSnapshot } from '../../bundle/snapshot';
import { versionLabel } from '../../revisions/version';
import type { DocumentMeta } from './model';

/** What every builder of a printable document starts from; the caller hashes and reads the clock. */
export interface DocumentInput {
  snapshot: PlanSnapshot;
  /** `analysePlan` of the same snapshot: waves, durations and findings are read from it, never re-derived. */
  analysis: PlanAnalysis;
  /** Full SHA-256 of the snapshot's content (shared/bundle/content-hash.ts). */
  contentHash: string;
  /** ISO timestamp of the export. */
  generatedAt: string;
}

/**
 * What every page calls this version: "Version 3, approved 2026-11-20", "Draft of version 4, changes
 * since version 3 of 2026-11-20", or, never approved, "Draft of <day of the last change>".
 */
export function planVersionLabel(snapshot: PlanSnapshot): string {
  return versionLabel(snapshot.plan, snapshot.revisions, lastChangedDate(snapshot));
}

/** The day of the latest change to any record (YYYY-MM-DD): what the draft is named after. */
export function lastChangedDate(snapshot: PlanSnapshot): string {
  const stamps = [
    snapshot.plan.updatedAt,
    snapshot.callTree?.updatedAt ?? '',
    ...[
      ...snapshot.systems,
      ...snapshot.processes,
      ...snapshot.dependencies,
      ...snapshot.scenarios,
      ...snapshot.runbooks,
      ...snapshot.contacts,
      ...snapshot.teams,
      ...snapshot.vendors,
    ].map((record) => record.updatedAt),
  ];
  return stamps.reduce((a, b) => (b > a ? b : a), '').slice(0, 10);
}

export const CLASSIFICATION = 'Confidential: contains names and phone numbers';

export function documentMeta(input: DocumentInput, what: { title: string; kind: string }): DocumentMeta {
  const { plan } = input.snapshot;
  return {
    title: what.title,
    kind: what.kind,
    planName: plan.name,
    organisation: plan.organisation,
    version: planVersionLabel(input.snapshot),
    contentHash: input.contentHash,
    generatedAt: input.generatedAt,
    classification: CLASSIFICATION,
  };
}
