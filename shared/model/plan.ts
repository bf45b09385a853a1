import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';

export const PLAN_NAME_MAX = 200;

/** The fields a user types when creating or renaming a plan. */
export const planDetailsSchema = z.strictObject({
  name: requiredTextSchema('Plan name', PLAN_NAME_MAX),
  organisation: textSchema('Organisation', PLAN_NAME_MAX),
});

/** One organisation's DR plan. Everything else in the database hangs off a plan id. */
export const planSchema = z.strictObject({
  id: idSchema,
  ...planDetailsSchema.shape,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type PlanDetails = z.infer<typeof planDetailsSchema>;
export type Plan = z.infer<typeof planSchema>;

/** The name a duplicated plan gets, so the copy is never mistaken for the original. */
export function copyName(name: string): string {
  const suffix = ' (copy)';
  return (name + suffix).length > PLAN_NAME_MAX
    ? name.slice(0, PLAN_NAME_MAX - suffix.length) + suffix
    : name + suffix;
}
