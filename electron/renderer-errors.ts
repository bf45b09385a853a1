import { redactQuoted } from '../shared/diagnostics/redact';
import { routePath, type ErrorReport } from '../shared/diagnostics/error-report';
import type { Logger } from './log';

/** At most this many page errors are logged per minute; a page failing in a loop would otherwise fill the log. */
export const MAX_ERROR_REPORTS_PER_MINUTE = 30;
const MINUTE_MS = 60_000;

/**
 * Logs errors the page reports (already checked against errorReportSchema). The page redacts
 * quoted text itself, but it is not trusted to: the same redaction runs again here.
 */
export function createErrorReportHandler(
  logger: Logger,
  now: () => number = Date.now,
): (report: ErrorReport) => Promise<undefined> {
  let windowStart = Number.NEGATIVE_INFINITY;
  let logged = 0;
  let dropped = 0;

  return (report) => {
    const time = now();
    if (time - windowStart >= MINUTE_MS) {
      if (dropped > 0) logger.warn('renderer-errors-dropped', { count: dropped });
      windowStart = time;
      logged = 0;
      dropped = 0;
    }
    if (logged >= MAX_ERROR_REPORTS_PER_MINUTE) {
      dropped += 1;
      return Promise.resolve(undefined);
    }
    logged += 1;
    logger.error('renderer-error', {
      kind: report.kind,
      name: redactQuoted(report.name),
      message: redactQuoted(report.message),
      stack: redactQuoted(report.stack),
      route: routePath(report.route),
    });
    return Promise.resolve(undefined);
  };
}
