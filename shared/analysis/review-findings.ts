import type { Plan } from '../model/plan';
import { monthsBefore, type Finding } from './findings';

export interface ReviewFindingsInput {
  plan: Pick<Plan, 'id' | 'name' | 'createdAt' | 'reviewCycleMonths'>;
  /** When the newest approved version was frozen (ISO timestamp), or null: never approved. */
  lastApprovedAt: string | null;
  /** Today's date (YYYY-MM-DD). */
  today: string;
}

/**
 * PLAN_REVIEW_OVERDUE: the last approval is more than one review cycle old (due on the same day of the
 * month, one cycle later; overdue the day after), or the plan was never approved and was created more
 * than a cycle ago. A plan younger than its cycle is not yet due: its draft is still being written.
 */
export function reviewFindings(input: ReviewFindingsInput): Finding[] {
  const { plan, today } = input;
  const cycle = plan.reviewCycleMonths;
  const due = monthsBefore(today, cycle);
  const base = {
    code: 'PLAN_REVIEW_OVERDUE',
    severity: 'medium',
    subject: { kind: 'plan', id: plan.id, name: plan.name },
    field: 'reviewCycleMonths',
  } as const;
  const every = cycle === 1 ? 'every month' : `every ${String(cycle)} months`;
  if (input.lastApprovedAt === null) {
    const created = plan.createdAt.slice(0, 10);
    if (created >= due) return [];
    return [
      {
        ...base,
        message: `The plan has never been approved, although it was started on ${created} and is to be reviewed ${every}.`,
        fix: 'Add the approvers, submit the plan for review and record their approval.',
      },
    ];
  }
  const approved = input.lastApprovedAt.slice(0, 10);
  if (approved >= due) return [];
  return [
    {
      ...base,
      message: `The plan was last approved on ${approved}; it is to be reviewed ${every}, so the review is overdue.`,
      fix: 'Review the plan with its owner, submit it for review and have the approvers approve it again.',
    },
  ];
}
