import type { z } from 'zod';

export type Validated<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs a schema and turns its issues into one sentence a user can act on:
 * each issue's message, prefixed with where it is ("redundancy.instances: …")
 * whenever the value was not a single field on its own.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: formatIssues(result.error.issues) };
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
