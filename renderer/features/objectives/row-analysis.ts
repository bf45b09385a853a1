import { SEVERITIES, SEVERITY_LABELS, type Finding, type Severity } from '../../../shared/analysis/findings';
import type { SystemMtd } from '../../../shared/analysis/mtd';
import { formatDuration } from '../../../shared/model/duration';

export interface FindingsSummary {
  count: number;
  worst: Severity | null;
  /** As a cell's text: what Ctrl+C copies and a screen reader reads. */
  text: string;
}

export function summariseFindings(findings: readonly Finding[]): FindingsSummary {
  const worst =
    SEVERITIES.find((severity) => findings.some((finding) => finding.severity === severity)) ?? null;
  const count = findings.length;
  const text =
    worst === null
      ? 'None'
      : `${count} ${count === 1 ? 'finding' : 'findings'}, worst: ${SEVERITY_LABELS[worst].toLowerCase()}`;
  return { count, worst, text };
}

/** "—" when nobody knows yet: an honest gap, not a zero. */
export function mtdText(mtd: SystemMtd): string {
  return mtd.minutes === null ? '—' : formatDuration(mtd.minutes);
}
