import { ANALYSIS_VERSION } from '../../../analysis/plan-analysis';
import { CLASSIFICATION, draftVersion } from '../document-meta';
import type { DocumentSection } from '../model';
import type { PlanContext } from './context';
import { rolesOf } from './people';
import { paragraph, section } from './sections';

/** Until the plan records its own status and approvals, every export is a draft. */
export const PLAN_STATUS = 'Draft';

export function planVersion(context: Pick<PlanContext, 'snapshot'>): string {
  return draftVersion(context.snapshot);
}

/** "2026-11-23 09:00 UTC" from an ISO timestamp. */
export function timestampText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** 1. Document control: what this document is, who approved it, who holds it, how to handle it. */
export function documentControlSection(context: PlanContext): DocumentSection {
  const { plan } = context.snapshot;
  const version = planVersion(context);
  const fields: [string, string][] = [
    ['Plan', plan.name],
    ['Organisation', plan.organisation || 'Not recorded'],
    ['Version', version],
    ['Status', PLAN_STATUS],
    ['Plan created', plan.createdAt.slice(0, 10)],
    ['Last changed', context.lastChanged],
    ['Document generated', timestampText(context.generatedAt)],
    ['Content hash (SHA-256)', context.contentHash],
    ['Analysis version', String(ANALYSIS_VERSION)],
  ];
  if (plan.startedFromTemplate !== null) fields.push(['Started from template', plan.startedFromTemplate]);

  const blocks = [
    { kind: 'fields', rows: fields } as const,
    paragraph(
      'The content hash is a fingerprint of everything this plan says. Every page carries its first 12 characters: two printed copies with the same short hash say the same thing, and any change to the plan changes it.',
      'muted',
    ),
  ];
  if (plan.startedFromTemplate !== null) {
    blocks.push(
      paragraph(
        `This plan started from the example template “${plan.startedFromTemplate}”. Its systems, objectives and impact ratings are examples until the organisation has confirmed them.`,
        'warning',
      ),
    );
  }

  return section('document-control', 'Document control', blocks, [
    section('approvals', 'Approvals', [
      paragraph(
        `No approvals are recorded for this plan yet. By signing, the approver confirms this version (${version}, content hash ${context.contentHash.slice(0, 12)}).`,
      ),
      { kind: 'signatures', columns: ['Name', 'Title', 'Date', 'Signature'], rows: [], blankRows: 3 },
    ]),
    section('revisions', 'Revision record', [
      {
        kind: 'table',
        columns: [
          { header: 'Version', weight: 1.4 },
          { header: 'Date', weight: 1 },
          { header: 'Author', weight: 1.2 },
          { header: 'Change summary', weight: 3 },
        ],
        rows: [
          [version, context.lastChanged, 'Not recorded', 'Current draft. No earlier revisions are recorded.'],
        ],
        empty: 'No revisions recorded.',
      },
    ]),
    section('distribution', 'Distribution list', [
      paragraph('Everyone the plan names holds a copy, so that they can act on it in an outage.'),
      {
        kind: 'table',
        columns: [
          { header: 'Name', weight: 2 },
          { header: 'Role or title', weight: 2 },
          { header: 'Roles and teams in this plan', weight: 3 },
        ],
        rows: context.snapshot.contacts.map((contact) => [
          contact.name,
          [contact.title, contact.organisation].filter(Boolean).join(', ') || 'Not recorded',
          rolesOf(context, contact.id),
        ]),
        empty: 'No contacts recorded yet, so nobody is on the distribution list.',
      },
    ]),
    section('classification', 'Classification and handling', [
      paragraph(`Classification: ${CLASSIFICATION}.`),
      {
        kind: 'list',
        ordered: false,
        items: [
          'Keep copies where the people who act on the plan can reach them during an outage, and away from open desks.',
          'When a new version is issued, destroy the old copies; compare the short hash on each page with the current version.',
          'Do not write passwords or keys into this document; say where they are kept instead.',
        ],
      },
    ]),
  ]);
}
