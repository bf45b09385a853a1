import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';
import { durationSchema } from './duration';

export const SYSTEM_TYPES = [
  'application',
  'data-store',
  'infrastructure',
  'third-party-service',
  'facility',
  'people',
] as const;
export type SystemType = (typeof SYSTEM_TYPES)[number];

export const SYSTEM_TYPE_LABELS = {
  application: 'Application',
  'data-store': 'Data store',
  infrastructure: 'Infrastructure',
  'third-party-service': 'Third-party service',
  facility: 'Facility',
  people: 'People',
} as const satisfies Record<SystemType, string>;

export const TIERS = [0, 1, 2, 3, 4] as const;
export type Tier = (typeof TIERS)[number];

/** Plain-language meaning of each tier, shown next to the tier picker for people new to DR. */
export const TIER_INFO = {
  0: {
    label: 'Tier 0 – Foundational',
    hint: 'Everything else needs it (network, identity, power). Recovered first.',
  },
  1: { label: 'Tier 1 – Mission-critical', hint: 'The business stops within hours without it.' },
  2: { label: 'Tier 2 – Business-critical', hint: 'Serious harm if it is down for more than a day.' },
  3: { label: 'Tier 3 – Important', hint: 'Can be down for a few days with workarounds.' },
  4: { label: 'Tier 4 – Deferrable', hint: 'Can wait a week or more.' },
} as const satisfies Record<Tier, { label: string; hint: string }>;

/** null while nobody has classified it yet: an honest "unknown", not a guess. */
export const tierSchema = z.union(
  [z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()],
  { error: 'Tier must be 0, 1, 2, 3 or 4' },
);

export const REDUNDANCY_MODES = ['none', 'active-passive', 'active-active'] as const;
export type RedundancyMode = (typeof REDUNDANCY_MODES)[number];

export const REDUNDANCY_INFO = {
  none: { label: 'None', hint: 'single instance' },
  'active-passive': { label: 'Active-passive', hint: 'a standby takes over' },
  'active-active': { label: 'Active-active', hint: 'several instances serve at once' },
} as const satisfies Record<RedundancyMode, { label: string; hint: string }>;

export const ACTIVE_ACTIVE_MIN = 2;
export const ACTIVE_ACTIVE_MAX = 999;

export const instancesSchema = z
  .number({ error: 'Instances must be a number' })
  .int({ error: 'Instances must be a whole number' })
  .min(ACTIVE_ACTIVE_MIN, { error: `Active-active needs at least ${ACTIVE_ACTIVE_MIN} instances` })
  .max(ACTIVE_ACTIVE_MAX, { error: `Instances can be at most ${ACTIVE_ACTIVE_MAX}` });

export const redundancySchema = z.discriminatedUnion(
  'mode',
  [
    z.strictObject({ mode: z.literal('none') }),
    z.strictObject({ mode: z.literal('active-passive') }),
    z.strictObject({ mode: z.literal('active-active'), instances: instancesSchema }),
  ],
  { error: 'Redundancy must be none, active-passive or active-active' },
);
export type Redundancy = z.infer<typeof redundancySchema>;

/** Recovery objectives, in minutes; null until set. MTD normally comes from the processes a system supports. */
const objectiveFieldSchemas = {
  rto: durationSchema('RTO'),
  rpo: durationSchema('RPO'),
  wrt: durationSchema('WRT'),
  mtdOverride: durationSchema('MTD'),
  mtdOverrideReason: textSchema('Reason', 2000),
};

export const BACKUP_METHODS = [
  'none',
  'image',
  'files',
  'database',
  'snapshot',
  'provider',
  'other',
] as const;
export type BackupMethod = (typeof BACKUP_METHODS)[number];

export const BACKUP_METHOD_LABELS = {
  none: 'No backup',
  image: 'Full image / VM backup',
  files: 'File-level backup',
  database: 'Database dump or log shipping',
  snapshot: 'Storage snapshots',
  provider: 'Managed by the provider',
  other: 'Other',
} as const satisfies Record<BackupMethod, string>;

export const COPY_LOCATIONS = ['onsite', 'offsite', 'cloud'] as const;
export type CopyLocation = (typeof COPY_LOCATIONS)[number];
export const COPY_LOCATION_LABELS = {
  onsite: 'On site',
  offsite: 'Off site',
  cloud: 'Cloud',
} as const satisfies Record<CopyLocation, string>;

/** A calendar date, as typed in a date picker: YYYY-MM-DD. */
export const dateSchema = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });

const dataProtectionFieldSchemas = {
  /** null: not recorded yet, which is different from "none" (known to have no backup). */
  backupMethod: z
    .enum(BACKUP_METHODS, { error: 'Backup method must be one of the listed methods' })
    .nullable(),
  backupInterval: durationSchema('Backup interval'),
  replicationLag: durationSchema('Replication lag'),
  copyLocations: z
    .array(z.enum(COPY_LOCATIONS, { error: 'Copies can be kept on site, off site or in the cloud' }))
    .refine((places) => new Set(places).size === places.length, { error: 'A location is listed twice' }),
  /** At least one copy is offline or immutable, so ransomware cannot reach it. */
  offlineCopy: z.boolean({ error: 'Offline copy must be yes or no' }),
  lastRestoreTest: dateSchema.nullable(),
};

/** The fields a user edits. Each has its own schema so a single cell can be validated alone. */
export const systemFieldSchemas = {
  name: requiredTextSchema('System name', 200),
  type: z.enum(SYSTEM_TYPES, { error: 'Type must be one of the listed system types' }),
  owner: textSchema('Owner', 200),
  description: textSchema('Description', 5000),
  tier: tierSchema,
  detection: textSchema('How failure is detected', 2000),
  redundancy: redundancySchema,
  ...objectiveFieldSchemas,
  ...dataProtectionFieldSchemas,
} as const;

export type SystemField = keyof typeof systemFieldSchemas;

export const systemSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  ...systemFieldSchemas,
  /** Entry order within the plan; new rows go to the end. */
  position: z.number().int().nonnegative(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type System = z.infer<typeof systemSchema>;
export type SystemEdits = Partial<Pick<System, SystemField>>;

export const systemEditsSchema = z.strictObject(systemFieldSchemas).partial();

/** Values a quickly-entered system starts with; everything but the name is filled in later. */
export function newSystemDefaults(name: string): Pick<System, SystemField> {
  return {
    name,
    type: 'application',
    owner: '',
    description: '',
    tier: null,
    detection: '',
    redundancy: { mode: 'none' },
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
  };
}
