import { webcrypto } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../shared/bundle/content-hash';
import { contentOf, planSnapshotSchema, type PlanSnapshot } from '../../../shared/bundle/snapshot';
import { documentMeta } from '../../../shared/export/document/document-meta';
import { analyseSnapshot } from '../../../shared/analysis/plan-analysis';
import { pdfText, planDocumentOf, renderPlanPdf, writeTempPdf } from '../../support/plan-pdf';
import { samplePlan, sequentialIds } from '../../support/sample-plan';

const approvers = [
  { id: '00000000-0000-4000-8000-0000000aaaa1', name: 'Alex Chief', title: 'CIO', approvedOn: '2026-11-20' },
  {
    id: '00000000-0000-4000-8000-0000000aaaa2',
    name: 'Sam Risk',
    title: 'Head of risk',
    approvedOn: '2026-11-19',
  },
];

/** The sample plan approved twice (versions 1 and 2), in the given status now. */
async function withHistory(status: 'approved' | 'draft'): Promise<PlanSnapshot> {
  const sample = samplePlan();
  const ids = sequentialIds(9000);
  const plan = {
    ...sample.plan,
    owner: 'Dana Owner',
    distribution: 'IT operations\nService desk',
    status: 'approved' as const,
    approvers,
  };
  const content = contentOf({ ...sample, plan });
  const revision = async (number: number, approvedAt: string, changeSummary: string) => ({
    id: ids(),
    planId: plan.id,
    number,
    approvedAt,
    author: 'Dana Owner',
    changeSummary,
    approvals: approvers,
    contentHash: await contentHash(webcrypto, content),
    content,
    createdAt: approvedAt,
    updatedAt: approvedAt,
  });
  const revisions = [
    await revision(1, '2026-06-01T10:00:00.000Z', 'First approved version.'),
    await revision(2, '2026-11-20T10:00:00.000Z', 'Faster CRM recovery.'),
  ];
  const current =
    status === 'approved'
      ? plan
      : { ...plan, status, approvers: approvers.map((a) => ({ ...a, approvedOn: null })) };
  return planSnapshotSchema.parse({ ...sample, plan: current, revisions });
}

describe('document control from the revision history', () => {
  it('an approved plan: version, approvals with dates, revision record, distribution list', async () => {
    const document = await planDocumentOf(await withHistory('approved'));
    const path = writeTempPdf(await renderPlanPdf(document));
    copyFileSync(path, '/tmp/drp-approved.pdf');
    const page = pdfText(path, 4);
    expect(page).toContain('Version 2, approved 2026-11-20');
    expect(page).toMatch(/Alex Chief\s+CIO\s+2026-11-20/);
    expect(pdfText(path)).toContain('Faster CRM recovery.');
    expect(pdfText(path)).toContain('Service desk');
  });

  it('a draft after approval: "Draft of version 3, changes since version 2" on the page and the runbook book', async () => {
    const snapshot = await withHistory('draft');
    const document = await planDocumentOf(snapshot);
    const path = writeTempPdf(await renderPlanPdf(document));
    copyFileSync(path, '/tmp/drp-draft.pdf');
    expect(pdfText(path, 4)).toContain('Draft of version 3, changes since version 2 of 2026-11-20');
    const meta = documentMeta(
      {
        snapshot,
        analysis: analyseSnapshot(snapshot, '2026-11-23'),
        contentHash: 'a'.repeat(64),
        generatedAt: '2026-11-23T09:00:00.000Z',
      },
      { title: 'Runbooks', kind: 'Runbook book' },
    );
    expect(meta.version).toBe('Draft of version 3, changes since version 2 of 2026-11-20');
  });
});
