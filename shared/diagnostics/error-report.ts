import { redactQuoted, truncate } from './redact';

/**
 * Where an error in the page was caught: a window error, a promise nobody handled, a screen (the
 * error boundary), or a task run before the window closed.
 */
export const ERROR_REPORT_KINDS = ['error', 'unhandledrejection', 'render', 'before-close'] as const;
export type ErrorReportKind = (typeof ERROR_REPORT_KINDS)[number];

/** Limits on each field, enforced by the IPC schema in main; the page cuts to them before sending. */
export const ERROR_REPORT_LIMITS = { name: 200, message: 2_000, stack: 16_000, route: 500 } as const;

/** What the page tells main about an error: code facts only, never plan content. */
export interface ErrorReport {
  kind: ErrorReportKind;
  name: string;
  message: string;
  stack: string;
  /** The screen's path (ids, no query), e.g. /plans/<id>/systems. */
  route: string;
}

/**
 * Builds a report from whatever was thrown (not always an Error: `throw 'x'`, a rejected value).
 * Quoted text is cut from message and stack (see redactQuoted), and a thrown non-Error value is
 * never printed, since it may be a record.
 */
export function errorReport(kind: ErrorReportKind, thrown: unknown, route: string): ErrorReport {
  const { name, message, stack } = errorParts(thrown);
  return {
    kind,
    name: truncate(redactQuoted(name), ERROR_REPORT_LIMITS.name),
    message: truncate(redactQuoted(message), ERROR_REPORT_LIMITS.message),
    stack: truncate(redactQuoted(stack), ERROR_REPORT_LIMITS.stack),
    route: truncate(routePath(route), ERROR_REPORT_LIMITS.route),
  };
}

function errorParts(thrown: unknown): { name: string; message: string; stack: string } {
  if (thrown instanceof Error) {
    return { name: thrown.name, message: thrown.message, stack: thrown.stack ?? '' };
  }
  // Something else was thrown: say what kind of thing, not what it held.
  const kind = thrown === null ? 'null' : typeof thrown;
  return { name: 'NonError', message: `A ${kind} was thrown instead of an Error`, stack: '' };
}

/** The route without its query or a second hash: ids are fine, searches or filters might be text. */
export function routePath(route: string): string {
  const path = route.replace(/^#/, '').replace(/[?#].*$/s, '');
  return path === '' ? '/' : path;
}

export interface DiagnosticContext {
  appName: string;
  appVersion: string;
  userAgent: string;
  /** ISO time of the error. */
  time: string;
  /** React's component stack (component names only), when the error came from a screen. */
  componentStack?: string;
}

/** The text "Copy diagnostic details" puts on the clipboard: made for pasting into a support email. */
export function diagnosticText(report: ErrorReport, context: DiagnosticContext): string {
  const lines = [
    `${context.appName} ${context.appVersion} — diagnostic details`,
    `Time: ${context.time}`,
    `Screen: ${report.route}`,
    `Caught by: ${report.kind}`,
    `Error: ${report.name}: ${report.message}`,
    `User agent: ${context.userAgent}`,
    '',
    'Stack:',
    report.stack === '' ? '(none)' : report.stack,
  ];
  // React's component stack starts with a line break; its lines keep their indent, like the stack's.
  const componentStack = context.componentStack?.replace(/^\s*\n/, '').trimEnd();
  if (componentStack) lines.push('', 'Components:', redactQuoted(componentStack));
  lines.push('', 'This text holds no plan content: quoted text in messages is replaced by “…”.');
  return lines.join('\n');
}
