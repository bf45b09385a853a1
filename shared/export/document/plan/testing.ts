import { SEVERITIES, SEVERITY_LABELS } from '../../../analysis/findings';
import { CONTACT_MAX_AGE_MONTHS } from '../../../model/contact';
import { latestRevision } from '../../../revisions/version';
import { monthsAfter } from '../../../analysis/test-review-progress';
import type { DocumentSection } from '../model';
import type { PlanContext } from './context';
import { exerciseActionBlocks, exerciseLogBlocks } from './exercise-log';
import { paragraph, section } from './sections';

/** 9. Testing and maintenance: exercises, open findings, review. */
export function testingSection(context: PlanContext): DocumentSection {
  const { findings } = context.analysis;
  const unverified = new Set(
    findings.filter((finding) => finding.code === 'CONTACT_UNVERIFIED').map((finding) => finding.subject.id),
  );
  const contacts = context.snapshot.contacts.length;
  return section(
    'testing',
    'Testing and maintenance',
    [],
    [
      section('exercises', 'Exercise schedule and log', exerciseLogBlocks(context)),
      section('open-findings', 'Findings and actions', [
        paragraph(
          findings.length === 0
            ? 'The analysis finds no gaps in this plan.'
            : 'Gaps the analysis finds in this plan, by severity. Each is listed with what to do in the appendix on findings.',
        ),
        {
          kind: 'table',
          columns: [
            { header: 'Severity', weight: 1 },
            { header: 'Findings', weight: 1, align: 'right' },
          ],
          rows: SEVERITIES.map((severity) => [
            SEVERITY_LABELS[severity],
            String(findings.filter((finding) => finding.severity === severity).length),
          ]),
          empty: '',
        },
        ...exerciseActionBlocks(context),
      ]),
      section('review', 'Review cycle', [
        paragraph(reviewText(context)),
        paragraph(
          contacts === 0
            ? 'No contacts are recorded, so none can be verified.'
            : `${contacts - unverified.size} of ${contacts} contacts were verified in the last ${CONTACT_MAX_AGE_MONTHS} months.`,
        ),
      ]),
    ],
  );
}

function reviewText(context: PlanContext): string {
  const { plan, revisions } = context.snapshot;
  const cycle = `The plan is reviewed every ${plan.reviewCycleMonths} months`;
  const latest = latestRevision(revisions);
  if (!latest)
    return `${cycle}. It has not been approved yet; it was last changed on ${context.lastChanged}.`;
  return `${cycle}. Version ${latest.number} was approved on ${latest.approvedAt.slice(0, 10)}; the next review is due by ${monthsAfter(latest.approvedAt.slice(0, 10), plan.reviewCycleMonths)}. The plan was last changed on ${context.lastChanged}.`;
}
