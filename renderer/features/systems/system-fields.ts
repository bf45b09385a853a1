import {
  ACTIVE_ACTIVE_MAX,
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
import type { ControlKind } from '../../autosave/AutosaveControl';

/** How one system field is shown, parsed and saved; used by both the table and the detail form. */
export interface SystemFieldSpec<T> {
  id: string;
  label: string;
  help?: string;
  placeholder?: string;
  control: ControlKind;
  get: (system: System) => T;
  patch: (value: T) => SystemEdits;
  format: (value: T) => string;
  parse: (text: string) => Validated<T>;
}

const identity = (text: string) => text;

function textField(
  id: 'name' | 'owner' | 'description' | 'detection',
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
