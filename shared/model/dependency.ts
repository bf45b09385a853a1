import { z } from 'zod';
import { idSchema, textSchema, timestampSchema } from './common';

/**
 * "A needs B". hard: A is down when B is down. degraded: A keeps working with
 * reduced function (the workaround says how). alternatives: A needs at least
 * one of B1..Bn, e.g. two internet links.
 */
export const DEPENDENCY_KINDS = ['hard', 'degraded', 'alternatives'] as const;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];

export const DEPENDENCY_KIND_INFO = {
  hard: { label: 'Needs', hint: 'down when it is down' },
  degraded: { label: 'Works worse without', hint: 'keeps going with reduced function or a workaround' },
  alternatives: { label: 'Needs one of', hint: 'down only when every one of them is down' },
} as const satisfies Record<DependencyKind, { label: string; hint: string }>;

export const dependencySchema = z
  .strictObject({
    id: idSchema,
    planId: idSchema,
    /** The system or process that needs the targets. */
    dependentId: idSchema,
    dependentKind: z.enum(['system', 'process']),
    kind: z.enum(DEPENDENCY_KINDS, { error: 'The kind must be hard, degraded or alternatives' }),
    /** The systems it needs: one for hard and degraded, two or more for alternatives. */
    targetIds: z.array(idSchema),
    /** For degraded dependencies: how work goes on without the target. */
    workaround: textSchema('Workaround', 2000),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .superRefine((dependency, context) => {
    const count = dependency.targetIds.length;
    if (new Set(dependency.targetIds).size !== count) {
      context.addIssue({ code: 'custom', path: ['targetIds'], message: 'A system is listed twice' });
    }
    if (dependency.targetIds.includes(dependency.dependentId)) {
      context.addIssue({ code: 'custom', path: ['targetIds'], message: 'Nothing can depend on itself' });
    }
    if (dependency.kind === 'alternatives' ? count < 2 : count !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['targetIds'],
        message:
          dependency.kind === 'alternatives'
            ? 'Alternatives need at least two systems, any one of which is enough'
            : 'A hard or degraded dependency names exactly one system',
      });
    }
  });

export type Dependency = z.infer<typeof dependencySchema>;
