import type { CliIo } from './io';

/** One `drp <name>` command: its help text and what it does. */
export interface Command {
  name: string;
  /** One line for `drp --help`. */
  summary: string;
  /** The whole of `drp <name> --help`. */
  help: string;
  /** Resolves to the exit code; throws CliError for what the user can fix. */
  run: (args: readonly string[], io: CliIo) => Promise<number>;
}
