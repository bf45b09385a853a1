import type { PlanContent } from '../bundle/snapshot';
import type { Contact } from '../model/contact';
import { DEPENDENCY_KIND_INFO, type Dependency } from '../model/dependency';
import { formatOptionalDuration } from '../model/duration';
import { IMPACT_CATEGORIES, IMPACT_CATEGORY_INFO } from '../model/impact';
import type { BusinessProcess } from '../model/process';
import type { Runbook, Step } from '../model/runbook';
import {
  BACKUP_METHOD_LABELS,
  COPY_LOCATION_LABELS,
  REDUNDANCY_INFO,
  SYSTEM_TYPE_LABELS,
  type System,
  type Tier,
} from '../model/system';
import type { Vendor } from '../model/vendor';

/**
 * What changed between two versions of a plan, in plain words: records matched by id (a renamed
 * system is the same system), each change field by field as "before → after". Pure: the history
 * screen diffs two revisions, or a revision and the current draft.
 */
export const DIFF_GROUPS = [
  { kind: 'systems', label: 'Systems' },
  { kind: 'objectives', label: 'Recovery objectives' },
  { kind: 'dependencies', label: 'Dependencies' },
  { kind: 'runbooks', label: 'Runbooks and their steps' },
  { kind: 'contacts', label: 'Contacts' },
  { kind: 'processes', label: 'Business processes' },
  { kind: 'vendors', label: 'Vendors' },
] as const;
export type DiffGroupKind = (typeof DIFF_GROUPS)[number]['kind'];

export interface FieldChange {
  field: string;
  /** '' for a field of an added record. */
  before: string;
  /** '' for a field of a removed record. */
  after: string;
}

export interface DiffEntry {
  change: 'added' | 'removed' | 'changed';
  id: string;
  /** What the record is called, e.g. "CRM" or "Restore CRM: step 2, Check the data". */
  name: string;
  /** changed: every field that differs; added/removed: the fields that say something. */
  fields: FieldChange[];
}

export interface DiffGroup {
  kind: DiffGroupKind;
  label: string;
  entries: DiffEntry[];
}

export interface PlanDiff {
  /** Only the groups with changes, in DIFF_GROUPS order. */
  groups: DiffGroup[];
  /** How many records changed, across all groups. */
  count: number;
}

/** Names of the records a field may point to, in one version of the plan. */
interface Names {
  of: (id: string | null) => string;
}

interface FieldSpec<T> {
  label: string;
  text: (record: T, names: Names) => string;
}

const NOT_SET = 'not set';

export function diffPlans(before: PlanContent, after: PlanContent): PlanDiff {
  const sides = { before: namesOf(before), after: namesOf(after) };
  const entries: Record<DiffGroupKind, DiffEntry[]> = {
    systems: diffRecords(before.systems, after.systems, sides, systemName, SYSTEM_FIELDS, OBJECTIVE_FIELDS),
    objectives: diffRecords(before.systems, after.systems, sides, systemName, OBJECTIVE_FIELDS).filter(
      (entry) => entry.change === 'changed',
    ),
    dependencies: diffRecords(
      before.dependencies,
      after.dependencies,
      sides,
      dependencyName,
      DEPENDENCY_FIELDS,
    ),
    runbooks: diffRunbooks(before.runbooks, after.runbooks, sides),
    contacts: diffRecords(before.contacts, after.contacts, sides, (c) => c.name, CONTACT_FIELDS),
    processes: diffRecords(before.processes, after.processes, sides, processName, PROCESS_FIELDS),
    vendors: diffRecords(before.vendors, after.vendors, sides, (v) => v.name, VENDOR_FIELDS),
  };
  const groups = DIFF_GROUPS.map(({ kind, label }) => ({ kind, label, entries: entries[kind] })).filter(
    (group) => group.entries.length > 0,
  );
  return { groups, count: groups.reduce((sum, group) => sum + group.entries.length, 0) };
}

function namesOf(content: PlanContent): Names {
  const names = new Map<string, string>();
  for (const system of content.systems) names.set(system.id, systemName(system));
  for (const process of content.processes) names.set(process.id, processName(process));
  for (const contact of content.contacts) names.set(contact.id, contact.name);
  for (const team of content.teams) names.set(team.id, team.name);
  return { of: (id) => (id === null ? NOT_SET : (names.get(id) ?? 'an unknown record')) };
}

interface Sides {
  before: Names;
  after: Names;
}

/** Added, removed and changed records of one kind, in the newer version's order, removed ones last. */
function diffRecords<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  sides: Sides,
  name: (record: T, names: Names) => string,
  fields: readonly FieldSpec<T>[],
  extraDetails: readonly FieldSpec<T>[] = [],
): DiffEntry[] {
  const old = new Map(before.map((record) => [record.id, record]));
  const now = new Set(after.map((record) => record.id));
  const entries: DiffEntry[] = [];
  for (const record of after) {
    const previous = old.get(record.id);
    if (!previous) {
      entries.push({
        change: 'added',
        id: record.id,
        name: name(record, sides.after),
        fields: details([...fields, ...extraDetails], record, sides.after, 'after'),
      });
      continue;
    }
    const changed = fields
      .map((spec) => ({
        field: spec.label,
        before: spec.text(previous, sides.before),
        after: spec.text(record, sides.after),
      }))
      .filter((field) => field.before !== field.after);
    if (changed.length > 0) {
      entries.push({ change: 'changed', id: record.id, name: name(record, sides.after), fields: changed });
    }
  }
  for (const record of before) {
    if (now.has(record.id)) continue;
    entries.push({
      change: 'removed',
      id: record.id,
      name: name(record, sides.before),
      fields: details([...fields, ...extraDetails], record, sides.before, 'before'),
    });
  }
  return entries;
}

