import { z } from 'zod';
import { callTreeSchema } from '../model/call-tree';
import { contactSchema } from '../model/contact';
import { dependencySchema } from '../model/dependency';
import { planSchema } from '../model/plan';
import { processSchema } from '../model/process';
import { runbookSchema } from '../model/runbook';
import { scenarioSchema } from '../model/scenario';
import { systemSchema } from '../model/system';
import { teamSchema } from '../model/team';
import { vendorSchema } from '../model/vendor';
import { checkSnapshotReferences } from './snapshot-references';

/**
 * A plan with everything in it: the one shape that copy, delete + Undo, the
 * bundle file, backups and every exporter read and write. Each list holds
 * whole database records, so a snapshot goes back into the database as it is.
 */
export const planSnapshotShape = {
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
] as const satisfies readonly (keyof PlanSnapshot)[];
export type SnapshotList = (typeof SNAPSHOT_LISTS)[number];
