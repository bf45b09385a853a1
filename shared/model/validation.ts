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

/** Longest stretch of a refused value a message repeats: enough to find it, not a pasted page. */
export const MAX_QUOTED = 60;

/**
 * A refused value inside a message, “in quotes”, trimmed and cut to
 * {@link MAX_QUOTED} characters (between whole characters): a CSV cell or a
 * pasted value can be megabytes long, and the message lists it per row.
 */
export function quoted(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_QUOTED) return `“${trimmed}”`;
  const characters = Array.from(trimmed);
  return characters.length <= MAX_QUOTED
    ? `“${trimmed}”`
    : `“${characters.slice(0, MAX_QUOTED - 1).join('')}…”`;
}
