import { z } from 'zod';
import { callTreeSchema } from '../model/call-tree';
import { contactSchema } from '../model/contact';
import { dependencySchema } from '../model/dependency';
import { exerciseSchema } from '../model/exercise';
import { approverSchema, planSchema } from '../model/plan';
import { processSchema } from '../model/process';
import { runbookSchema } from '../model/runbook';
import { scenarioSchema } from '../model/scenario';
import { systemSchema } from '../model/system';
import { teamSchema } from '../model/team';
import { vendorSchema } from '../model/vendor';
import { workshopSchema } from '../model/workshop';
import { idSchema, textSchema, timestampSchema } from '../model/common';
import { checkSnapshotReferences } from './snapshot-references';

/**
 * What a plan says: the plan record and every record that hangs off it. A revision freezes one of
 * these; a snapshot is one plus the plan's revision history.
 */
export const planContentShape = {
  plan: planSchema,
  systems: z.array(systemSchema),
  processes: z.array(processSchema),
  dependencies: z.array(dependencySchema),
  scenarios: z.array(scenarioSchema),
  runbooks: z.array(runbookSchema),
  contacts: z.array(contactSchema),
  teams: z.array(teamSchema),
  callTree: callTreeSchema.nullable(),
  vendors: z.array(vendorSchema),
  exercises: z.array(exerciseSchema),
  workshop: workshopSchema.nullable(),
} as const;

export const planContentSchema = z.strictObject(planContentShape).superRefine(checkSnapshotReferences);
export type PlanContent = z.infer<typeof planContentSchema>;

export const MAX_REVISIONS = 1000;

/**
 * An approved version of the plan, frozen: never changed once written. `number` counts from 1 per
 * plan; `contentHash` is the content's hash (shared/bundle/content-hash.ts, with no revisions), the
 * one its exported pages carried. Its records are those of the schema version it was frozen at and
 * migrate with it (shared/migrations, kind "revision").
 */
export const revisionSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  number: z.number().int().min(1).max(MAX_REVISIONS),
  approvedAt: timestampSchema,
  /** Who froze it (the plan owner, or whoever pressed Approve). */
  author: textSchema('Author', 200),
  changeSummary: textSchema('Change summary', 5000),
  approvals: z.array(approverSchema),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 hash (64 hex digits)' }),
  content: planContentSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Revision = z.infer<typeof revisionSchema>;

/**
 * A plan with everything in it: the one shape that copy, delete + Undo, the
 * bundle file, backups and every exporter read and write. Each list holds
 * whole database records, so a snapshot goes back into the database as it is.
 */
export const planSnapshotShape = {
  ...planContentShape,
  revisions: z.array(revisionSchema).max(MAX_REVISIONS),
} as const;

/** The snapshot, with every reference between its records checked (snapshot-references.ts). */
export const planSnapshotSchema = z.strictObject(planSnapshotShape).superRefine(checkSnapshotReferences);

export type PlanSnapshot = z.infer<typeof planSnapshotSchema>;

/** The record lists of a snapshot, in the order exports and files list them. */
export const SNAPSHOT_LISTS = [
  'systems',
  'processes',
  'dependencies',
  'scenarios',
  'runbooks',
  'contacts',
  'teams',
  'vendors',
  'exercises',
  'revisions',
] as const satisfies readonly (keyof PlanSnapshot)[];
export type SnapshotList = (typeof SNAPSHOT_LISTS)[number];

/** The lists a revision freezes: all but the revisions themselves. */
export const CONTENT_LISTS = SNAPSHOT_LISTS.filter(
  (list): list is Exclude<SnapshotList, 'revisions'> => list !== 'revisions',
);

/** The snapshot without its history: what a revision freezes and what its hash is taken of. */
export function contentOf(snapshot: PlanSnapshot): PlanContent {
  const { revisions: _revisions, ...content } = snapshot;
  return content;
}
