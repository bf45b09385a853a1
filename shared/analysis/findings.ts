import { formatDuration } from '../model/duration';
import type { MtdThreshold } from '../model/impact';
import type { BusinessProcess } from '../model/process';
import { TIER_INFO, type System } from '../model/system';
import { buildGraph, type GraphInput } from './failure-graph';
import { processesStoppedBy, systemMtd, type SystemMtd } from './mtd';

/**
 * Finding codes are a public contract: the command line and exports report
 * them, and people filter on them. Add new codes; never rename one.
 */
export const FINDING_CODES = [
  'RTO_EXCEEDS_MTD',
  'RPO_NOT_COVERED',
  'RESTORE_UNTESTED',
  'MISSING_OBJECTIVES',
  'MISSING_OWNER',
  'DEPENDENCY_CYCLE',
  'RTO_DEPENDENCY_CONFLICT',
  'SPOF',
  'MISSING_RUNBOOK',
  'RUNBOOK_EXCEEDS_RTO',
  'RECOVERY_EXCEEDS_MTD',
  'CONTACT_UNVERIFIED',
  'VENDOR_SLA_EXCEEDS_RTO',
  'PLAN_REVIEW_OVERDUE',
  'EXERCISE_OVERDUE',
  'ACTION_OVERDUE',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** Most severe first. critical/high: the plan cannot be relied on; medium: a gap to close; low: housekeeping. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How a severity is named on screen and in exports. */
export const SEVERITY_LABELS = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
} as const satisfies Record<Severity, string>;

/** The severities that mean the plan would fail in an outage, as opposed to gaps to close. */
export function isProblem(finding: Pick<Finding, 'severity'>): boolean {
  return finding.severity === 'critical' || finding.severity === 'high';
}

/** What a finding can be about; each kind has its own page. */
export type FindingSubjectKind = 'system' | 'process' | 'contact' | 'plan' | 'exercise';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  subject: { kind: FindingSubjectKind; id: string; name: string };
  /** Further systems the finding is about, e.g. the other members of a dependency cycle. */
  related?: string[];
  /** The field the finding is about, so a form can show it next to that field. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** A restore test older than this many months no longer counts as evidence that backups work. */
export const RESTORE_TEST_MAX_AGE_MONTHS = 12;

export interface SystemContext {
  mtd: SystemMtd;
  /** Today's date (YYYY-MM-DD); shared/ has no clock, so the caller says what day it is. */
  today: string;
}

const name = (system: System) => system.name || 'Unnamed system';

/** Facilities and people are recovered, not restored: they have no data, so no RPO or backups. */
export function holdsData(system: Pick<System, 'type'>): boolean {
  return system.type !== 'facility' && system.type !== 'people';
}

/** Every finding about one system, in the order a person would fix them. */
export function systemFindings(system: System, context: SystemContext): Finding[] {
  const subject = { kind: 'system', id: system.id, name: name(system) } as const;
  const found: Finding[] = [];
  const add = (finding: Omit<Finding, 'subject'>) => found.push({ subject, ...finding });

  const rtoExceeds = checkRtoAgainstMtd(system, context.mtd);
  if (rtoExceeds) add(rtoExceeds);
  const rpo = checkRpoCoverage(system);
  if (rpo) add(rpo);
  const restore = checkRestoreTest(system, context.today);
  if (restore) add(restore);

  const rpoMissing = system.rpo === null && holdsData(system);
  if (system.tier !== null && system.tier <= 2 && (system.rto === null || rpoMissing)) {
    const missing = [system.rto === null ? 'RTO' : '', rpoMissing ? 'RPO' : ''].filter(Boolean).join(' and ');
    add({
      code: 'MISSING_OBJECTIVES',
      severity: 'medium',
      field: system.rto === null ? 'rto' : 'rpo',
      message: `${TIER_INFO[system.tier].label} system without an ${missing}.`,
      fix: holdsData(system)
        ? 'Agree with its owner how quickly it must be back (RTO) and how much recent data may be lost (RPO).'
        : 'Agree with its owner how quickly it must be available again (RTO).',
    });
  }
  if (system.owner === '') {
    add({
      code: 'MISSING_OWNER',
      severity: 'low',
      field: 'owner',
      message: 'No owner: nobody is accountable for recovering it.',
      fix: 'Name the person or role who answers for this system and its recovery.',
    });
  }
  return found;
}

function checkRtoAgainstMtd(system: System, mtd: SystemMtd): Omit<Finding, 'subject'> | null {
  if (system.rto === null || mtd.minutes === null) return null;
  const total = system.rto + (system.wrt ?? 0);
  if (total <= mtd.minutes) return null;
  const origin = mtd.from ? ` (from “${mtd.from.name}”)` : '';
  const what =
    system.wrt === null || system.wrt === 0
      ? `The RTO of ${formatDuration(system.rto)}`
      : `RTO ${formatDuration(system.rto)} plus WRT ${formatDuration(system.wrt)} (${formatDuration(total)})`;
  return {
    code: 'RTO_EXCEEDS_MTD',
    severity: 'high',
    field: 'rto',
    message: `${what} is longer than the MTD of ${formatDuration(mtd.minutes)}${origin}: recovery would take longer than the business can tolerate.`,
    fix: `Make recovery faster so RTO + WRT fits in ${formatDuration(mtd.minutes)}, or check the MTD with the process owner.`,
  };
}

