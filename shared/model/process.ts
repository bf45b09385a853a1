import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';
import { durationSchema } from './duration';
import { emptyImpactGrid, impactGridSchema } from './impact';
import { tierSchema } from './system';

/** Loss per hour is optional and in the plan's currency; nobody's hourly loss reaches a trillion. */
export const MAX_LOSS_PER_HOUR = 1e12;

/** The fields a user edits, each validated on its own so a single control can autosave. */
export const processFieldSchemas = {
  name: requiredTextSchema('Process name', 200),
  owner: textSchema('Owner', 200),
  description: textSchema('Description', 5000),
  /** The systems this process needs, by id: a system can support several processes. */
  systemIds: z.array(idSchema).refine((ids) => new Set(ids).size === ids.length, {
    error: 'A system is listed twice',
  }),
  impact: impactGridSchema,
  lossPerHour: z
    .number({ error: 'Loss per hour must be a number' })
    .min(0, { error: 'Loss per hour cannot be negative' })
    .max(MAX_LOSS_PER_HOUR, { error: 'Loss per hour is too large' })
    .nullable(),
  /** Set by hand when the derived MTD is wrong; null follows the impact ratings. */
  mtdOverride: durationSchema('MTD'),
  mtdOverrideReason: textSchema('Reason', 2000),
  /** Set by hand; null follows the suggestion from the MTD. */
  tierOverride: tierSchema,
} as const;

export type ProcessField = keyof typeof processFieldSchemas;

export const processSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  ...processFieldSchemas,
  position: z.number().int().nonnegative(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type BusinessProcess = z.infer<typeof processSchema>;
export type ProcessEdits = Partial<Pick<BusinessProcess, ProcessField>>;
export const processEditsSchema = z.strictObject(processFieldSchemas).partial();

export function newProcessDefaults(name: string): Pick<BusinessProcess, ProcessField> {
  return {
    name,
    owner: '',
    description: '',
    systemIds: [],
    impact: emptyImpactGrid(),
    lossPerHour: null,
    mtdOverride: null,
    mtdOverrideReason: '',
    tierOverride: null,
  };
}
