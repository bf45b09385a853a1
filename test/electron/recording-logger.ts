import type { LogFields, LogLevel, Logger } from '../../electron/log';

export interface LoggedLine {
  level: LogLevel;
  event: string;
  fields: LogFields;
}

/** A Logger that keeps its lines in memory, for asserting on what main logged. */
export function recordingLogger(): Logger & { lines: LoggedLine[]; events: () => string[] } {
  const lines: LoggedLine[] = [];
  const log =
    (level: LogLevel) =>
    (event: string, fields: LogFields = {}) => {
      lines.push({ level, event, fields });
    };
  return {
    lines,
    events: () => lines.map((line) => line.event),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    flush: () => Promise.resolve(),
  };
}
