import { DRP_VERSION } from './app-info';
import type { Command } from './command';
import { analyzeCommand } from './commands/analyze';
import { exportCommand } from './commands/export';
import { hashCommand } from './commands/hash';
import { importCommand } from './commands/import';
import { validateCommand } from './commands/validate';
import { CliError, EXIT } from './errors';
import type { CliIo } from './io';

export type { CliIo } from './io';

const COMMANDS: readonly Command[] = [
  validateCommand,
  analyzeCommand,
  exportCommand,
  importCommand,
  hashCommand,
];

const HELP = `drp ${DRP_VERSION} — DR Planner on the command line: check a disaster-recovery plan in CI like code.

Usage: drp <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(10)}${command.summary}`).join('\n')}

Run "drp <command> --help" for a command's options and examples.
Plan files are the app's exports: <name>.drplan.json, optionally encrypted.

Exit codes:
  0   done; the plan is valid
  1   analyze --fail-on: a finding at or above that severity exists
  2   bad arguments, or a file that cannot be read or is not a valid plan
      (the message says which; nothing was written)
  70  an unexpected internal error (a bug; please report it with the message)

Options:
  -h, --help     this help
  -v, --version  the version
`;

/**
 * The whole command line as a function: arguments in, exit code out, with
 * the machine behind `io`. Every failure ends here as lines on stderr and an
 * exit code, never a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const command = COMMANDS.find((c) => c.name === argv[0]);
  try {
    return await (command ? runCommand(command, argv.slice(1), io) : runTopLevel(argv, io));
  } catch (error) {
    if (error instanceof CliError) {
      const name = command ? `drp ${command.name}` : 'drp';
      const text = error.problems ?? [`${name}: ${error.message}`, `Run "${name} --help" for usage.`];
      io.stderr(`${text.join('\n')}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`drp: unexpected error (a bug; please report it): ${message.split('\n')[0] ?? ''}\n`);
    return EXIT.internal;
  }
}

async function runCommand(command: Command, args: readonly string[], io: CliIo): Promise<number> {
  // --help anywhere before a "--" wins over everything else, as people type it after a half-written command.
  const options = args.slice(0, args.includes('--') ? args.indexOf('--') : args.length);
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  return command.run(args, io);
}

function runTopLevel(argv: readonly string[], io: CliIo): number {
  const [first, ...rest] = argv;
  if (first === undefined) {
    // Bare `drp` in a script is a mistake: show the help, but fail.
    io.stderr(HELP);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (first === 'help') {
    const topic = rest[0];
    const command = COMMANDS.find((c) => c.name === topic);
    if (topic !== undefined && !command) throw unknownCommand(topic);
    io.stdout(command ? command.help : HELP);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${DRP_VERSION}\n`);
    return EXIT.ok;
  }
  throw first.startsWith('-') ? new CliError(`unknown option ${first}`) : unknownCommand(first);
}

function unknownCommand(name: string): CliError {
  return new CliError(
    `unknown command ${JSON.stringify(name)}; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`,
  );
}
