import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs in strict mode, with its errors turned into one line
 * that names the command, so a typo gives "unknown option --jsn", not a stack.
 */
export function parseCommandArgs<const O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(argumentProblem(error));
  }
}

function argumentProblem(error: unknown): string {
  const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : null;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('argument missing')
        ? `option ${
            quoted
              .replace(/ <value>$/, '')
              .split(', ')
              .pop() ?? quoted
          } needs a value`
        : `option ${quoted} does not take a value`;
    default:
      return message.split('\n')[0] ?? message;
  }
}

/** Exactly as many positionals as `names`, named in the message when missing. */
export function positionals(values: readonly string[], names: readonly string[]): string[] {
  if (values.length < names.length) {
    throw new CliError(`missing ${names.slice(values.length).join(' ')}`);
  }
  if (values.length > names.length) {
    throw new CliError(`unexpected argument ${JSON.stringify(values[names.length])}`);
  }
  return [...values];
}
