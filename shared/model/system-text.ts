import { formatDuration, parseDuration } from './duration';
import {
  ACTIVE_ACTIVE_MIN,
  BACKUP_METHOD_LABELS,
  BACKUP_METHODS,
  COPY_LOCATION_LABELS,
  COPY_LOCATIONS,
  REDUNDANCY_INFO,
  REDUNDANCY_MODES,
  SYSTEM_TYPE_LABELS,
  SYSTEM_TYPES,
  systemFieldSchemas,
  type System,
  type SystemEdits,
  type SystemField,
} from './system';
import { quoted, validate, type Validated } from './validation';

/**
 * System fields as text in a cell: what a spreadsheet paste, a CSV import and
 * a CSV export read and write. Parsing is lenient about case, labels and
 * spacing, strict about meaning, and every refusal says what would be accepted.
 */
export interface SystemTextField<K extends SystemField = SystemField> {
  key: K;
  label: string;
  /** Header names (lower case) a CSV column may have for this field. */
  aliases: readonly string[];
  parse: (text: string) => Validated<System[K]>;
  format: (value: Pick<System, SystemField>[K]) => string;
}

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

function pick<T extends string>(
  text: string,
  options: readonly T[],
  label: (option: T) => string,
  what: string,
): Validated<T> {
  const loose = (value: string) => normalise(value).replace(/-/g, ' ');
  const wanted = loose(text);
  const found = options.find((option) => loose(option) === wanted || loose(label(option)) === wanted);
  return found
    ? { ok: true, value: found }
    : {
        ok: false,
        message: `${quoted(text)} is not a ${what}. Use one of: ${options.map(label).join(', ')}`,
      };
}

function text<K extends 'name' | 'owner' | 'description' | 'detection'>(
  key: K,
  label: string,
  aliases: string[],
): SystemTextField<K> {
  return {
    key,
    label,
    aliases,
    parse: (value) => validate(systemFieldSchemas[key], value),
    format: (value) => value,
  };
}

function duration<K extends 'rto' | 'rpo' | 'wrt' | 'backupInterval' | 'replicationLag'>(
  key: K,
  label: string,
  aliases: string[],
): SystemTextField<K> {
  return {
    key,
    label,
    aliases,
    parse: parseDuration,
    format: (value) => (value === null ? '' : formatDuration(value)),
  };
}

const YES = ['yes', 'y', 'true', '1', 'x', '✓'];
const NO = ['no', 'n', 'false', '0', ''];

export const SYSTEM_TEXT_FIELDS = {
  name: text('name', 'Name', ['name', 'system', 'system name', 'application', 'asset']),
  type: {
    key: 'type',
    label: 'Type',
    aliases: ['type', 'system type', 'category', 'kind'],
    parse: (value) =>
      value.trim() === ''
        ? { ok: true, value: 'application' }
        : pick(value, SYSTEM_TYPES, (type) => SYSTEM_TYPE_LABELS[type], 'system type'),
    format: (value) => SYSTEM_TYPE_LABELS[value],
  },
  owner: text('owner', 'Owner', ['owner', 'system owner', 'responsible', 'accountable']),
  description: text('description', 'Description', ['description', 'notes', 'purpose']),
  tier: {
    key: 'tier',
    label: 'Tier',
    aliases: ['tier', 'criticality', 'priority tier'],
    parse: (value) => {
      const match = /^(?:tier\s*|t)?([0-4])$/.exec(normalise(value));
      if (normalise(value) === '') return { ok: true, value: null };
      return match
        ? validate(systemFieldSchemas.tier, Number(match[1]))
        : { ok: false, message: `${quoted(value)} is not a tier. Use 0, 1, 2, 3 or 4 (or leave it empty)` };
    },
    format: (value) => (value === null ? '' : String(value)),
  },
  detection: text('detection', 'How failure is detected', ['detection', 'monitoring', 'alerting']),
  redundancy: {
    key: 'redundancy',
    label: 'Redundancy',
    aliases: ['redundancy', 'resilience', 'ha'],
    parse: (value) => {
      // "active-active x3" or "active-active (3)" carries the instance count.
      const match = /^(.*?)\s*(?:[x×(]\s*(\d+)\s*\)?)?$/.exec(value.trim());
      const mode = pick(
        match?.[1] ?? '',
        REDUNDANCY_MODES,
        (mode) => REDUNDANCY_INFO[mode].label,
        'redundancy',
      );
      if (value.trim() === '') return { ok: true, value: { mode: 'none' } };
      if (!mode.ok) return mode;
      if (mode.value !== 'active-active') return { ok: true, value: { mode: mode.value } };
      const instances = match?.[2] === undefined ? ACTIVE_ACTIVE_MIN : Number(match[2]);
      return validate(systemFieldSchemas.redundancy, { mode: 'active-active', instances });
    },
    format: (value) =>
      value.mode === 'active-active'
        ? `${REDUNDANCY_INFO[value.mode].label} x${value.instances}`
        : REDUNDANCY_INFO[value.mode].label,
  },
  rto: duration('rto', 'RTO', ['rto', 'recovery time objective', 'recovery time']),
  rpo: duration('rpo', 'RPO', ['rpo', 'recovery point objective', 'recovery point', 'data loss']),
  wrt: duration('wrt', 'WRT', ['wrt', 'work recovery time']),
  backupMethod: {
    key: 'backupMethod',
    label: 'Backup method',
    aliases: ['backup method', 'backup', 'backups', 'backup type'],
    parse: (value) =>
      value.trim() === ''
        ? { ok: true, value: null }
        : pick(value, BACKUP_METHODS, (method) => BACKUP_METHOD_LABELS[method], 'backup method'),
    format: (value) => (value === null ? '' : BACKUP_METHOD_LABELS[value]),
  },
  backupInterval: duration('backupInterval', 'Backup interval', [
    'backup interval',
    'backup frequency',
    'backup every',
  ]),
  replicationLag: duration('replicationLag', 'Replication lag', ['replication lag', 'replication', 'lag']),
  copyLocations: {
    key: 'copyLocations',
    label: 'Copies kept',
    aliases: ['copies kept', 'copy locations', 'backup location', 'backup locations', 'copies'],
    parse: (value) => {
      const places: System['copyLocations'] = [];
      for (const part of value
        .split(/[;,/+]|\band\b/)
        .map((piece) => piece.trim())
        .filter(Boolean)) {
        const place = pick(part, COPY_LOCATIONS, (place) => COPY_LOCATION_LABELS[place], 'place for copies');
        if (!place.ok) return place;
        if (!places.includes(place.value)) places.push(place.value);
      }
      return { ok: true, value: places };
    },
    format: (value) => value.map((place) => COPY_LOCATION_LABELS[place]).join('; '),
  },
  offlineCopy: {
    key: 'offlineCopy',
    label: 'Offline/immutable copy',
    aliases: ['offline copy', 'offline', 'immutable', 'offline/immutable copy', 'air gapped'],
    parse: (value) => {
      const answer = normalise(value);
      if (YES.includes(answer)) return { ok: true, value: true };
      if (NO.includes(answer)) return { ok: true, value: false };
      return { ok: false, message: `${quoted(value)} is not yes or no` };
    },
    format: (value) => (value ? 'yes' : 'no'),
  },
  lastRestoreTest: {
    key: 'lastRestoreTest',
    label: 'Last restore test',
    aliases: ['last restore test', 'restore test', 'restore tested', 'last restore'],
    parse: (value) => {
      const trimmed = value.trim();
      if (trimmed === '') return { ok: true, value: null };
      const date = validate(systemFieldSchemas.lastRestoreTest, trimmed);
      return date.ok
        ? date
        : { ok: false, message: `${quoted(trimmed)} is not a date; write it as YYYY-MM-DD` };
    },
    format: (value) => value ?? '',
  },
} satisfies { [K in SystemField]?: SystemTextField<K> };

