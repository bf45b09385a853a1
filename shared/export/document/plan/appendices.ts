import { SEVERITY_LABELS } from '../../../analysis/findings';
import { SYSTEM_TYPE_LABELS } from '../../../model/system';
import { COVERAGE_STATUS_LABELS, type CoverageRow } from '../coverage';
import type { DocumentSection } from '../model';
import type { PlanContext } from './context';
import { duration, nameList, orNone, phonesText, tierShort, verifiedText } from './format';
import { backupText, redundancyText } from './operations';
import { paragraph, section } from './sections';
import { workshopAppendix } from './workshop-appendix';

function vendorSupport(vendor: PlanContext['snapshot']['vendors'][number]): string {
  const lines = [vendor.supportPhone, vendor.supportEmail, vendor.supportPortal].filter(Boolean);
  return lines.length === 0 ? 'Not recorded' : lines.join('\n');
}

/**
 * 10. Appendices: contacts, vendors, the system inventory, every finding, and
 * the coverage matrix. `sectionLabel` turns a section id into "4.2 Impact over
 * time", which only the whole document knows.
 */
export function appendicesSection(
  context: PlanContext,
  coverage: readonly CoverageRow[],
  sectionLabel: (id: string) => string,
): DocumentSection {
  const { contacts, vendors, systems } = context.snapshot;
  const escalation = vendors.flatMap((vendor) =>
    vendor.escalation.map((person, index) => [
      vendor.name,
      String(index + 1),
      person.title ? `${person.name}\n${person.title}` : person.name,
      orNone(person.phone),
      orNone(person.email),
    ]),
  );

  return section(
    'appendices',
    'Appendices',
    [],
    [
      section('contacts', 'Contacts', [
        {
          kind: 'table',
          columns: [
            { header: 'Name', weight: 1.8 },
            { header: 'Role or title', weight: 1.6 },
            { header: 'Phone', weight: 2.2 },
            { header: 'E-mail', weight: 2 },
            { header: 'Alternate', weight: 1.5 },
            { header: 'Verified', weight: 1.1 },
          ],
          rows: contacts.map((contact) => [
            contact.name,
            [contact.title, contact.organisation].filter(Boolean).join(', ') || 'Not recorded',
            phonesText(contact),
            orNone(contact.email),
            contact.alternateId === null ? 'None' : (context.contact(contact.alternateId)?.name ?? 'None'),
            verifiedText(contact),
          ]),
          empty: 'No contacts recorded yet.',
        },
      ]),
      section('vendors', 'Vendors and service levels', [
        {
          kind: 'table',
          columns: [
            { header: 'Vendor', weight: 1.6 },
            { header: 'Service', weight: 1.7 },
            { header: 'Support', weight: 2 },
            { header: 'Contract / account', weight: 1.3 },
            { header: 'SLA response', weight: 1.1 },
            { header: 'SLA restore', weight: 1.1 },
            { header: 'Systems provided', weight: 1.8 },
          ],
          rows: vendors.map((vendor) => [
            vendor.name,
            orNone(vendor.service),
            vendorSupport(vendor),
            [vendor.contractNumber, vendor.accountId].filter(Boolean).join('\n') || 'Not recorded',
            duration(vendor.slaResponseMinutes),
            duration(vendor.slaRestoreMinutes),
            vendor.systemIds.length === 0
              ? 'None recorded'
              : nameList(vendor.systemIds.map(context.systemName)),
          ]),
          empty: 'No vendors recorded yet.',
        },
        {
          kind: 'table',
          caption: 'Escalation contacts at vendors, in order',
          columns: [
            { header: 'Vendor', weight: 1.8 },
            { header: 'Order', weight: 0.6, align: 'right' },
            { header: 'Name', weight: 2 },
            { header: 'Phone', weight: 1.6 },
            { header: 'E-mail', weight: 2 },
          ],
          rows: escalation,
          empty:
            vendors.length === 0
              ? 'No vendors recorded yet.'
              : 'No escalation contacts at vendors recorded yet.',
        },
      ]),
      section('inventory', 'System inventory', [
        {
          kind: 'table',
          columns: [
            { header: 'System', weight: 1.7 },
            { header: 'Type', weight: 1.45 },
            { header: 'Tier', weight: 0.7 },
            { header: 'Owner', weight: 1.25 },
            { header: 'Redundancy', weight: 1.5 },
            { header: 'RTO', weight: 0.75 },
            { header: 'RPO', weight: 0.75 },
            { header: 'Backup', weight: 1.45 },
            { header: 'Wave', weight: 0.7 },
          ],
          rows: systems.map((system) => [
            system.name,
            SYSTEM_TYPE_LABELS[system.type],
            tierShort(system.tier),
            orNone(system.owner),
            redundancyText(system),
            duration(system.rto),
            duration(system.rpo),
            backupText(system),
            String(context.systemAnalysis(system.id)?.wave ?? '–'),
          ]),
          empty: 'No systems recorded yet.',
        },
      ]),
      section('findings', 'Findings and gaps', [
        paragraph(
          `Every finding of the plan’s analysis on ${context.today}, most severe first. Codes are stable and can be tracked between versions.`,
          'muted',
        ),
        {
          kind: 'table',
          columns: [
            { header: 'Severity', weight: 0.8 },
            { header: 'About', weight: 1.6 },
            { header: 'Finding', weight: 3.3 },
            { header: 'What to do', weight: 3 },
          ],
          rows: context.analysis.findings.map((finding) => [
            SEVERITY_LABELS[finding.severity],
            finding.subject.name,
            `${finding.message}
Code: ${finding.code}`,
            finding.fix,
          ]),
          empty: 'The analysis finds no gaps in this plan.',
        },
      ]),
      ...[workshopAppendix(context.snapshot.workshop)].filter((found) => found !== null),
      section('coverage', 'Coverage of NIST SP 800-34 and ISO 22301', [
        paragraph(
          'Each item the standards expect of a contingency or business continuity plan (in our own short wording), the sections of this document that answer it, and whether this plan’s data does. “Partly” and “Missing” say what is still to do.',
          'muted',
        ),
        {
          kind: 'table',
          columns: [
            { header: 'Standard', weight: 1.1 },
            { header: 'Item', weight: 2.4 },
            { header: 'Sections', weight: 1.8 },
            { header: 'Status', weight: 0.9 },
            { header: 'Why', weight: 3 },
          ],
          rows: coverage.map((row) => [
            row.standard,
            row.item,
            row.sectionIds.length === 0 ? 'None' : row.sectionIds.map(sectionLabel).join('\n'),
            COVERAGE_STATUS_LABELS[row.status],
            row.why,
          ]),
          empty: '',
        },
      ]),
    ],
  );
}
