import { useMemo } from 'react';
import { analysePlan } from '../../../shared/analysis/plan-analysis';
import type { Finding } from '../../../shared/analysis/findings';
import type { Plan } from '../../../shared/model/plan';
import { todayIso } from '../../db/clock';
import { usePlanContent, type PlanContent } from '../plans/usePlanContent';

/** The plan's content with the findings about its contacts, by contact id; both live. */
export function usePeopleAnalysis(
  plan: Plan,
): { content: PlanContent; findingsOf: (id: string) => Finding[] } | undefined {
  const content = usePlanContent(plan.id);
  return useMemo(() => {
    if (!content) return undefined;
    const { findings } = analysePlan({ ...content, mtdThreshold: plan.mtdThreshold, today: todayIso() });
    const contactFindings = findings.filter((finding) => finding.subject.kind === 'contact');
    return {
      content,
      findingsOf: (id: string) => contactFindings.filter((finding) => finding.subject.id === id),
    };
  }, [content, plan.mtdThreshold]);
}
