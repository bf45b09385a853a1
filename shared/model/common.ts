import { z } from 'zod';

/** Every record id is a random UUID, created by the process that creates the record. */
export const idSchema = z.uuid({ error: 'must be a valid id (UUID)' });

/** Timestamps are ISO 8601 strings in UTC, as produced by `Date.prototype.toISOString()`. */
export const timestampSchema = z.iso.datetime({ error: 'must be a date and time (ISO 8601, UTC)' });

/** Free text the user types: trimmed, with a length limit named in the message. */
export function textSchema(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} can be at most ${max} characters` });
}

/** Like {@link textSchema}, but may not be empty. */
export function requiredTextSchema(label: string, max: number) {
  return textSchema(label, max).min(1, { error: `${label} is required` });
}