function hasBackups(system: System): boolean {
  return system.backupMethod !== 'none' && (system.backupMethod !== null || system.backupInterval !== null);
}

function checkRpoCoverage(system: System): Omit<Finding, 'subject'> | null {
  if (system.rpo === null) return null;
  const backupInterval = system.backupMethod === 'none' ? null : system.backupInterval;
  const rpo = formatDuration(system.rpo);
  const base = { code: 'RPO_NOT_COVERED', field: 'rpo' } as const;
  if (backupInterval === null && system.replicationLag === null) {
    if (system.backupMethod === 'none') {
      return {
        ...base,
        severity: 'high',
        message: `It has no backup or replication, so the RPO of ${rpo} cannot be met: all its data could be lost.`,
        fix: `Set up backups at least every ${rpo}, or replication.`,
      };
    }
    return {
      ...base,
      severity: 'medium',
      message: `It has an RPO of ${rpo} but no backup interval or replication is recorded.`,
      fix: 'Record how often it is backed up or how far its replica lags behind.',
    };
  }
  const covered =
    (backupInterval !== null && backupInterval <= system.rpo) ||
    (system.replicationLag !== null && system.replicationLag <= system.rpo);
  if (covered) return null;
  const protections = [
    backupInterval !== null ? `backups every ${formatDuration(backupInterval)}` : '',
    system.replicationLag !== null ? `replication lagging ${formatDuration(system.replicationLag)}` : '',
  ].filter(Boolean);
  const best = Math.min(...[backupInterval, system.replicationLag].filter((minutes) => minutes !== null));
  return {
    ...base,
    severity: 'high',
    message: `With ${protections.join(' and ')}, up to ${formatDuration(best)} of data could be lost, more than the RPO of ${rpo}.`,
    fix: `Back up at least every ${rpo} or add replication within ${rpo}, or agree a longer RPO.`,
  };
}

function checkRestoreTest(system: System, today: string): Omit<Finding, 'subject'> | null {
  if (!hasBackups(system)) return null;
  const base = {
    code: 'RESTORE_UNTESTED',
    severity: 'medium',
    field: 'lastRestoreTest',
    fix: 'Restore a backup to a spare machine, check the data, and record the date here.',
  } as const;
  if (system.lastRestoreTest === null) {
    return { ...base, message: 'Its backups have never been restore-tested, so nobody knows they work.' };
  }
  if (system.lastRestoreTest > today) {
    return {
      ...base,
      message: `Its last restore test is dated ${system.lastRestoreTest}, which is in the future: probably a typing mistake.`,
      fix: 'Correct the date of the last successful restore test.',
    };
  }
  if (system.lastRestoreTest < monthsBefore(today, RESTORE_TEST_MAX_AGE_MONTHS)) {
    return {
      ...base,
      message: `Its last restore test was on ${system.lastRestoreTest}, more than ${RESTORE_TEST_MAX_AGE_MONTHS} months ago.`,
    };
  }
  return null;
}

/**
 * The same day of the month, `months` earlier, as YYYY-MM-DD (string comparison then orders dates);
 * the last day of that month when it is shorter (12 months before 29 February is 28 February).
 */
export function monthsBefore(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, daysInMonth(targetYear, targetMonth)))}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function processFindings(process: BusinessProcess): Finding[] {
  if (process.owner !== '') return [];
  return [
    {
      code: 'MISSING_OWNER',
      severity: 'low',
      subject: { kind: 'process', id: process.id, name: process.name },
      field: 'owner',
      message: 'No owner: nobody speaks for this process when deciding what to recover first.',
      fix: 'Name the person or role responsible for this process.',
    },
  ];
}

export interface PlanContent {
  mtdThreshold: MtdThreshold;
  systems: readonly System[];
  processes: readonly BusinessProcess[];
  /** What needs what: a system's MTD comes from every process its failure stops. */
  dependencies: GraphInput['dependencies'];
  today: string;
}

const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 } as const satisfies Record<
  Severity,
  number
>;

/** All findings of a plan, most severe first, then in the order the systems and processes were entered. */
export function planFindings(
  content: PlanContent,
  /** The processes each system's failure stops; analysePlan passes the ones it already worked out. */
  stops: ReadonlyMap<string, ReadonlySet<string>> = processesStoppedBy(buildGraph(content)),
): Finding[] {
  const findings = [
    ...content.systems.flatMap((system) =>
      systemFindings(system, {
        mtd: systemMtd(system, content.processes, content.mtdThreshold, stops.get(system.id) ?? new Set()),
        today: content.today,
      }),
    ),
    ...content.processes.flatMap(processFindings),
  ];
  return sortFindings(findings);
}

/** Most severe first; Array.prototype.sort is stable, so the given order survives within a severity. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
