import { formatDuration } from '../model/duration';
import type { MtdThreshold } from '../model/impact';
import type { BusinessProcess } from '../model/process';
import type { Runbook } from '../model/runbook';
import { TIER_INFO, type System } from '../model/system';
import { runbookDuration } from './critical-path';
import type { Finding } from './findings';
import { systemMtd } from './mtd';
import type { RecoveryTime } from './recovery-time';
import { CRITICAL_TIER_MAX } from './spof';
import { sourceNote, type DurationSource } from './measured-times';

/** " (measured in exercises)" after a duration whose step times come (partly) from exercises. */
function measuredSuffix(source: DurationSource | undefined): string {
  const note = source ? sourceNote(source) : '';
  return note ? ` (${note})` : '';
}

const nameOf = (system: Pick<System, 'name'> | undefined) => (system?.name ?? '') || 'Unnamed system';

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function subjectOf(system: Pick<System, 'id' | 'name'>) {
  return { kind: 'system', id: system.id, name: nameOf(system) } as const;
}

/**
 * MISSING_RUNBOOK: a tier 0–2 system with no runbook, or only runbooks
 * without steps (which tell a responder nothing). High for tier 0–1, whose
 * outage stops the business within hours; medium for tier 2.
 */
export function missingRunbookFindings(
  systems: readonly Pick<System, 'id' | 'name' | 'tier'>[],
  runbooks: readonly Pick<Runbook, 'systemId' | 'title' | 'steps'>[],
): Finding[] {
  const findings: Finding[] = [];
  for (const system of systems) {
    if (system.tier === null || system.tier > CRITICAL_TIER_MAX) continue;
    const own = runbooks.filter((runbook) => runbook.systemId === system.id);
    if (own.some((runbook) => runbook.steps.length > 0)) continue;
    const empty = own[0];
    findings.push({
      code: 'MISSING_RUNBOOK',
      severity: system.tier <= 1 ? 'high' : 'medium',
      subject: subjectOf(system),
      field: 'runbook',
      message: empty
        ? `${TIER_INFO[system.tier].label} system whose runbook “${empty.title}” has no steps yet: nobody has written down how to recover it.`
        : `${TIER_INFO[system.tier].label} system without a runbook: nobody has written down how to recover it.`,
      fix: `${empty ? `Add the recovery steps to “${empty.title}”` : 'Write a runbook'}: what to do, who does each step, about how long it takes, and how to check it worked.`,
    });
  }
  return findings;
}

/**
 * RUNBOOK_EXCEEDS_RTO: a runbook whose critical path is longer than its
 * system's RTO. With estimates missing the duration is a lower bound, which
 * is enough: exceeding it is already certain. Exactly the RTO is fine.
 */
export function runbookRtoFindings(
  systems: readonly Pick<System, 'id' | 'name' | 'rto'>[],
  /** durationSource: where the step times come from, when some were measured in exercises. */
  runbooks: readonly (Pick<Runbook, 'systemId' | 'title' | 'steps'> & { durationSource?: DurationSource })[],
): Finding[] {
  const findings: Finding[] = [];
  for (const system of systems) {
    const rto = system.rto;
    if (rto === null) continue;
    for (const runbook of runbooks) {
      if (runbook.systemId !== system.id) continue;
      const duration = runbookDuration(runbook.steps);
      if (duration.minutes <= rto) continue;
      const numbers = duration.criticalPath.map((id) =>
        String(runbook.steps.findIndex((step) => step.id === id) + 1),
      );
      const missing = duration.unknownIds.length;
      const takes = duration.lowerBound
        ? `at least ${formatDuration(duration.minutes)} (${missing} ${missing === 1 ? 'step has' : 'steps have'} no estimate yet)`
        : formatDuration(duration.minutes);
      const measured = measuredSuffix(runbook.durationSource);
      findings.push({
        code: 'RUNBOOK_EXCEEDS_RTO',
        severity: 'high',
        subject: subjectOf(system),
        field: 'runbook',
        message: `Its runbook “${runbook.title}” takes ${takes}${measured} along its longest chain of steps (${numbers.length === 1 ? 'step' : 'steps'} ${list(numbers)}), longer than its RTO of ${formatDuration(rto)}.`,
        fix: `Shorten the steps on that chain or let more of them run in parallel so it fits in ${formatDuration(rto)}, or agree an RTO of at least ${formatDuration(duration.minutes)}.`,
      });
    }
  }
  return findings;
}

export interface RecoveryMtdInput {
  systems: readonly System[];
  processes: readonly BusinessProcess[];
  mtdThreshold: MtdThreshold;
  /** From recoveryTimes. */
  recovery: ReadonlyMap<string, RecoveryTime>;
  /** From processesStoppedBy: the processes each system's failure stops, for its MTD. */
  stops: ReadonlyMap<string, ReadonlySet<string>>;
  /** Where each system's runbook times come from; absent means estimates. */
  sources?: ReadonlyMap<string, DurationSource>;
}

/**
 * RECOVERY_EXCEEDS_MTD: recovering the system (its runbook after everything
 * it needs) plus its WRT is certain to take longer than its MTD, so the
 * business would not survive the outage as planned. Critical: unlike
 * RTO_EXCEEDS_MTD, this is what the written procedures actually take.
 */
export function recoveryMtdFindings(input: RecoveryMtdInput): Finding[] {
  const byId = new Map(input.systems.map((system) => [system.id, system]));
  const findings: Finding[] = [];
  for (const system of input.systems) {
    const time = input.recovery.get(system.id);
    const atLeast = time?.atLeast ?? null;
    if (!time || atLeast === null) continue;
    const mtd = systemMtd(
      system,
      input.processes,
      input.mtdThreshold,
      input.stops.get(system.id) ?? new Set(),
    );
    if (mtd.minutes === null) continue;
    const wrt = system.wrt ?? 0;
    const total = atLeast + wrt;
    if (total <= mtd.minutes) continue;

    const before = time.chain.filter((id) => id !== system.id);
    const names = before.map((id) => `“${nameOf(byId.get(id))}”`);
    const measured = time.chain.some((id) => {
      const source = input.sources?.get(id);
      return source === 'measured' || source === 'mixed';
    });
    const takes = `${time.minutes === null ? 'at least ' : ''}${formatDuration(atLeast)}${measured ? ' (with step times measured in exercises)' : ''}`;
    const after =
      names.length > 0
        ? `, because its runbook can only start once ${list(names)} ${names.length === 1 ? 'is' : 'are'} back`
        : '';
    const withWrt =
      wrt > 0 ? `; with its WRT of ${formatDuration(wrt)} that makes ${formatDuration(total)}` : '';
    const origin = mtd.from ? ` (from “${mtd.from.name}”)` : '';
    findings.push({
      code: 'RECOVERY_EXCEEDS_MTD',
      severity: 'critical',
      subject: subjectOf(system),
      ...(before.length > 0 ? { related: before } : {}),
      field: 'runbook',
      message: `Recovering it takes ${takes}${after}${withWrt}: longer than its MTD of ${formatDuration(mtd.minutes)}${origin}.`,
      fix:
        before.length > 0
          ? `Shorten the runbooks along ${[...names, `“${nameOf(system)}”`].join(' → ')} or run more of their steps in parallel, give what it needs a standby that is back sooner, or check the MTD with the process owner.`
          : `Shorten its runbook or run more of its steps in parallel so recovery and WRT fit in ${formatDuration(mtd.minutes)}, or check the MTD with the process owner.`,
    });
  }
  return findings;
}
