import type { CallTree } from '../model/call-tree';
import { CONTACT_MAX_AGE_MONTHS, type Contact } from '../model/contact';
import { formatDuration } from '../model/duration';
import type { Runbook } from '../model/runbook';
import type { System } from '../model/system';
import type { Team } from '../model/team';
import type { Vendor } from '../model/vendor';
import { monthsBefore, type Finding } from './findings';

export interface ContactFindingsInput {
  contacts: readonly Pick<Contact, 'id' | 'name' | 'lastVerified'>[];
  teams: readonly Pick<Team, 'name' | 'memberIds'>[];
  callTree: Pick<CallTree, 'entries'> | null;
  runbooks: readonly Pick<Runbook, 'steps'>[];
  /** Today's date (YYYY-MM-DD). */
  today: string;
}

/**
 * CONTACT_UNVERIFIED: details never checked, or last checked more than
 * six months ago. Medium when the plan relies on the person (in the call
 * tree, a role or team, or named in a runbook step): a wrong number there
 * breaks the first hour of a disaster. Low for the rest of the list.
 */
export function contactFindings(input: ContactFindingsInput): Finding[] {
  const reliedOn = new Map<string, string>();
  const rely = (id: string | null, where: string) => {
    if (id !== null && !reliedOn.has(id)) reliedOn.set(id, where);
  };
  for (const entry of input.callTree?.entries ?? []) rely(entry.contactId, 'is in the call tree');
  for (const team of input.teams) for (const id of team.memberIds) rely(id, `is in “${team.name}”`);
  for (const runbook of input.runbooks) {
    for (const step of runbook.steps) {
      rely(step.responsibleId, 'is named in a runbook');
      rely(step.escalateToId, 'is named in a runbook');
    }
  }
  const oldest = monthsBefore(input.today, CONTACT_MAX_AGE_MONTHS);
  const findings: Finding[] = [];
  for (const contact of input.contacts) {
    const verified = contact.lastVerified;
    if (verified !== null && verified >= oldest) continue;
    const where = reliedOn.get(contact.id);
    findings.push({
      code: 'CONTACT_UNVERIFIED',
      severity: where ? 'medium' : 'low',
      subject: { kind: 'contact', id: contact.id, name: contact.name || 'Unnamed contact' },
      field: 'lastVerified',
      message: `${verified === null ? 'Their details have never been verified' : `Their details were last verified on ${verified}, more than ${CONTACT_MAX_AGE_MONTHS} months ago`}${where ? `, and the plan relies on them: this person ${where}` : ''}.`,
      fix: 'Call or message them to confirm their numbers and e-mail, correct what changed, and set today as the date verified.',
    });
  }
  return findings;
}

/**
 * VENDOR_SLA_EXCEEDS_RTO: a vendor's contract promises to restore a
 * system later than its RTO, so the RTO cannot be met when that vendor is
 * what failed. High: the gap is written into a contract. About the system,
 * since its RTO is what is at risk.
 */
export function vendorSlaFindings(
  systems: readonly Pick<System, 'id' | 'name' | 'rto'>[],
  vendors: readonly Pick<Vendor, 'name' | 'slaRestoreMinutes' | 'systemIds'>[],
): Finding[] {
  const byId = new Map(systems.map((system) => [system.id, system]));
  const findings: Finding[] = [];
  for (const vendor of vendors) {
    const sla = vendor.slaRestoreMinutes;
    if (sla === null) continue;
    for (const id of vendor.systemIds) {
      const system = byId.get(id);
      const rto = system?.rto ?? null;
      if (!system || rto === null || rto >= sla) continue;
      findings.push({
        code: 'VENDOR_SLA_EXCEEDS_RTO',
        severity: 'high',
        subject: { kind: 'system', id: system.id, name: system.name || 'Unnamed system' },
        field: 'rto',
        message: `${vendor.name} provides it and promises to restore service within ${formatDuration(sla)}, longer than its RTO of ${formatDuration(rto)}.`,
        fix: `Negotiate a restore time of ${formatDuration(rto)} or less with ${vendor.name}, add a standby that does not depend on them, or agree an RTO of at least ${formatDuration(sla)}.`,
      });
    }
  }
  return findings;
}
