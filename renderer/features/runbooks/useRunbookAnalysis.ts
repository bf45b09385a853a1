import { useMemo } from 'react';
import { analysePlan, type PlanAnalysis } from '../../../shared/analysis/plan-analysis';
import type { Plan } from '../../../shared/model/plan';
import { todayIso } from '../../db/clock';
import { usePlanContent, type PlanContent } from '../plans/usePlanContent';

/** The plan's content and its analysis, live; undefined while loading. */
export function useRunbookAnalysis(
  plan: Pick<Plan, 'id' | 'mtdThreshold'>,
): { content: PlanContent; analysis: PlanAnalysis } | undefined {
  const content = usePlanContent(plan.id);
  return useMemo(
    () =>
      content
        ? {
            content,
            analysis: analysePlan({ ...content, mtdThreshold: plan.mtdThreshold, today: todayIso() }),
          }
        : undefined,
    [content, plan.mtdThreshold],
  );
}
