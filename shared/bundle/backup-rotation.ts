import { isEventReason, type BackupInfo } from './backup';

/** The newest this many backups of a plan are always kept. */
export const KEEP_LATEST = 10;
/** Over this many calendar days (today included), the newest backup of each day is kept. */
export const KEEP_DAYS = 14;

export interface RotationOptions {
  /** The moment the rotation runs (ISO timestamp). */
  now: string;
  /**
   * The calendar day, as YYYY-MM-DD, that a timestamp falls on for the user. The caller decides
   * whose calendar (the renderer uses the computer's local time): "one a day" means the user's day.
   */
  dayKey: (timestamp: string) => string;
  keepLatest?: number;
  keepDays?: number;
}

type Rotated = Pick<BackupInfo, 'id' | 'takenAt' | 'reason'>;

/**
 * Which of one plan's backups to delete. Kept: the newest `keepLatest`; the newest of each of the
 * last `keepDays` days; and every backup taken before the app changed the plan wholesale (an import,
 * a replace, a restore, an Undo of one, a database upgrade) within those days.
 *
 * Why those event backups are kept through the whole window rather than counted like the rest:
 * they hold the plan as it was before something the user did not type. An afternoon of editing
 * makes ten automatic backups in 2½ hours, which would push the "before the import" copy out of
 * the newest ten the same day, and it is rarely the newest of its day either. The mistake they
 * undo is often noticed days later. They are not kept for ever: after the window they are
 * treated like any other, so a plan imported every day does not grow its folder without end.
 */
export function backupsToDelete(backups: readonly Rotated[], options: RotationOptions): string[] {
  const keepLatest = options.keepLatest ?? KEEP_LATEST;
  const keepDays = options.keepDays ?? KEEP_DAYS;
  const newestFirst = [...backups].sort(newerFirst);
  const firstDay = addDays(options.dayKey(options.now), -(keepDays - 1));

  const keep = new Set(newestFirst.slice(0, keepLatest).map((backup) => backup.id));
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const day = options.dayKey(backup.takenAt);
    // A backup dated after today (the clock was put back) is within the window: never lose it.
    if (day < firstDay) continue;
    if (!daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(backup.id);
    }
    if (isEventReason(backup.reason)) keep.add(backup.id);
  }
  return newestFirst.filter((backup) => !keep.has(backup.id)).map((backup) => backup.id);
}

function newerFirst(a: Rotated, b: Rotated): number {
  const byTime = Date.parse(b.takenAt) - Date.parse(a.takenAt);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Calendar arithmetic on a YYYY-MM-DD day: the day `days` later (or earlier). Done on the calendar,
 * not by adding 24 hours to a moment, which skips or repeats a day around a daylight-saving change.
 */
export function addDays(day: string, days: number): string {
  const match = DAY_KEY.exec(day);
  if (!match) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
  const [, year, month, date] = match;
  const moved = new Date(Date.UTC(Number(year), Number(month) - 1, Number(date) + days));
  return moved.toISOString().slice(0, 10);
}
