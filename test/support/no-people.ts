/** A plan without runbooks, people or vendors, for analysis tests that are about something else. */
export const NO_PEOPLE = {
  runbooks: [],
  contacts: [],
  teams: [],
  callTree: null,
  vendors: [],
  exercises: [],
  scenarios: [],
  workshop: null,
  revisions: [],
  /** A young plan, never approved: its review is not due, so PLAN_REVIEW_OVERDUE stays out of the way. */
  plan: { id: 'plan', name: 'Plan', createdAt: '2099-01-01T00:00:00.000Z', reviewCycleMonths: 12 },
  lastApprovedAt: null,
} as const;
