/** Timestamps and ids for new records; the renderer owns the clock, shared/ never does. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return crypto.randomUUID();
}
