import { parseCommandArgs, positionals } from '../args';
import type { Command } from '../command';
import { EXIT } from '../errors';
import { passphraseFrom, readPlanFile } from '../plan-file';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a plan file: exit 0 if valid, 2 with one line per problem',
  help: `Usage: drp validate <plan.drplan.json> [--passphrase-file <file>]

Checks a plan file the way the app's import does: size, JSON, format version
(older versions are brought up to date), every record and every reference
between records. Valid: prints a summary and exits 0. Not valid: prints one
line per problem to stderr, as "JSON path: message", and exits 2. Warnings
(an older format, content edited after export) go to stderr and do not fail.

Options:
  --passphrase-file <file>  opens an encrypted plan file: the file's text is the
                            passphrase (a final line break is ignored)
  -h, --help                this help
`,
  run: async (args, io) => {
    const { values, positionals: rest } = parseCommandArgs(args, {
      'passphrase-file': { type: 'string' },
    });
    const [path = ''] = positionals(rest, ['<plan.drplan.json>']);
    const read = await readPlanFile(io, path, await passphraseFrom(io, values['passphrase-file']));
    const { plan, systems, processes } = read.snapshot;
    io.stdout(
      `${path}: valid — “${plan.name}”, ${count(systems.length, 'system')}, ${count(processes.length, 'process', 'processes')}, format ${read.formatVersion}${read.encrypted ? ', encrypted' : ''}\n`,
    );
    return EXIT.ok;
  },
};

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
