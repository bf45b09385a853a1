import { SEVERITIES, SEVERITY_LABELS } from '../../../analysis/findings';
import { CONTACT_MAX_AGE_MONTHS } from '../../../model/contact';
import type { DocumentSection } from '../model';
import type { PlanContext } from './context';
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
      section('exercises', 'Exercise schedule and log', [
        {
          kind: 'table',
          columns: [
            { header: 'Date', weight: 1 },
            { header: 'Kind of exercise', weight: 1.5 },
            { header: 'Scope', weight: 2 },
            { header: 'Participants', weight: 2 },
            { header: 'Result', weight: 2 },
          ],
          rows: [],
          empty: 'No exercises recorded yet. The plan has not been tested.',
        },
      ]),
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
        paragraph('No follow-up actions with owners and due dates are recorded yet.', 'muted'),
      ]),
      section('review', 'Review cycle', [
        paragraph(`No review cycle is recorded yet. The plan was last changed on ${context.lastChanged}.`),
        paragraph(
          contacts === 0
            ? 'No contacts are recorded, so none can be verified.'
            : `${contacts - unverified.size} of ${contacts} contacts were verified in the last ${CONTACT_MAX_AGE_MONTHS} months.`,
        ),
      ]),
    ],
  );
}
