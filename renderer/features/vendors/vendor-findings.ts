import { vendorSlaFindings } from '../../../shared/analysis/people-findings';
import type { Finding } from '../../../shared/analysis/findings';
import type { System } from '../../../shared/model/system';
import type { Vendor } from '../../../shared/model/vendor';

/** VENDOR_SLA_EXCEEDS_RTO findings about the given systems, out of a whole plan's findings. */
export function slaFindingsAbout(findings: readonly Finding[], systemIds: readonly string[]): Finding[] {
  return findings.filter(
    (finding) => finding.code === 'VENDOR_SLA_EXCEEDS_RTO' && systemIds.includes(finding.subject.id),
  );
}

/**
 * The systems whose RTO this one vendor's restore SLA breaks. A finding is
 * about a system, not a vendor, so the list asks the same rule per vendor to
 * mark only the vendor whose contract is the problem.
 */
export function systemsBeyondSla(vendor: Vendor, systems: readonly System[]): string[] {
  return vendorSlaFindings(systems, [vendor]).map((finding) => finding.subject.id);
}
