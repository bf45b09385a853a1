import { describe, expect, it } from 'vitest';
import {
  durationSchema,
  formatDuration,
  formatOptionalDuration,
  MAX_DURATION_MINUTES,
  parseDuration,
} from '../../shared/model/duration';
import type { Validated } from '../../shared/model/validation';
import { validate } from '../../shared/model/validation';

/** The value of an accepted result; fails the test with the message when it was refused. */
function accepted<T>(result: Validated<T>): T {
  if (!result.ok) throw new Error(`Expected the input to be accepted, but it was refused: ${result.message}`);
  return result.value;
}

/** The message of a refused result; fails the test when it was accepted. */
function refusal<T>(result: Validated<T>): string {
  if (result.ok)
    throw new Error(`Expected the input to be refused, but it gave ${JSON.stringify(result.value)}`);
  return result.message;
}

const EXAMPLES = '“30 min”, “4 h”, “2 days” or “1 week”';

describe('parseDuration', () => {
  it.each([
    ['30 min', 30],
    ['30min', 30],
    ['30 minutes', 30],
    ['1 minute', 1],
    ['45 m', 45],
    ['4h', 240],
    ['4 h', 240],
    ['4 hr', 240],
    ['4 hrs', 240],
    ['1 hour', 60],
    ['4 hours', 240],
    ['2 d', 2880],
    ['1 day', 1440],
    ['2 days', 2880],
    ['1 week', 10080],
    ['2 weeks', 20160],
    ['1 w', 10080],
    ['3 wks', 30240],
    ['1.5 h', 90],
    ['1,5 h', 90],
    ['0.5 day', 720],
    ['1 h 30 min', 90],
    ['1h30m', 90],
    ['1h 30m', 90],
    ['1 h, 30 min', 90],
    ['4 hours and 30 minutes', 270],
    ['1 day and 2 h', 1560],
    ['1 week 2 days 3 h 4 min', 10080 + 2880 + 180 + 4],
    ['1:30', 90],
    ['0:45', 45],
    ['24:00', 1440],
    ['2 months', 86400],
    ['1 month', 43200],
    ['1 mo', 43200],
    ['0 min', 0],
    ['4 H', 240],
    ['30 MIN', 30],
    ['1 Week', 10080],
    ['  4 h  ', 240],
    ['\t2 days\n', 2880],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: minutes });
  });

  it('rounds fractions to whole minutes', () => {
    expect(accepted(parseDuration('1.1 h'))).toBe(66);
    expect(accepted(parseDuration('0.25 h'))).toBe(15);
    expect(accepted(parseDuration('1.5 min'))).toBe(2);
  });

  it.each(['', '   ', '\t\n'])('treats %j as not set (null)', (text) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: null });
  });

  it.each(['4', '1.5', '1,5', '  90 '])('asks for a unit when given the bare number %j', (text) => {
    expect(refusal(parseDuration(text))).toBe(`Add a unit to “${text.trim()}”, for example ${EXAMPLES}`);
  });

  it('names a word that is not a unit of time', () => {
    expect(refusal(parseDuration('5 parsecs'))).toBe(
      `“parsecs” is not a unit of time. Use min, h, days or weeks, for example ${EXAMPLES}`,
    );
    expect(refusal(parseDuration('1 h 30 secs'))).toBe(
      `“secs” is not a unit of time. Use min, h, days or weeks, for example ${EXAMPLES}`,
    );
  });

  it.each(['soon', 'h', 'four hours', '1 h 30', '1:75', '1:5', 'about 4 h', '4 h!', '1..5 h'])(
    'refuses %j as not a duration',
    (text) => {
      expect(refusal(parseDuration(text))).toBe(`“${text}” is not a duration. Write it like ${EXAMPLES}`);
    },
  );

  it('refuses a negative duration', () => {
    expect(refusal(parseDuration('-4 h'))).toBe(`“-4 h” is not a duration. Write it like ${EXAMPLES}`);
    expect(refusal(parseDuration('-30'))).toBe(`“-30” is not a duration. Write it like ${EXAMPLES}`);
  });

  it('accepts up to a year and refuses anything longer', () => {
    expect(accepted(parseDuration('365 days'))).toBe(MAX_DURATION_MINUTES);
    expect(accepted(parseDuration('12 months'))).toBe(360 * 1440);
    for (const text of ['366 days', '53 weeks', '13 months', '365 days 1 min', '8761 h', '9999:00']) {
      expect(refusal(parseDuration(text))).toBe(
        `“${text}” is longer than a year; durations can be at most 365 days`,
      );
    }
  });

  it('quotes the input as typed (trimmed, original case) in messages', () => {
    expect(refusal(parseDuration('  Soon  '))).toBe(`“Soon” is not a duration. Write it like ${EXAMPLES}`);
    expect(refusal(parseDuration(' 400 Days '))).toBe(
      '“400 Days” is longer than a year; durations can be at most 365 days',
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [1, '1 min'],
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [240, '4 h'],
    [1440, '1 day'],
    [1441, '1 day 1 min'],
    [2160, '1 day 12 h'],
    [2880, '2 days'],
    [10080, '1 week'],
    [10081, '7 days 1 min'],
    [20160, '2 weeks'],
    [14400, '10 days'],
    [1440 + 60 + 1, '1 day 1 h 1 min'],
    [MAX_DURATION_MINUTES, '365 days'],
  ])('shows %i minutes as %j', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });

  it('says "not set" (or the given text) for null', () => {
    expect(formatOptionalDuration(null)).toBe('not set');
    expect(formatOptionalDuration(null, '–')).toBe('–');
    expect(formatOptionalDuration(90)).toBe('1 h 30 min');
  });

  it('always parses back to the same number of minutes', () => {
    const values = new Set<number>();
    for (let minutes = 0; minutes <= 3 * 1440; minutes += 1) values.add(minutes);
    for (let minutes = 0; minutes <= MAX_DURATION_MINUTES; minutes += 97) values.add(minutes);
    for (let days = 0; days <= 365; days += 1) {
      values.add(days * 1440);
      if (days < 365) values.add(days * 1440 + 1);
      if (days > 0) values.add(days * 1440 - 1);
    }
    values.add(MAX_DURATION_MINUTES);
    const mismatches = [...values].flatMap((minutes) => {
      const text = formatDuration(minutes);
      const back = parseDuration(text);
      return back.ok && back.value === minutes ? [] : [{ minutes, text, back }];
    });
    expect(mismatches).toEqual([]);
    expect(values.size).toBeGreaterThan(8000);
  });
});

describe('durationSchema', () => {
  const schema = durationSchema('RTO');

  it('accepts whole minutes from 0 to a year, and null', () => {
    for (const value of [0, 1, 240, MAX_DURATION_MINUTES, null]) {
      expect(validate(schema, value)).toEqual({ ok: true, value });
    }
  });

  it.each([
    ['4 h', 'RTO must be a duration in minutes'],
    [undefined, 'RTO must be a duration in minutes'],
    [1.5, 'RTO must be a whole number of minutes'],
    [-1, 'RTO cannot be negative'],
    [MAX_DURATION_MINUTES + 1, 'RTO can be at most 365 days'],
  ])('refuses %j: %s', (input, message) => {
    expect(validate(schema, input)).toEqual({ ok: false, message });
  });
});
