import { systemColumn, type SystemColumn } from '../../../shared/model/system-text';
import { TIER_INFO, TIERS } from '../../../shared/model/system';

/** What every column shows in its header: a name, a few words under it, and one sentence of help. */
interface ColumnInfo {
  id: string;
  label: string;
  /** Under the header, for owners new to DR vocabulary. */
  hint: string;
  /** The longer explanation (header tooltip, screen readers, and the bar above the grid). */
  help: string;
}

/** An editable column reads and writes its cell text through SYSTEM_COLUMNS; the others are worked out. */
export type GridColumn = ColumnInfo &
  ({ kind: 'field'; field: SystemColumn } | { kind: 'mtd' } | { kind: 'findings' });

export type EditableColumn = Extract<GridColumn, { kind: 'field' }>;

const field = (key: SystemColumn['key'], info: Omit<ColumnInfo, 'id' | 'label'>): GridColumn => {
  const column = systemColumn(key);
  return { kind: 'field', field: column, id: key, label: column.label, ...info };
};

const tiers = TIERS.map((tier) => `${tier} ${TIER_INFO[tier].label.split('– ')[1] ?? ''}`).join(', ');

export const GRID_COLUMNS: readonly GridColumn[] = [
  field('name', {
    hint: 'as its users call it',
    help: 'The system’s name, as the people who use it call it.',
  }),
  field('type', {
    hint: 'application, data store, …',
    help: 'Application, Data store, Infrastructure, Third-party service, Facility or People.',
  }),
  field('owner', {
    hint: 'who answers for it',
    help: 'The person or role accountable for the system and its recovery, e.g. “Head of IT”.',
  }),
  field('tier', {
    hint: '0 = most critical',
    help: `How critical it is: ${tiers}.`,
  }),
  field('rto', {
    hint: 'back within',
    help: 'Recovery time objective: how soon it must work again. RTO 4 h: the order system must work again within 4 hours of an outage.',
  }),
  field('rpo', {
    hint: 'data loss allowed',
    help: 'Recovery point objective: how much recent data may be lost, as time. RPO 15 min: at most the last 15 minutes of orders are re-entered by hand.',
  }),
  field('wrt', {
    hint: 'catch-up after',
    help: 'Work recovery time: once the system is back, the time to check data and clear the backlog. WRT 2 h: two hours to re-enter orders and check stock.',
  }),
  {
    kind: 'mtd',
    id: 'mtd',
    label: 'MTD',
    hint: 'from processes',
    help: 'Maximum tolerable downtime, worked out from the business processes the system supports; RTO + WRT must fit inside it. MTD 1 day: after a day without orders the business is in danger.',
  },
  field('backupInterval', {
    hint: 'backup every',
    help: 'How often a backup is taken, e.g. 24 h for a nightly backup. It should not be longer than the RPO.',
  }),
  field('replicationLag', {
    hint: 'replica behind by',
    help: 'How far a live copy (replica) lags behind, e.g. 5 min. Leave it empty when there is no replica.',
  }),
  field('lastRestoreTest', {
    hint: 'YYYY-MM-DD',
    help: 'The last day a backup was restored and checked, e.g. 2025-03-14. After 12 months it counts as untested.',
  }),
  {
    kind: 'findings',
    id: 'findings',
    label: 'Findings',
    hint: 'problems found',
    help: 'Problems in this row: how many, and the worst. Select the row to read each one with a suggested fix.',
  },
];

export function isEditable(column: GridColumn): column is EditableColumn {
  return column.kind === 'field';
}

/** Durations are typed the same way in every duration column, so the bar above the grid says how once. */
export const DURATION_COLUMNS: ReadonlySet<string> = new Set([
  'rto',
  'rpo',
  'wrt',
  'backupInterval',
  'replicationLag',
]);

/** Why a worked-out cell cannot be typed into, and where its value comes from. */
export function readOnlyNotice(column: GridColumn): string {
  return column.kind === 'mtd'
    ? 'MTD is worked out from the business processes a system supports: rate their impact on the Business processes screen.'
    : 'Findings are worked out from the row: change the values they point to.';
}
