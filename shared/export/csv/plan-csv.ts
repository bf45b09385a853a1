import Papa from 'papaparse';
import { processMtd, processTier } from '../../analysis/mtd';
import type { PlanAnalysis } from '../../analysis/plan-analysis';
import { SEVERITY_LABELS } from '../../analysis/findings';
import type { PlanSnapshot } from '../../bundle/snapshot';
import { DEPENDENCY_KIND_INFO } from '../../model/dependency';
import { formatDuration, formatOptionalDuration } from '../../model/duration';
import { IMPACT_RATINGS, IMPACT_RATING_LABELS, TIME_BUCKETS, worstByBucket } from '../../model/impact';
import { csvFileName, systemsToCsv } from '../systems-csv';
import { FORMULA_CELL, spreadsheetCell } from './spreadsheet-cells';

export interface CsvFile {
  fileName: string;
  text: string;
}

/**
 * The plan as one CSV file per table, for spreadsheets and audits: systems
 * with their objectives (the same columns the CSV import reads), processes,
 * dependencies, contacts, vendors and findings. Other records are named,
 * never given by id. As in the systems CSV, a cell a spreadsheet would run as
 * a formula (=, +, -, @ …) is escaped with a leading apostrophe.
 */
export function planCsvFiles(snapshot: PlanSnapshot, analysis: Pick<PlanAnalysis, 'findings'>): CsvFile[] {
  const { plan } = snapshot;
  const names = new Map<string, string>([
    ...snapshot.systems.map((system) => [system.id, system.name || 'Unnamed system'] as const),
    ...snapshot.processes.map((process) => [process.id, process.name || 'Unnamed process'] as const),
    ...snapshot.contacts.map((contact) => [contact.id, contact.name || 'Unnamed contact'] as const),
  ]);
  const nameOf = (id: string) => names.get(id) ?? 'a removed record';
  const byPosition = <T extends { position: number }>(records: readonly T[]) =>
    [...records].sort((a, b) => a.position - b.position);
  const file = (what: string, text: string): CsvFile => ({ fileName: csvFileName(plan, what), text });

  return [
    file('systems', systemsToCsv(byPosition(snapshot.systems))),
    file(
      'processes',
      toCsv(
        [
          'Name',
          'Owner',
          'Description',
          'Systems it needs',
          'Tier',
          'MTD',
          `Loss per hour (${plan.currency})`,
          ...TIME_BUCKETS.map((bucket) => `Worst impact after ${bucket.short}`),
        ],
        byPosition(snapshot.processes).map((process) => {
          const mtd = processMtd(process, plan.mtdThreshold);
          const tier = processTier(process, plan.mtdThreshold);
          return [
            process.name,
            process.owner,
            process.description,
            process.systemIds.map(nameOf).join('; '),
            tier === null ? '' : String(tier),
            mtd.minutes !== null ? formatDuration(mtd.minutes) : mtd.beyond ? 'More than 1 week' : '',
            process.lossPerHour === null ? '' : String(process.lossPerHour),
            ...worstByBucket(process.impact).map((level) => {
              const rating = level === null ? undefined : IMPACT_RATINGS[level];
              return rating ? IMPACT_RATING_LABELS[rating] : '';
            }),
          ];
        }),
      ),
    ),
    file(
      'dependencies',
      toCsv(
        ['Dependent', 'Dependent is a', 'Kind', 'Needs', 'Workaround'],
        snapshot.dependencies.map((dependency) => [
          nameOf(dependency.dependentId),
          dependency.dependentKind === 'system' ? 'System' : 'Process',
          DEPENDENCY_KIND_INFO[dependency.kind].label,
          dependency.targetIds.map(nameOf).join(dependency.kind === 'alternatives' ? ' or ' : '; '),
          dependency.workaround,
        ]),
      ),
    ),
    file(
      'contacts',
      toCsv(
        [
          'Name',
          'Role or title',
          'Organisation',
          'Phones',
          'E-mail',
          'Alternate',
          'Roles and teams',
          'Last verified',
          'Notes',
        ],
        byPosition(snapshot.contacts).map((contact) => [
          contact.name,
          contact.title,
          contact.organisation,
          contact.phones
            .map((phone) => (phone.label ? `${phone.label}: ${phone.number}` : phone.number))
            .join('; '),
          contact.email,
          contact.alternateId === null ? '' : nameOf(contact.alternateId),
          byPosition(snapshot.teams)
            .filter((team) => team.memberIds.includes(contact.id))
            .map((team) => team.name)
            .join('; '),
          contact.lastVerified ?? 'Never',
          contact.notes,
        ]),
      ),
    ),
    file(
      'vendors',
      toCsv(
        [
          'Name',
          'Service',
          'Systems provided',
          'Contract number',
          'Account id',
          'Support phone',
          'Support e-mail',
          'Support portal',
          'SLA response',
          'SLA restore',
          'Escalation contacts',
          'Notes',
        ],
        byPosition(snapshot.vendors).map((vendor) => [
          vendor.name,
          vendor.service,
          vendor.systemIds.map(nameOf).join('; '),
          vendor.contractNumber,
          vendor.accountId,
          vendor.supportPhone,
          vendor.supportEmail,
          vendor.supportPortal,
          formatOptionalDuration(vendor.slaResponseMinutes, ''),
          formatOptionalDuration(vendor.slaRestoreMinutes, ''),
          vendor.escalation
            .map((person) =>
              [person.name, person.title, person.phone, person.email].filter(Boolean).join(', '),
            )
            .join('; '),
          vendor.notes,
        ]),
      ),
    ),
    file(
      'findings',
      toCsv(
        ['Code', 'Severity', 'Subjects', 'Message', 'Fix'],
        analysis.findings.map((finding) => [
          finding.code,
          SEVERITY_LABELS[finding.severity],
          [finding.subject.name, ...(finding.related ?? []).map(nameOf)].join('; '),
          finding.message,
          finding.fix,
        ]),
      ),
    ),
  ];
}

function toCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    { fields: [...fields], data: rows.map((row) => row.map(spreadsheetCell)) },
    { escapeFormulae: FORMULA_CELL, newline: '\r\n' },
  );
}
