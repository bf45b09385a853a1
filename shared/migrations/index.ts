/**
 * Stored records move forward one schema version at a time through pure
 * functions. The Dexie upgrade of the local database and the import of an
 * older plan file both call these, so a plan migrates the same way whichever
 * door it comes in by.
 */

/** The version of the stored records this build writes. Bump it with a new step below. */
export const SCHEMA_VERSION = 6;

export type StoredRecord = Readonly<Record<string, unknown>>;
export type RecordKind =
  | 'plan'
  | 'system'
  | 'process'
  | 'dependency'
  | 'scenario'
  | 'runbook'
  | 'contact'
  | 'team'
  | 'callTree'
  | 'vendor'
  | 'exercise'
  | 'revision'
  | 'workshop';

type Step = Partial<Record<RecordKind, (record: StoredRecord) => Record<string, unknown>>>;

/** steps[v] brings a record from version v - 1 to version v. Steps are never edited once released. */
const STEPS: Record<number, Step> = {
  // Version 2: business impact analysis and recovery objectives. The defaults are written out,
  // not taken from newSystemDefaults(): a released step must keep giving the same records when
  // today's defaults change.
  2: {
    plan: (plan) => ({ currency: 'EUR', mtdThreshold: 'severe', startedFromTemplate: null, ...plan }),
    system: (system) => ({
      rto: null,
      rpo: null,
      wrt: null,
      mtdOverride: null,
      mtdOverrideReason: '',
      backupMethod: null,
      backupInterval: null,
      replicationLag: null,
      copyLocations: [],
      offlineCopy: false,
      lastRestoreTest: null,
      ...system,
    }),
  },
  // Version 3: dependencies, in a table of their own; existing records do not change.
  3: {},
  // Version 4: failure scenarios, in a table of their own; existing records do not change.
  4: {},
  // Version 5: runbooks, contacts, roles and teams, the call tree and vendors, each in a table of
  // its own; existing records do not change.
  5: {},
  // Version 6: governance on the plan (owner, review cycle, status, approvers, distribution), and
  // exercises, revisions and the workshop in tables of their own. A plan from before had never been
  // approved: it is a draft, reviewed yearly.
  6: {
    plan: (plan) => ({
      owner: '',
      reviewCycleMonths: 12,
      status: 'draft',
      approvers: [],
      distribution: '',
      ...plan,
    }),
  },
  // From version 7 on, a step that changes a kind of record must also change the records of that kind
  // frozen inside each revision's content (kind "revision"): a revision is the plan as it was, in
  // today's shape.
};

/** Brings one record from `fromVersion` up to {@link SCHEMA_VERSION}. Never changes its input. */
export function migrateRecord(
  kind: RecordKind,
  record: StoredRecord,
  fromVersion: number,
): Record<string, unknown> {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new RangeError(`Unknown schema version ${String(fromVersion)}`);
  }
  if (fromVersion > SCHEMA_VERSION) {
    throw new RangeError(
      `This plan was saved by a newer version of DR Planner (schema ${fromVersion}); this one reads up to schema ${SCHEMA_VERSION}. Update DR Planner to open it.`,
    );
  }
  let current: Record<string, unknown> = { ...record };
  for (let version = fromVersion + 1; version <= SCHEMA_VERSION; version += 1) {
    const step = STEPS[version]?.[kind];
    if (step) current = step(current);
  }
  return current;
}
