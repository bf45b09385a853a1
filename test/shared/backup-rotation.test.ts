import { describe, expect, it } from 'vitest';
import type { BackupReason } from '../../shared/bundle/backup';
import { addDays, backupsToDelete, KEEP_DAYS, KEEP_LATEST } from '../../shared/bundle/backup-rotation';

const utcDay = (timestamp: string) => timestamp.slice(0, 10);
const NOW = '2026-11-23T12:00:00.000Z';

let counter = 0;
function backup(takenAt: string, reason: BackupReason = 'automatic') {
  counter += 1;
  return { id: `b${String(counter).padStart(4, '0')}`, takenAt, reason };
}

/** Backups every `minutes` going back from `from`. */
function every(minutes: number, count: number, from = NOW, reason: BackupReason = 'automatic') {
  return Array.from({ length: count }, (_, index) =>
    backup(new Date(Date.parse(from) - index * minutes * 60_000).toISOString(), reason),
  );
}

const kept = (all: { id: string }[], deleted: string[]) =>
  all.filter((b) => !deleted.includes(b.id)).map((b) => b.id);

describe('backupsToDelete', () => {
  it('keeps everything while there are at most ten', () => {
    const ten = every(15, KEEP_LATEST);
    expect(backupsToDelete(ten, { now: NOW, dayKey: utcDay })).toEqual([]);
  });

  it('of one day’s automatic backups keeps the newest ten, oldest deleted first', () => {
    const day = every(15, 30);
    const deleted = backupsToDelete(day, { now: NOW, dayKey: utcDay });
    expect(kept(day, deleted)).toEqual(day.slice(0, 10).map((b) => b.id));
    expect(deleted).toEqual(day.slice(10).map((b) => b.id));
  });

  it('keeps the newest of each of the last 14 days, today included, and nothing older', () => {
    // Four backups a day for 20 days, the first at 11:00 today.
    const days = Array.from({ length: 20 }, (_, day) =>
      every(60, 4, new Date(Date.parse('2026-11-23T11:00:00.000Z') - day * 86_400_000).toISOString()),
    );
    const all = days.flat();
    const keptIds = kept(all, backupsToDelete(all, { now: NOW, dayKey: utcDay }));
    const newestOfDay = days.slice(0, KEEP_DAYS).map((day) => day[0]?.id);
    // Newest ten: today's four, yesterday's four and two of the day before.
    expect(keptIds).toEqual([...all.slice(0, 10).map((b) => b.id), ...newestOfDay.slice(3)]);
    expect(keptIds).toHaveLength(10 + KEEP_DAYS - 3);
    // Day 15 and older: gone, even the newest of the day.
    expect(keptIds).not.toContain(days[KEEP_DAYS]?.[0]?.id);
  });

  it('keeps backups taken before an import, replace, restore or upgrade for the whole 14 days', () => {
    const before = [
      backup('2026-11-20T09:00:00.000Z', 'before-import-replace'),
      backup('2026-11-20T09:05:00.000Z', 'before-restore'),
      backup('2026-11-19T09:00:00.000Z', 'before-migration'),
      backup('2026-11-18T09:00:00.000Z', 'before-import'),
      backup('2026-11-18T09:01:00.000Z', 'before-undo-of-import'),
    ];
    // An afternoon of editing since: far more than ten automatic backups today.
    const today = every(15, 20);
    const all = [...before, ...today];
    const keptIds = kept(all, backupsToDelete(all, { now: NOW, dayKey: utcDay }));
    for (const event of before) expect(keptIds).toContain(event.id);
  });

  it('treats event backups older than 14 days like any other', () => {
    const old = backup('2026-11-01T09:00:00.000Z', 'before-import-replace');
    const recent = every(15, 12);
    const deleted = backupsToDelete([old, ...recent], { now: NOW, dayKey: utcDay });
    expect(deleted).toContain(old.id);
  });

  it('counts days on the user’s calendar, which the caller gives', () => {
    // 23:30 UTC on the 22nd is already the 23rd in UTC+1: the same day as the newer backup there.
    const late = backup('2026-11-22T23:30:00.000Z');
    const morning = backup('2026-11-23T08:00:00.000Z');
    const filler = every(1, 10, '2026-11-23T11:59:00.000Z');
    const all = [late, morning, ...filler];
    const utcPlusOne = (timestamp: string) =>
      new Date(Date.parse(timestamp) + 3_600_000).toISOString().slice(0, 10);
    expect(backupsToDelete(all, { now: NOW, dayKey: utcDay })).toEqual([morning.id]);
    expect(backupsToDelete(all, { now: NOW, dayKey: utcPlusOne }).sort()).toEqual(
      [late.id, morning.id].sort(),
    );
  });

  it('never deletes a backup dated after today (the clock was put back)', () => {
    const future = backup('2026-12-30T09:00:00.000Z');
    const all = [future, ...every(15, 15)];
    expect(backupsToDelete(all, { now: NOW, dayKey: utcDay })).not.toContain(future.id);
  });

  it('does not depend on the order it is given', () => {
    const all = every(30, 40);
    const options = { now: NOW, dayKey: utcDay };
    expect(backupsToDelete([...all].reverse(), options).sort()).toEqual(backupsToDelete(all, options).sort());
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-23', -13, '2026-11-10'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
    // Around the end of summer time in Europe (25 October 2026): still one day per day.
    ['2026-10-26', -1, '2026-10-25'],
  ])('%s %d days → %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('refuses what is not a calendar day', () => {
    expect(() => addDays('23/11/2026', 1)).toThrow(RangeError);
  });
});
