import { z } from 'zod';
import { quoted, type Validated } from './validation';

/** Durations are stored as whole minutes; these are the units people type and read. */
const MINUTE = 1;
const HOUR = 60;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Nothing in a DR plan is sensibly measured in more than a year. */
export const MAX_DURATION_MINUTES = 365 * DAY;

const UNITS: Record<string, number> = {
  m: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  minute: MINUTE,
  minutes: MINUTE,
  h: HOUR,
  hr: HOUR,
  hrs: HOUR,
  hour: HOUR,
  hours: HOUR,
  d: DAY,
  day: DAY,
  days: DAY,
  w: WEEK,
  wk: WEEK,
  wks: WEEK,
  week: WEEK,
  weeks: WEEK,
  // A month is only ever an approximation here; 30 days is what people mean by "a month's backups".
  mo: 30 * DAY,
  month: 30 * DAY,
  months: 30 * DAY,
};

const EXAMPLES = '“30 min”, “4 h”, “2 days” or “1 week”';

/**
 * Reads what a person types for RTO, RPO, WRT, MTD or an interval: "30 min",
 * "4h", "1.5 h", "2 d", "1 week", "1 h 30 min", or "1:30" (hours:minutes).
 * Empty text means "not set" (null). A bare number is refused rather than
 * guessed: "4" could be minutes or hours, and guessing wrong breaks a plan quietly.
 */
export function parseDuration(text: string): Validated<number | null> {
  const input = text.trim().toLowerCase();
  if (input === '') return { ok: true, value: null };

  const clock = /^(\d{1,4}):([0-5]\d)$/.exec(input);
  if (clock) return withinRange(Number(clock[1]) * HOUR + Number(clock[2]), text);

  if (/^\d+(?:[.,]\d+)?$/.test(input)) {
    return { ok: false, message: `Add a unit to ${quoted(text)}, for example ${EXAMPLES}` };
  }

  const part = /(\d+(?:[.,]\d+)?)\s*([a-z]+)\s*(?:,|and)?\s*/gy;
  let total = 0;
  let consumed = 0;
  let match: RegExpExecArray | null;
  while ((match = part.exec(input)) !== null) {
    const [whole, amount = '', unitText = ''] = match;
    const unit = UNITS[unitText];
    if (unit === undefined) {
      return {
        ok: false,
        message: `${quoted(unitText)} is not a unit of time. Use min, h, days or weeks, for example ${EXAMPLES}`,
      };
    }
    total += Number(amount.replace(',', '.')) * unit;
    consumed += whole.length;
  }
  if (consumed === 0 || consumed !== input.length) {
    return { ok: false, message: `${quoted(text)} is not a duration. Write it like ${EXAMPLES}` };
  }
  return withinRange(Math.round(total), text);
}

function withinRange(minutes: number, text: string): Validated<number> {
  if (minutes > MAX_DURATION_MINUTES) {
    return {
      ok: false,
      message: `${quoted(text)} is longer than a year; durations can be at most 365 days`,
    };
  }
  return { ok: true, value: minutes };
}

/**
 * Shows minutes in the friendliest unit: "30 min", "4 h", "1 h 30 min",
 * "2 days", "1 week". The result always parses back to the same number.
 */
export function formatDuration(minutes: number): string {
  if (minutes === 0) return '0 min';
  if (minutes % WEEK === 0) return count(minutes / WEEK, 'week', 'weeks');
  const days = Math.floor(minutes / DAY);
  const hours = Math.floor((minutes % DAY) / HOUR);
  const mins = minutes % HOUR;
  return [
    days > 0 ? count(days, 'day', 'days') : '',
    hours > 0 ? `${hours} h` : '',
    mins > 0 ? `${mins} min` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** `formatDuration`, with "not set" for null: for tables and reports. */
export function formatOptionalDuration(minutes: number | null, unset = 'not set'): string {
  return minutes === null ? unset : formatDuration(minutes);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A stored duration: whole minutes, or null while nobody has set it. */
export function durationSchema(label: string) {
  return z
    .number({ error: `${label} must be a duration in minutes` })
    .int({ error: `${label} must be a whole number of minutes` })
    .min(0, { error: `${label} cannot be negative` })
    .max(MAX_DURATION_MINUTES, { error: `${label} can be at most 365 days` })
    .nullable();
}
