import { shortHash } from '../../shared/bundle/content-hash';
import { parseCommandArgs, positionals } from '../args';
import type { Command } from '../command';
import { EXIT } from '../errors';
import { passphraseFrom, readPlanFile } from '../plan-file';

export const hashCommand: Command = {
  name: 'hash',
  summary: 'print the plan content hash (SHA-256) that exported pages carry',
  help: `Usage: drp hash <plan.drplan.json> [--short] [--passphrase-file <file>]

Prints the plan's content hash: SHA-256 (64 hex digits) over a canonical form
of what the plan says, leaving out export and edit times. The same plan always
gives the same hash; any change to its content changes it. Exported documents
print the full hash on the document control page and its first 12 digits (the
short hash) on every page, so a printed page can be matched to a file:

  drp hash plan.drplan.json --short

Options:
  --short                   print only the first 12 digits, as on exported pages
  --passphrase-file <file>  opens an encrypted plan file: the file's text is the
                            passphrase (a final line break is ignored)
  -h, --help                this help
`,
  run: async (args, io) => {
    const { values, positionals: rest } = parseCommandArgs(args, {
      short: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
    });
    const [path = ''] = positionals(rest, ['<plan.drplan.json>']);
    const read = await readPlanFile(io, path, await passphraseFrom(io, values['passphrase-file']));
    io.stdout(`${values.short ? shortHash(read.contentHash) : read.contentHash}\n`);
    return EXIT.ok;
  },
};
