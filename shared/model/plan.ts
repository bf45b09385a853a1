import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';
import { DEFAULT_MTD_THRESHOLD, mtdThresholdSchema } from './impact';
import { dateSchema } from './system';

export const PLAN_NAME_MAX = 200;

/** The fields a user types when creating or renaming a plan. */
export const planDetailsSchema = z.strictObject({
  name: requiredTextSchema('Plan name', PLAN_NAME_MAX),
  organisation: textSchema('Organisation', PLAN_NAME_MAX),
});

/** Plan-wide settings for the business impact analysis. */
export const planSettingsSchema = z.strictObject({
  /** ISO 4217 code for money figures such as loss per hour. */
  currency: z
    .string({ error: 'Currency must be text' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { error: 'Currency must be a three-letter code such as EUR, USD or GBP' }),
  /** The impact rating at which an outage becomes intolerable; MTD is the first time bucket reaching it. */
  mtdThreshold: mtdThresholdSchema,
});
export type PlanSettings = z.infer<typeof planSettingsSchema>;

export const DEFAULT_PLAN_SETTINGS: PlanSettings = { currency: 'EUR', mtdThreshold: DEFAULT_MTD_THRESHOLD };

/** draft → in review → approved; any edit to an approved plan starts the next draft. */
export const PLAN_STATUSES = ['draft', 'in-review', 'approved'] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES, {
  error: 'Status must be draft, in review or approved',
});
export type PlanStatus = z.infer<typeof planStatusSchema>;
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
};

export const MAX_APPROVERS = 50;

/** Someone who must approve this version of the plan; `approvedOn` is set when they have. */
export const approverSchema = z.strictObject({
  id: idSchema,
  name: requiredTextSchema('Approver name', 200),
  title: textSchema('Approver title', 200),
  approvedOn: dateSchema.nullable(),
});
export type Approver = z.infer<typeof approverSchema>;

/** How the plan is governed: who owns it, how often it is reviewed, who approves, who gets copies. */
export const planGovernanceSchema = z.strictObject({
  owner: textSchema('Plan owner', 200),
  /** A review is due this many months after the last approval. */
  reviewCycleMonths: z
    .number({ error: 'Review cycle must be a number of months' })
    .int({ error: 'Review cycle must be a whole number of months' })
    .min(1, { error: 'Review cycle must be at least 1 month' })
    .max(60, { error: 'Review cycle can be at most 60 months' }),
  status: planStatusSchema,
  approvers: z.array(approverSchema).max(MAX_APPROVERS),
  /** Who receives a copy: one name or role per line (the document control page lists them). */
  distribution: textSchema('Distribution list', 5000),
});
export type PlanGovernance = z.infer<typeof planGovernanceSchema>;

export const DEFAULT_REVIEW_CYCLE_MONTHS = 12;

/** A new plan's governance: a draft, nobody to approve yet, reviewed yearly. */
export function newPlanGovernance(): PlanGovernance {
  return {
    owner: '',
    reviewCycleMonths: DEFAULT_REVIEW_CYCLE_MONTHS,
    status: 'draft',
    approvers: [],
    distribution: '',
  };
}

/** One organisation's DR plan. Everything else in the database hangs off a plan id. */
export const planSchema = z.strictObject({
  id: idSchema,
  ...planDetailsSchema.shape,
  ...planSettingsSchema.shape,
  ...planGovernanceSchema.shape,
  /** The starter template's name when the plan began as an example, so screens can say its figures need checking. */
  startedFromTemplate: textSchema('Template', 200).nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type PlanDetails = z.infer<typeof planDetailsSchema>;
export type Plan = z.infer<typeof planSchema>;

/** The name a duplicated plan gets, so the copy is never mistaken for the original. */
export function copyName(name: string): string {
  const suffix = ' (copy)';
  if ((name + suffix).length <= PLAN_NAME_MAX) return name + suffix;
  // Cut between characters, not between the two halves of an emoji (a lone half prints as �).
  const end = PLAN_NAME_MAX - suffix.length;
  const split = /[\uD800-\uDBFF]/.test(name.charAt(end - 1)) && /[\uDC00-\uDFFF]/.test(name.charAt(end));
  return name.slice(0, split ? end - 1 : end) + suffix;
}
