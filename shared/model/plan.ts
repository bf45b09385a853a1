import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';
import { DEFAULT_MTD_THRESHOLD, mtdThresholdSchema } from './impact';

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

/** One organisation's DR plan. Everything else in the database hangs off a plan id. */
export const planSchema = z.strictObject({
  id: idSchema,
  ...planDetailsSchema.shape,
  ...planSettingsSchema.shape,
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
