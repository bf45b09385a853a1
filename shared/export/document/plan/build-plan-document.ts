import { coverageMatrix } from '../coverage';
import type { DocumentSection, PlanDocument } from '../model';
import { numberedTitle, sectionNumbers } from '../numbering';
import { activationSection } from './activation';
import { appendicesSection } from './appendices';
import { biaSection } from './bia';
import { planContext, type PlanDocumentInput } from './context';
import { CLASSIFICATION } from '../document-meta';
import { documentControlSection, planVersion } from './document-control';
import { failurePointsSection } from './failure-points';
import { introductionSection } from './introduction';
import { operationsSection } from './operations';
import { reconstitutionSection } from './reconstitution';
import { recoverySection } from './recovery';
import { testingSection } from './testing';

export type { PlanDocumentInput } from './context';

/**
 * The full disaster-recovery plan as a document, in the order an auditor
 * expects (domain.md): document control, introduction, concept of operations,
 * BIA, failure points, activation, recovery, reconstitution, testing, and the
 * appendices with the coverage matrix. Only the plan's own data is printed;
 * what the plan does not record yet is said to be missing, never made up.
 */
export function buildPlanDocument(input: PlanDocumentInput): PlanDocument {
  const context = planContext(input);
  const { plan } = input.snapshot;
  const body: DocumentSection[] = [
    documentControlSection(context),
    introductionSection(context),
    operationsSection(context),
    biaSection(context),
    failurePointsSection(context),
    activationSection(context),
    recoverySection(context),
    reconstitutionSection(context),
    testingSection(context),
  ];
  // The appendices come last, so every section they refer to already has its number.
  const placeholder = appendicesSection(context, [], () => '');
  const numbers = sectionNumbers([...body, placeholder]);
  const titles = new Map<string, string>();
  const collect = (list: readonly DocumentSection[]) => {
    for (const each of list) {
      titles.set(each.id, each.title);
      collect(each.children);
    }
  };
  collect([...body, placeholder]);
  const label = (id: string) => numberedTitle(numbers.get(id) ?? '?', titles.get(id) ?? id);
  const appendices = appendicesSection(context, coverageMatrix(input.snapshot, input.analysis), label);

  return {
    meta: {
      title: plan.name,
      kind: 'Disaster recovery plan',
      planName: plan.name,
      organisation: plan.organisation,
      version: planVersion(context),
      contentHash: input.contentHash,
      generatedAt: input.generatedAt,
      classification: CLASSIFICATION,
    },
    tableOfContents: true,
    sections: [...body, appendices],
  };
}