function details<T>(
  fields: readonly FieldSpec<T>[],
  record: T,
  names: Names,
  side: 'before' | 'after',
): FieldChange[] {
  return fields
    .map((spec) => ({ label: spec.label, text: spec.text(record, names) }))
    .filter(({ text }) => text !== NOT_SET && text !== '')
    .map(({ label, text }) => ({
      field: label,
      before: side === 'before' ? text : '',
      after: side === 'after' ? text : '',
    }));
}

/** A runbook added or removed is one entry; in a runbook kept, each step added, removed or changed is one. */
function diffRunbooks(before: readonly Runbook[], after: readonly Runbook[], sides: Sides): DiffEntry[] {
  const runbookName = (runbook: Runbook, names: Names) =>
    `${runbook.title} (for ${names.of(runbook.systemId)})`;
  const entries = diffRecords(before, after, sides, runbookName, RUNBOOK_FIELDS);
  const old = new Map(before.map((runbook) => [runbook.id, runbook]));
  const result: DiffEntry[] = [];
  for (const entry of entries) {
    if (entry.change !== 'changed') result.push(entry);
  }
  for (const runbook of after) {
    const previous = old.get(runbook.id);
    if (!previous) continue;
    const own = entries.find((entry) => entry.id === runbook.id);
    if (own) result.push(own);
    const stepName = (steps: readonly Step[]) => (step: Step) =>
      `${runbook.title}: step ${String(steps.indexOf(step) + 1)}, ${step.title}`;
    const stepEntries = diffRecords(
      previous.steps,
      runbook.steps,
      sides,
      (step, names) =>
        names === sides.before ? stepName(previous.steps)(step) : stepName(runbook.steps)(step),
      STEP_FIELDS,
    );
    result.push(...stepEntries);
    const order = (steps: readonly Step[]) => steps.map((step) => step.id).filter((id) => kept(id));
    const kept = (id: string) =>
      previous.steps.some((s) => s.id === id) && runbook.steps.some((s) => s.id === id);
    const beforeOrder = order(previous.steps);
    const afterOrder = order(runbook.steps);
    if (beforeOrder.join() !== afterOrder.join()) {
      const titles = (ids: string[], steps: readonly Step[]) =>
        ids.map((id) => steps.find((step) => step.id === id)?.title ?? id).join(', ');
      result.push({
        change: 'changed',
        id: `${runbook.id}:order`,
        name: `${runbook.title}: order of steps`,
        fields: [
          {
            field: 'Order',
            before: titles(beforeOrder, previous.steps),
            after: titles(afterOrder, runbook.steps),
          },
        ],
      });
    }
  }
  return result;
}

const text = (value: string) => value.trim() || NOT_SET;
const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const tierText = (tier: Tier | null) => (tier === null ? NOT_SET : `Tier ${String(tier)}`);
const duration = (minutes: number | null) => formatOptionalDuration(minutes, NOT_SET);
const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'none');

function systemName(system: Pick<System, 'name'>): string {
  return system.name || 'Unnamed system';
}

function processName(process: Pick<BusinessProcess, 'name'>): string {
  return process.name || 'Unnamed process';
}

function dependencyName(dependency: Dependency, names: Names): string {
  const targets = dependency.targetIds.map((id) => names.of(id));
  return `${names.of(dependency.dependentId)} ${DEPENDENCY_KIND_INFO[dependency.kind].label.toLowerCase()} ${targets.join(dependency.kind === 'alternatives' ? ' or ' : ', ')}`;
}

const SYSTEM_FIELDS: FieldSpec<System>[] = [
  { label: 'Name', text: (s) => text(s.name) },
  { label: 'Type', text: (s) => SYSTEM_TYPE_LABELS[s.type] },
  { label: 'Owner', text: (s) => text(s.owner) },
  { label: 'Description', text: (s) => text(s.description) },
  { label: 'How failure is detected', text: (s) => text(s.detection) },
  {
    label: 'Redundancy',
    text: (s) =>
      s.redundancy.mode === 'active-active'
        ? `${REDUNDANCY_INFO[s.redundancy.mode].label}, ${String(s.redundancy.instances)} instances`
        : REDUNDANCY_INFO[s.redundancy.mode].label,
  },
  {
    label: 'Backup method',
    text: (s) => (s.backupMethod === null ? NOT_SET : BACKUP_METHOD_LABELS[s.backupMethod]),
  },
  { label: 'Backup interval', text: (s) => duration(s.backupInterval) },
  { label: 'Replication lag', text: (s) => duration(s.replicationLag) },
  { label: 'Copies kept', text: (s) => list(s.copyLocations.map((place) => COPY_LOCATION_LABELS[place])) },
  { label: 'Offline copy', text: (s) => yesNo(s.offlineCopy) },
  { label: 'Last restore test', text: (s) => s.lastRestoreTest ?? NOT_SET },
];

