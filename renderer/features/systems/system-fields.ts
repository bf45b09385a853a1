import { formatDuration, parseDuration } from '../../../shared/model/duration';
import {
  ACTIVE_ACTIVE_MAX,
  BACKUP_METHOD_LABELS,
  BACKUP_METHODS,
  ACTIVE_ACTIVE_MIN,
  REDUNDANCY_INFO,
  REDUNDANCY_MODES,
  SYSTEM_TYPE_LABELS,
  SYSTEM_TYPES,
  TIER_INFO,
  TIERS,
  instancesSchema,
  systemFieldSchemas,
  type Redundancy,
  type System,
  type SystemEdits,
} from '../../../shared/model/system';
import { validate, type Validated } from '../../../shared/model/validation';
import type { FieldSpec } from '../../autosave/field-spec';

/** How one system field is shown, parsed and saved; used by both the table and the detail form. */
export type SystemFieldSpec<T> = FieldSpec<System, T, SystemEdits>;

const identity = (text: string) => text;

function textField(
  id: 'name' | 'owner' | 'description' | 'detection' | 'mtdOverrideReason',
  label: string,
  extra: Partial<SystemFieldSpec<string>> = {},
): SystemFieldSpec<string> {
  return {
    id,
    label,
    control: { kind: 'text' },
    get: (system) => system[id],
    patch: (value) => ({ [id]: value }),
    format: identity,
    parse: (text) => validate(systemFieldSchemas[id], text),
    ...extra,
  };
}

const AA_DEFAULT_INSTANCES = 2;

type DurationKey = 'rto' | 'rpo' | 'wrt' | 'mtdOverride' | 'backupInterval' | 'replicationLag';

function durationField(
  id: DurationKey,
  label: string,
  help: string,
  placeholder: string,
): SystemFieldSpec<number | null> {
  return {
    id,
    label,
    help,
    placeholder,
    control: { kind: 'text' },
    get: (system) => system[id],
    patch: (value) => ({ [id]: value }),
    format: (value) => (value === null ? '' : formatDuration(value)),
    parse: parseDuration,
  };
}

/** Recovery objectives and data protection: the fields of step 2, with help for people new to DR. */
export const objectiveFields = {
  rto: durationField(
    'rto',
    'RTO – recovery time objective',
    'How soon it must work again after an outage starts. Example: “4 h” means it is back within 4 hours.',
    'e.g. 4 h',
  ),
  rpo: durationField(
    'rpo',
    'RPO – recovery point objective',
    'How much recent data you can afford to lose, measured in time. Example: “15 min” means at most the last 15 minutes of work is re-entered.',
    'e.g. 15 min',
  ),
  wrt: durationField(
    'wrt',
    'WRT – work recovery time',
    'After it is back: time to check the data, clear the backlog and return to normal work. Example: “2 h”.',
    'e.g. 2 h',
  ),
  mtdOverride: durationField(
    'mtdOverride',
    'MTD set by hand',
    'Only if the MTD from the processes is wrong for this system. Leave empty to follow the processes.',
    'e.g. 1 day',
  ),
  mtdOverrideReason: textField('mtdOverrideReason', 'Reason for the MTD set by hand', {
    control: { kind: 'textarea', rows: 2 },
    help: 'Auditors will ask why the MTD differs from the impact analysis.',
  }),
  backupMethod: {
    id: 'backupMethod',
    label: 'Backup method',
    help: 'How copies of its data are made. “Not recorded” until you know.',
    control: {
      kind: 'select',
      choices: [
        { value: '', label: 'Not recorded' },
        ...BACKUP_METHODS.map((method) => ({ value: method, label: BACKUP_METHOD_LABELS[method] })),
      ],
    },
    get: (system) => system.backupMethod,
    patch: (backupMethod) => ({ backupMethod }),
    format: (method) => method ?? '',
    parse: (text) => validate(systemFieldSchemas.backupMethod, text === '' ? null : text),
  } satisfies SystemFieldSpec<System['backupMethod']>,
  backupInterval: durationField(
    'backupInterval',
    'Backup interval',
    'How often a backup is taken. Example: “1 day” for a nightly backup.',
    'e.g. 1 day',
  ),
  replicationLag: durationField(
    'replicationLag',
    'Replication lag',
    'If the data is copied continuously to another place: how far that copy can fall behind. Example: “5 min”.',
    'e.g. 5 min',
  ),
  offlineCopy: {
    id: 'offlineCopy',
    label: 'At least one copy is offline or immutable',
    help: 'A copy that cannot be changed or deleted from the network, so ransomware cannot reach it.',
    control: { kind: 'checkbox' },
    get: (system) => system.offlineCopy,
    patch: (offlineCopy) => ({ offlineCopy }),
    format: String,
    parse: (text) => ({ ok: true, value: text === 'true' }),
  } satisfies SystemFieldSpec<boolean>,
  lastRestoreTest: {
    id: 'lastRestoreTest',
    label: 'Last successful restore test',
    help: 'The last day a backup was actually restored and checked. A backup never restored is a hope, not a plan.',
    control: { kind: 'date' },
    get: (system) => system.lastRestoreTest,
    patch: (lastRestoreTest) => ({ lastRestoreTest }),
    format: (date) => date ?? '',
    parse: (text) => validate(systemFieldSchemas.lastRestoreTest, text === '' ? null : text),
  } satisfies SystemFieldSpec<string | null>,
};

