/** Exit codes, also listed in `drp --help`. */
export const EXIT = {
  ok: 0,
  /** analyze --fail-on: a finding at or above the threshold exists. */
  findings: 1,
  /** Bad arguments, or input that cannot be read or is not a valid plan. */
  usage: 2,
  /** A bug: something this program did not expect (EX_SOFTWARE from sysexits.h). */
  internal: 70,
} as const;

/**
 * A failure the user can fix. `run` catches it at the top, prints it and
 * exits 2; the user never sees a stack trace. A message gets the command's
 * name before it and a pointer to its --help after it; a problem list (a
 * plan file's "JSON path: message" lines) is printed exactly as it is.
 */
export class CliError extends Error {
  readonly problems: readonly string[] | null;

  constructor(message: string, problems: readonly string[] | null = null) {
    super(message);
    this.name = 'CliError';
    this.problems = problems;
  }

  static problems(lines: readonly string[]): CliError {
    return new CliError(lines.join('\n'), lines);
  }
}
