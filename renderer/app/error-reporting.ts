import { errorReport, routePath, type ErrorReportKind } from '../../shared/diagnostics/error-report';
import type { Platform } from '../platform/platform';

/** The screen's path from the hash route (ids, no query). */
export function currentRoute(): string {
  return routePath(window.location.hash);
}

export function reportCaught(platform: Platform, kind: ErrorReportKind, thrown: unknown): void {
  platform.reportError(errorReport(kind, thrown, currentRoute()));
}

/**
 * Errors nothing else caught (an event handler, a promise nobody awaited) go to main's log. The
 * error boundary reports the ones it catches itself. Returns the function that stops listening.
 */
export function installErrorReporting(platform: Platform, target: Window = window): () => void {
  const onError = (event: ErrorEvent) => {
    const thrown: unknown = event.error;
    reportCaught(platform, 'error', thrown ?? new Error(event.message));
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    reportCaught(platform, 'unhandledrejection', reason);
  };
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