const OBJECTIVE_FIELDS: FieldSpec<System>[] = [
  { label: 'Tier', text: (s) => tierText(s.tier) },
  { label: 'RTO', text: (s) => duration(s.rto) },
  { label: 'RPO', text: (s) => duration(s.rpo) },
  { label: 'WRT', text: (s) => duration(s.wrt) },
  { label: 'MTD override', text: (s) => duration(s.mtdOverride) },
  { label: 'Reason for the MTD override', text: (s) => text(s.mtdOverrideReason) },
];

const DEPENDENCY_FIELDS: FieldSpec<Dependency>[] = [
  { label: 'Kind', text: (d) => DEPENDENCY_KIND_INFO[d.kind].label },
  { label: 'Needs', text: (d, names) => list(d.targetIds.map((id) => names.of(id))) },
  { label: 'Workaround', text: (d) => text(d.workaround) },
];

const RUNBOOK_FIELDS: FieldSpec<Runbook>[] = [
  { label: 'Title', text: (r) => text(r.title) },
  { label: 'System', text: (r, names) => names.of(r.systemId) },
  { label: 'Steps', text: (r) => String(r.steps.length) },
  { label: 'Activation criteria', text: (r) => text(r.activation.criteria) },
  { label: 'Who may activate', text: (r) => text(r.activation.whoMayActivate) },
  { label: 'Notification', text: (r) => text(r.notification) },
  { label: 'Return to normal operations', text: (r) => text(r.returnToNormal) },
  { label: 'Rollback', text: (r) => text(r.rollback) },
];

const STEP_FIELDS: FieldSpec<Step>[] = [
  { label: 'Title', text: (s) => text(s.title) },
  { label: 'Instructions', text: (s) => text(s.instructions) },
  {
    label: 'Who does it',
    text: (s, names) => (s.responsibleId === null ? text(s.responsible) : names.of(s.responsibleId)),
  },
  { label: 'Estimated time', text: (s) => duration(s.estimatedMinutes) },
  { label: 'How to verify', text: (s) => text(s.verify) },
  { label: 'If it fails', text: (s) => text(s.onFailure) },
  { label: 'Escalate to', text: (s, names) => names.of(s.escalateToId) },
];

const CONTACT_FIELDS: FieldSpec<Contact>[] = [
  { label: 'Name', text: (c) => text(c.name) },
  { label: 'Role or title', text: (c) => text(c.title) },
  { label: 'Organisation', text: (c) => text(c.organisation) },
  {
    label: 'Phones',
    text: (c) => list(c.phones.map((p) => (p.label ? `${p.label}: ${p.number}` : p.number))),
  },
  { label: 'E-mail', text: (c) => text(c.email) },
  { label: 'Alternate', text: (c, names) => names.of(c.alternateId) },
  { label: 'Notes', text: (c) => text(c.notes) },
  { label: 'Last verified', text: (c) => c.lastVerified ?? NOT_SET },
];

const PROCESS_FIELDS: FieldSpec<BusinessProcess>[] = [
  { label: 'Name', text: (p) => text(p.name) },
  { label: 'Owner', text: (p) => text(p.owner) },
  { label: 'Description', text: (p) => text(p.description) },
  { label: 'Systems it uses', text: (p, names) => list(p.systemIds.map((id) => names.of(id))) },
  ...IMPACT_CATEGORIES.map((category) => ({
    label: `Impact on ${IMPACT_CATEGORY_INFO[category].label.toLowerCase()}, by time`,
    text: (p: BusinessProcess) => p.impact[category].map((rating) => rating ?? 'unrated').join(', '),
  })),
  { label: 'Loss per hour', text: (p) => (p.lossPerHour === null ? NOT_SET : String(p.lossPerHour)) },
  { label: 'MTD override', text: (p) => duration(p.mtdOverride) },
  { label: 'Tier override', text: (p) => tierText(p.tierOverride) },
];

const VENDOR_FIELDS: FieldSpec<Vendor>[] = [
  { label: 'Name', text: (v) => text(v.name) },
  { label: 'Service provided', text: (v) => text(v.service) },
  { label: 'Contract number', text: (v) => text(v.contractNumber) },
  { label: 'Support phone', text: (v) => text(v.supportPhone) },
  { label: 'Support e-mail', text: (v) => text(v.supportEmail) },
  { label: 'SLA response time', text: (v) => duration(v.slaResponseMinutes) },
  { label: 'SLA restore time', text: (v) => duration(v.slaRestoreMinutes) },
  { label: 'Systems it provides', text: (v, names) => list(v.systemIds.map((id) => names.of(id))) },
  { label: 'Notes', text: (v) => text(v.notes) },
];
