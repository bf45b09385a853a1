import { ANALYSIS_VERSION } from '../../../analysis/plan-analysis';
import { PLAN_STATUS_LABELS } from '../../../model/plan';
import { latestRevision } from '../../../revisions/version';
import { CLASSIFICATION, planVersionLabel } from '../document-meta';
import type { Block, DocumentSection } from '../model';
import type { PlanContext } from './context';
import { rolesOf } from './people';
import { paragraph, section } from './sections';

export function planVersion(context: Pick<PlanContext, 'snapshot'>): string {
  return planVersionLabel(context.snapshot);
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
    ['Status', PLAN_STATUS_LABELS[plan.status]],
    ['Plan owner', plan.owner || 'Not recorded'],
    [
      'Review cycle',
      `Every ${String(plan.reviewCycleMonths)} ${plan.reviewCycleMonths === 1 ? 'month' : 'months'}`,
    ],
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
    section('approvals', 'Approvals', approvalBlocks(context, version)),
    section('revisions', 'Revision record', [revisionTable(context, version)]),
    section('distribution', 'Distribution list', distributionBlocks(context)),
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

/** Approved: who approved this version and when. Otherwise: who is to approve it, with lines to sign. */
function approvalBlocks(context: PlanContext, version: string): Block[] {
  const { plan } = context.snapshot;
  const hash = context.contentHash.slice(0, 12);
  const columns = ['Name', 'Title', 'Date', 'Signature'];
  const rows = plan.approvers.map((approver) => [
    approver.name,
    approver.title || 'Not recorded',
    approver.approvedOn ?? 'Not yet approved',
    '',
  ]);
  if (plan.status === 'approved') {
    return [
      paragraph(
        `${version}. Approved in DR Planner by everyone below, with the date each approved (content hash ${hash}).`,
      ),
      { kind: 'signatures', columns, rows, blankRows: 0 },
    ];
  }
  const intro =
    plan.approvers.length === 0
      ? `No approvers are named for this plan yet. This document is a draft (${version}, content hash ${hash}) and is not approved.`
      : `This document is a draft (${version}, content hash ${hash}) and is not approved. By signing, the approver confirms this version.`;
  return [
    paragraph(intro),
    { kind: 'signatures', columns, rows, blankRows: plan.approvers.length === 0 ? 3 : 0 },
  ];
}

/** Every approved version, newest first, then the current draft when there are changes since. */
function revisionTable(context: PlanContext, version: string): Block {
  const { plan, revisions } = context.snapshot;
  const latest = latestRevision(revisions);
  const rows = [...revisions]
    .sort((a, b) => b.number - a.number)
    .map((revision) => [
      `Version ${String(revision.number)}`,
      revision.approvedAt.slice(0, 10),
      revision.author || 'Not recorded',
      `${revision.changeSummary} (content hash ${revision.contentHash.slice(0, 12)})`,
    ]);
  if (plan.status !== 'approved') {
    rows.unshift([
      version,
      context.lastChanged,
      plan.owner || 'Not recorded',
      latest
        ? `Current draft, not yet approved: changes since version ${String(latest.number)}.`
        : 'Current draft. No earlier revisions are recorded.',
    ]);
  }
  return {
    kind: 'table',
    columns: [
      { header: 'Version', weight: 1.4 },
      { header: 'Date', weight: 1 },
      { header: 'Author', weight: 1.2 },
      { header: 'Change summary', weight: 3 },
    ],
    rows,
    empty: 'No revisions recorded.',
  };
}

/** The plan's own distribution list, then everyone the plan names, who need a copy to act on it. */
function distributionBlocks(context: PlanContext): Block[] {
  const recipients = context.snapshot.plan.distribution
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return [
    recipients.length > 0
      ? { kind: 'list', ordered: false, items: recipients }
      : paragraph('No distribution list is recorded for this plan.', 'warning'),
    paragraph('Everyone the plan names also holds a copy, so that they can act on it in an outage.'),
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
      empty: 'No contacts recorded yet.',
    },
  ];
}
