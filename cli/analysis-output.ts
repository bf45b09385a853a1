import type { PlanSnapshot } from '../shared/bundle/snapshot';
import { SEVERITIES, SEVERITY_LABELS, type Finding, type Severity } from '../shared/analysis/findings';
import type { PlanAnalysis } from '../shared/analysis/plan-analysis';
import type { Tier } from '../shared/model/system';
import { formatOptionalDuration } from '../shared/model/duration';

/**
 * `drp analyze --json`: a public contract that CI scripts parse. Keys and
 * meanings never change silently; durations are minutes, null when unknown,
 * and every id is the plan file's own id.
 */
export interface AnalysisJson {
  findings: { code: string; severity: Severity; subjects: string[]; message: string; fix: string }[];
  spofs: { id: string; name: string; blastRadius: { systems: string[]; processes: string[] } }[];
  recoveryWaves: string[][];
  cycles: string[][];
  systems: {
    id: string;
    name: string;
    tier: Tier | null;
    rto: number | null;
    rpo: number | null;
    wrt: number | null;
    mtd: number | null;
    wave: number | null;
    recoveryMinutes: number | null;
  }[];
}

/** What a finding is about: its subject first, then the other records it names (a cycle's other members…). */
export function findingSubjects(finding: Finding): string[] {
  return [...new Set([finding.subject.id, ...(finding.related ?? [])])];
}

export function analysisJson(analysis: PlanAnalysis): AnalysisJson {
  const names = new Map(analysis.systems.map((system) => [system.id, system.name]));
  return {
    findings: analysis.findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      subjects: findingSubjects(finding),
      message: finding.message,
      fix: finding.fix,
    })),
    spofs: analysis.spofs.map((spof) => ({
      id: spof.id,
      name: names.get(spof.id) ?? '',
      blastRadius: { systems: [...spof.blast.systems], processes: [...spof.blast.processes] },
    })),
    recoveryWaves: analysis.waves.map((wave) => [...wave.systemIds]),
    cycles: analysis.cycles.map((cycle) => [...cycle]),
    systems: analysis.systems.map((system) => ({
      id: system.id,
      name: system.name,
      tier: system.tier,
      rto: system.rto,
      rpo: system.rpo,
      wrt: system.wrt,
      mtd: system.mtd,
      wave: system.wave,
      recoveryMinutes: system.recovery.minutes,
    })),
  };
}

/** Findings at or above `threshold` (critical is the highest). */
export function findingsAtOrAbove(analysis: PlanAnalysis, threshold: Severity): Finding[] {
  const limit = SEVERITIES.indexOf(threshold);
  return analysis.findings.filter((finding) => SEVERITIES.indexOf(finding.severity) <= limit);
}

/** The readable report: for a person at a terminal or reading a CI log. */
export function analysisReport(
  snapshot: PlanSnapshot,
  analysis: PlanAnalysis,
  meta: { today: string; hash: string },
): string {
  const name = nameLookup(snapshot);
  const lines: string[] = [snapshot.plan.name, `Content hash ${meta.hash}, analysed as of ${meta.today}`, ''];

  const counts = SEVERITIES.map(
    (severity) => `${analysis.findings.filter((f) => f.severity === severity).length} ${severity}`,
  );
  lines.push(`FINDINGS (${analysis.findings.length}: ${counts.join(', ')})`);
  if (analysis.findings.length === 0) lines.push('  none');
  for (const severity of SEVERITIES) {
    const findings = analysis.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    lines.push(`  ${SEVERITY_LABELS[severity]}`);
    for (const finding of findings) {
      lines.push(`    ${finding.code}  ${finding.subject.name}: ${finding.message}`);
      lines.push(`      Fix: ${finding.fix}`);
    }
  }

  lines.push('', `SINGLE POINTS OF FAILURE (${analysis.spofs.length})`);
  if (analysis.spofs.length === 0) lines.push('  none');
  for (const spof of analysis.spofs) {
    const { systems, processes } = spof.blast;
    lines.push(`  ${name(spof.id)}: when it fails, ${downCount(systems.length, processes.length)} down`);
    lines.push(...systems.map((id) => `      system   ${name(id)}`));
    lines.push(...processes.map((id) => `      process  ${name(id)}`));
  }

  lines.push('', 'RECOVERY WAVES');
  if (analysis.waves.length === 0) lines.push('  none');
  for (const wave of analysis.waves) {
    lines.push(`  Wave ${wave.wave}`, ...wave.systemIds.map((id) => `      ${name(id)}`));
  }

  lines.push('', `DEPENDENCY CYCLES (${analysis.cycles.length})`);
  if (analysis.cycles.length === 0) lines.push('  none');
  for (const cycle of analysis.cycles)
    lines.push(`  ${[...cycle, ...cycle.slice(0, 1)].map(name).join(' → ')}`);

  lines.push('', 'SYSTEMS', ...systemsTable(analysis));
  return `${lines.join('\n')}\n`;
}

function systemsTable(analysis: PlanAnalysis): string[] {
  const duration = (minutes: number | null) => formatOptionalDuration(minutes, '–');
  const rows = analysis.systems.map((system) => [
    system.name,
    system.tier === null ? '–' : String(system.tier),
    duration(system.rto),
    duration(system.rpo),
    duration(system.wrt),
    duration(system.mtd),
    system.wave === null ? '–' : String(system.wave),
    recoveryText(system.recovery),
  ]);
  const header = ['Name', 'Tier', 'RTO', 'RPO', 'WRT', 'MTD', 'Wave', 'Back after'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    '  Back after: when it is back if everything failed at once (its runbook, after what it needs).',
  ];
}

function recoveryText(recovery: PlanAnalysis['systems'][number]['recovery']): string {
  if (recovery.blocked)
    return recovery.blocked.reason === 'in-cycle' ? 'never (in a cycle)' : 'never (waits on a cycle)';
  if (recovery.minutes !== null) return formatOptionalDuration(recovery.minutes);
  if (recovery.atLeast !== null && recovery.atLeast > 0)
    return `at least ${formatOptionalDuration(recovery.atLeast)}`;
  return 'unknown';
}

function nameLookup(snapshot: PlanSnapshot): (id: string) => string {
  const names = new Map<string, string>();
  for (const record of [...snapshot.systems, ...snapshot.processes, ...snapshot.contacts]) {
    names.set(record.id, record.name);
  }
  return (id) => names.get(id) ?? id;
}

function downCount(systems: number, processes: number): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    systems > 0 ? plural(systems, 'system', 'systems') : '',
    processes > 0 ? plural(processes, 'process', 'processes') : '',
  ]
    .filter(Boolean)
    .join(' and ')
    .concat(systems + processes === 1 ? ' goes' : ' go');
}