export const systemFields = {
  name: textField('name', 'Name', { placeholder: 'e.g. Order database' }),
  owner: textField('owner', 'Owner', {
    help: 'The person accountable for this system and its recovery.',
    placeholder: 'Name or role',
  }),
  description: textField('description', 'Description', {
    control: { kind: 'textarea', rows: 3 },
    help: 'What it does and who uses it, in a sentence or two.',
  }),
  detection: textField('detection', 'How failure is detected', {
    control: { kind: 'textarea', rows: 2 },
    help: 'Monitoring or alerting that tells you it is down, e.g. “Uptime check pages the on-call phone within 5 minutes”. Leave empty if nobody would notice until users complain.',
  }),
  type: {
    id: 'type',
    label: 'Type',
    control: {
      kind: 'select',
      choices: SYSTEM_TYPES.map((type) => ({ value: type, label: SYSTEM_TYPE_LABELS[type] })),
    },
    get: (system) => system.type,
    patch: (type) => ({ type }),
    format: identity,
    parse: (text) => validate(systemFieldSchemas.type, text),
  } satisfies SystemFieldSpec<System['type']>,
  tier: {
    id: 'tier',
    label: 'Tier',
    help: 'How critical the system is. Tier 0 comes back first; tier 4 can wait weeks.',
    control: {
      kind: 'select',
      choices: [
        { value: '', label: 'Not set' },
        ...TIERS.map((tier) => ({ value: String(tier), label: TIER_INFO[tier].label })),
      ],
    },
    get: (system) => system.tier,
    patch: (tier) => ({ tier }),
    format: (tier) => (tier === null ? '' : String(tier)),
    parse: (text) => validate(systemFieldSchemas.tier, text === '' ? null : Number(text)),
  } satisfies SystemFieldSpec<System['tier']>,
  redundancy: {
    id: 'redundancy',
    label: 'Redundancy',
    help: 'What keeps it running when one instance fails.',
    control: {
      kind: 'select',
      choices: REDUNDANCY_MODES.map((mode) => ({
        value: mode,
        label: `${REDUNDANCY_INFO[mode].label} (${REDUNDANCY_INFO[mode].hint})`,
      })),
    },
    get: (system) => system.redundancy,
    patch: (redundancy) => ({ redundancy }),
    format: (redundancy) => redundancy.mode,
    parse: (text): Validated<Redundancy> =>
      validate(
        systemFieldSchemas.redundancy,
        text === 'active-active' ? { mode: text, instances: AA_DEFAULT_INSTANCES } : { mode: text },
      ),
  } satisfies SystemFieldSpec<Redundancy>,
  instances: {
    id: 'instances',
    label: 'Instances',
    help: 'How many instances serve at the same time.',
    control: { kind: 'number', min: ACTIVE_ACTIVE_MIN, max: ACTIVE_ACTIVE_MAX },
    get: (system) => system.redundancy,
    patch: (redundancy) => ({ redundancy }),
    format: (redundancy) => (redundancy.mode === 'active-active' ? String(redundancy.instances) : ''),
    parse: (text): Validated<Redundancy> => {
      const instances = validate(instancesSchema, text.trim() === '' ? Number.NaN : Number(text));
      return instances.ok
        ? { ok: true, value: { mode: 'active-active', instances: instances.value } }
        : instances;
    },
  } satisfies SystemFieldSpec<Redundancy>,
};

/** Shorter choices for the table, where space is tight. */
export const TIER_SHORT_CHOICES = [
  { value: '', label: '–' },
  ...TIERS.map((tier) => ({ value: String(tier), label: String(tier) })),
];
export const REDUNDANCY_SHORT_CHOICES = REDUNDANCY_MODES.map((mode) => ({
  value: mode,
  label: REDUNDANCY_INFO[mode].label,
}));
