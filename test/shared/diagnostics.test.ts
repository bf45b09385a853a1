import { describe, expect, it } from 'vitest';
import {
  ERROR_REPORT_LIMITS,
  diagnosticText,
  errorReport,
  routePath,
} from '../../shared/diagnostics/error-report';
import { REDACTED, redactQuoted, truncate } from '../../shared/diagnostics/redact';
import { errorReportSchema } from '../../shared/ipc/contract';

const PLAN = 'Acme Zürich – Łódź';

describe('redactQuoted', () => {
  it.each([
    [`Owner of “${PLAN}” is required`, `Owner of ${REDACTED} is required`],
    [
      `Unexpected token 'A', "${PLAN}" is not valid JSON`,
      `Unexpected token 'A', ${REDACTED} is not valid JSON`,
    ],
    [`Name ‘${PLAN}’ taken`, `Name ${REDACTED} taken`],
    [`Plan „${PLAN}“ not found`, `Plan ${REDACTED} not found`],
    [`«${PLAN}» ok`, `${REDACTED} ok`],
    [`template \`${PLAN}\``, `template ${REDACTED}`],
  ])('cuts quoted text out of %s', (input, expected) => {
    expect(redactQuoted(input)).toBe(expected);
  });

  it('keeps code facts: property names in single quotes, apostrophes, plain words', () => {
    const message = "Cannot read properties of undefined (reading 'name'); the app’s storage is full";
    expect(redactQuoted(message)).toBe(message);
  });

  it('treats every line on its own, so one stray quote cannot swallow a stack', () => {
    const stack = `Error: bad "${PLAN}"\n    at f (app://drp/assets/index.js:1:2)\n    at "g`;
    expect(redactQuoted(stack)).toBe(
      `Error: bad ${REDACTED}\n    at f (app://drp/assets/index.js:1:2)\n    at "g`,
    );
  });
});

describe('truncate', () => {
  it('leaves short text alone and cuts long text to the limit, marking the cut', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abcdef', 4)).toHaveLength(4);
  });
});

describe('errorReport', () => {
  it('keeps the error’s name, message and stack, without quoted plan content', () => {
    const error = new TypeError(`Cannot show “${PLAN}”`);
    const report = errorReport('render', error, '#/plans/p1/systems?filter=Acme');
    expect(report).toMatchObject({
      kind: 'render',
      name: 'TypeError',
      message: `Cannot show ${REDACTED}`,
      route: '/plans/p1/systems',
    });
    expect(report.stack).toContain('diagnostics.test.ts');
    expect(JSON.stringify(report)).not.toContain('Acme');
  });

  it('never prints a thrown value that is not an Error (it may be a record)', () => {
    const report = errorReport('unhandledrejection', { name: PLAN, id: 'x' }, '/');
    expect(report).toEqual({
      kind: 'unhandledrejection',
      name: 'NonError',
      message: 'A object was thrown instead of an Error',
      stack: '',
      route: '/',
    });
    expect(errorReport('error', PLAN, '').message).toBe('A string was thrown instead of an Error');
    expect(errorReport('error', null, '').message).toBe('A null was thrown instead of an Error');
  });

  it('fits the IPC schema’s limits even for huge errors', () => {
    const error = new Error('x'.repeat(100_000));
    error.stack = 'y'.repeat(100_000);
    const report = errorReport('error', error, `/${'z'.repeat(10_000)}`);
    expect(report.message).toHaveLength(ERROR_REPORT_LIMITS.message);
    expect(report.stack).toHaveLength(ERROR_REPORT_LIMITS.stack);
    expect(report.route).toHaveLength(ERROR_REPORT_LIMITS.route);
    expect(errorReportSchema.safeParse(report).success).toBe(true);
  });
});

describe('routePath', () => {
  it.each([
    ['#/plans/p1/what-if?plan=p1&fail=s1', '/plans/p1/what-if'],
    ['', '/'],
    ['#', '/'],
    ['/plans/p1', '/plans/p1'],
    ['#/a#b', '/a'],
  ])('%s → %s', (input, expected) => {
    expect(routePath(input)).toBe(expected);
  });
});

describe('diagnosticText', () => {
  it('lists app, version, time, screen, error, user agent, stack and components', () => {
    const error = new RangeError(`Bad size for “${PLAN}”`);
    const text = diagnosticText(errorReport('render', error, '/plans/p1/map'), {
      appName: 'DR Planner',
      appVersion: '1.2.3',
      userAgent: 'Mozilla/5.0 Test',
      time: '2026-01-02T03:04:05.000Z',
      componentStack: '\n    at MapScreen\n    at Route',
    });
    expect(text.split('\n').slice(0, 6)).toEqual([
      'DR Planner 1.2.3 — diagnostic details',
      'Time: 2026-01-02T03:04:05.000Z',
      'Screen: /plans/p1/map',
      'Caught by: render',
      `Error: RangeError: Bad size for ${REDACTED}`,
      'User agent: Mozilla/5.0 Test',
    ]);
    expect(text).toContain('Components:\n    at MapScreen\n    at Route');
    expect(text).not.toContain('Acme');
  });
});