export type SystemTextKey = keyof typeof SYSTEM_TEXT_FIELDS;

/** One field with its value type hidden, so fields of different types can sit in one list. */
export interface SystemColumn {
  key: SystemTextKey;
  label: string;
  aliases: readonly string[];
  /** Reads a cell into a patch for the system, or says why it cannot. */
  parse: (cell: string) => Validated<SystemEdits>;
  /** Writes the system's value of this field as cell text (a system not yet stored will do). */
  format: (system: Pick<System, SystemField>) => string;
}

function column<K extends SystemTextKey>(field: SystemTextField<K>): SystemColumn {
  return {
    key: field.key,
    label: field.label,
    aliases: field.aliases,
    parse: (cell) => {
      const parsed = field.parse(cell);
      return parsed.ok ? { ok: true, value: { [field.key]: parsed.value } } : parsed;
    },
    format: (system) => field.format(system[field.key]),
  };
}

/** Every field a spreadsheet or CSV file can carry, in the order columns are offered. */
export const SYSTEM_COLUMNS: readonly SystemColumn[] = [
  column(SYSTEM_TEXT_FIELDS.name),
  column(SYSTEM_TEXT_FIELDS.type),
  column(SYSTEM_TEXT_FIELDS.owner),
  column(SYSTEM_TEXT_FIELDS.tier),
  column(SYSTEM_TEXT_FIELDS.rto),
  column(SYSTEM_TEXT_FIELDS.rpo),
  column(SYSTEM_TEXT_FIELDS.wrt),
  column(SYSTEM_TEXT_FIELDS.backupMethod),
  column(SYSTEM_TEXT_FIELDS.backupInterval),
  column(SYSTEM_TEXT_FIELDS.replicationLag),
  column(SYSTEM_TEXT_FIELDS.copyLocations),
  column(SYSTEM_TEXT_FIELDS.offlineCopy),
  column(SYSTEM_TEXT_FIELDS.lastRestoreTest),
  column(SYSTEM_TEXT_FIELDS.redundancy),
  column(SYSTEM_TEXT_FIELDS.detection),
  column(SYSTEM_TEXT_FIELDS.description),
];

export function systemColumn(key: SystemTextKey): SystemColumn {
  const found = SYSTEM_COLUMNS.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`No column for ${key}`);
  return found;
}

/** Finds the field a CSV header names, by its label or a common alias; null if none matches. */
export function columnForHeader(header: string): SystemColumn | null {
  const wanted = normalise(header);
  return (
    SYSTEM_COLUMNS.find(
      (candidate) => normalise(candidate.label) === wanted || candidate.aliases.includes(wanted),
    ) ?? null
  );
}
