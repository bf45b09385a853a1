/** Timestamps and ids for new records; the renderer owns the clock, shared/ never does. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return crypto.randomUUID();
}

/** Today's date on this computer's calendar (not UTC), as YYYY-MM-DD: what "today" means to the user. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
