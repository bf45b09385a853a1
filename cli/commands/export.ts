import { parseCommandArgs, positionals } from '../args';
import type { Command } from '../command';
import { dayOption } from '../day';
import { CliError, EXIT } from '../errors';
import { fileProblem, passphraseFrom, readPlanFile } from '../plan-file';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from './export-formats';

const FORMAT_LIST = Object.entries(EXPORT_FORMATS)
  .map(([name, format]) => `  ${name.padEnd(18)}${format.description}`)
  .join('\n');

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the plan as PDF, Word, Markdown, CSV or a plan file',
  help: `Usage: drp export <plan.drplan.json> --format <format> --out <path> [--now YYYY-MM-DD]
                  [--passphrase-file <file>]

Formats:
${FORMAT_LIST}

The documents are the app's own exports: the same pages, analysis and content
hash. In Word the dependency map is a vector drawing (SVG) followed by the
dependencies as a table. csv writes one file per table into the --out
directory, creating it if needed.

Every file is written atomically (a temporary file renamed over it), so an
existing file is replaced whole or left as it was. Exporting a plan file and
reading it back gives the same content hash (drp hash).

Options:
  --format <format>         one of the formats above (required)
  --out <path>              the file to write; for csv, a directory (required)
  --now <YYYY-MM-DD>        the day the documents' analysis judges dates against
                            (contacts last verified, restore tests); default: today
                            on this computer
  --passphrase-file <file>  the file's text is the passphrase (a final line break is
                            ignored): it opens an encrypted input, and --format bundle
                            writes an encrypted file with it
  --plain                   with --format bundle: write it unencrypted even though
                            --passphrase-file was given (to decrypt a plan file)
  -h, --help                this help
`,
  run: async (args, io) => {
    const { values, positionals: rest } = parseCommandArgs(args, {
      format: { type: 'string' },
      out: { type: 'string' },
      'passphrase-file': { type: 'string' },
      plain: { type: 'boolean' },
      now: { type: 'string' },
    });
    const [path = ''] = positionals(rest, ['<plan.drplan.json>']);
    const formatName = values.format;
    if (formatName === undefined) throw new CliError('missing --format <format>');
    if (!isExportFormat(formatName)) {
      const names = Object.keys(EXPORT_FORMATS).join(', ');
      throw new CliError(`unknown format ${JSON.stringify(formatName)}; use one of ${names}`);
    }
    const format: ExportFormat = EXPORT_FORMATS[formatName];
    if (values.out === undefined || values.out === '') {
      throw new CliError('missing --out <path>');
    }
    if (values.plain && (formatName !== 'bundle' || values['passphrase-file'] === undefined)) {
      throw new CliError('--plain goes with --format bundle and --passphrase-file');
    }

    const now = io.now();
    const today = dayOption(values.now, now);
    const passphrase = await passphraseFrom(io, values['passphrase-file']);
    const read = await readPlanFile(io, path, passphrase);
    if (format.output === 'directory') {
      try {
        await io.makeDirectory(values.out);
      } catch (error) {
        throw new CliError(`cannot create the directory ${values.out}: ${fileProblem(error)}`);
      }
    }
    const written = await format.write({
      io,
      read,
      out: values.out,
      encryptWith: values.plain ? undefined : passphrase,
      now,
      today,
    });
    for (const file of written) io.stdout(`wrote ${file}\n`);
    return EXIT.ok;
  },
};
