import { randomUUID } from 'node:crypto';
import {
  checkImport,
  guessMapping,
  MAX_IMPORT_BYTES,
  readSystemsCsv,
} from '../../shared/import/systems-csv-import';
import { requiredTextSchema } from '../../shared/model/common';
import { PLAN_NAME_MAX } from '../../shared/model/plan';
// The app's decoding of spreadsheet bytes (UTF-8, UTF-16, Windows-1252); pure, it only needs TextDecoder.
import { decodeCsvBytes } from '../../renderer/features/import/decode-csv';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { CliError, EXIT } from '../errors';
import type { CliIo } from '../io';
import { megabytes, passphraseFrom, readInputFile, writeOutputFile } from '../plan-file';
import { planFromCsvRows, planNameFromFile } from '../csv-plan';
import { bundleFileText } from './export-formats';
import { DEFAULT_BACKSTAGE_PLAN_NAME, importBackstageFiles } from './import-backstage';
import { count } from './validate';

interface ImportValues {
  out: string;
  name: string | undefined;
  passphrase: string | undefined;
}

interface ImportSource {
  usage: string;
  description: string;
  /** Writes the plan file; resolves to the exit code. */
  run: (files: readonly string[], values: ImportValues, io: CliIo) => Promise<number>;
}

/** Every `drp import <source>`, one entry each. */
const IMPORT_SOURCES = {
  csv: {
    usage: 'drp import csv <systems.csv> --out <plan.drplan.json> [--name <plan name>]',
    description: 'a new plan with the systems of a spreadsheet (as the app’s Import CSV…)',
    run: importCsv,
  },
  backstage: {
    usage: 'drp import backstage <catalog.yaml>... --out <plan.drplan.json> [--name <plan name>]',
    description: 'a new plan from Backstage catalog files (components, resources, systems)',
    run: importBackstageFiles,
  },
} as const satisfies Record<string, ImportSource>;

function isSource(name: string): name is keyof typeof IMPORT_SOURCES {
  return Object.hasOwn(IMPORT_SOURCES, name);
}

export const importCommand: Command = {
  name: 'import',
  summary: 'make a plan file from a systems CSV or Backstage catalog files',
  help: `Usage:
${Object.values(IMPORT_SOURCES)
  .map((source) => `  ${source.usage}\n      ${source.description}`)
  .join('\n')}

csv: the file's headings are matched to system fields as the app does (Name,
Type, Owner, Tier, RTO, RPO, …; commas, semicolons or tabs; UTF-8, UTF-16 or
Windows-1252). Rows with a problem are skipped and listed on stderr, each with
its line; the rest make the plan, named after the file unless --name is given.
Exit 2 when no row can be imported.

backstage: as the app's Import from Backstage…: Components and Resources
become systems, Systems become business processes, dependsOn, consumesApis
and subcomponentOf become dependencies, owners become teams and contacts.
A file that cannot be read (not YAML, an entity without its fields) is
refused with one line per problem (file, document, line, column), exit 2.
References that lead nowhere ("not found: …") and entities with no place in
a plan ("left out: …") are listed on stderr. The plan is named
"${DEFAULT_BACKSTAGE_PLAN_NAME}" unless --name is given.

Options:
  --out <path>              the plan file to write (required)
  --name <plan name>        the new plan's name
  --passphrase-file <file>  write the plan file encrypted with the passphrase in this file
  -h, --help                this help
`,
  run: async (args, io) => {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      name: { type: 'string' },
      'passphrase-file': { type: 'string' },
    });
    const [sourceName, ...files] = positionals;
    if (sourceName === undefined) throw new CliError('missing the source: csv or backstage');
    if (!isSource(sourceName)) {
      throw new CliError(`unknown source ${JSON.stringify(sourceName)}; use csv or backstage`);
    }
    const source: ImportSource = IMPORT_SOURCES[sourceName];
    if (files.length === 0) throw new CliError('missing the file(s) to import');
    if (values.out === undefined || values.out === '') {
      throw new CliError('missing --out <plan.drplan.json>');
    }
    if (values.name !== undefined) {
      const name = requiredTextSchema('--name', PLAN_NAME_MAX).safeParse(values.name);
      if (!name.success) throw new CliError(name.error.issues[0]?.message ?? 'invalid --name');
    }
    const passphrase = await passphraseFrom(io, values['passphrase-file']);
    return source.run(files, { out: values.out, name: values.name, passphrase }, io);
  },
};

async function importCsv(files: readonly string[], values: ImportValues, io: CliIo): Promise<number> {
  if (files.length > 1) throw new CliError('import csv takes one file');
  const [path = ''] = files;
  const bytes = await readInputFile(
    io,
    path,
    MAX_IMPORT_BYTES,
    (size) => `the file is ${megabytes(size)}; a systems CSV can be at most ${megabytes(MAX_IMPORT_BYTES)}`,
  );
  const table = readSystemsCsv(decodeCsvBytes(bytes).text);
  if (!table.ok) throw new CliError(`${path}: ${table.message}`);
  const check = checkImport(table.value, guessMapping(table.value.headers), []);
  if (check.mappingProblem !== null) throw new CliError(`${path}: ${check.mappingProblem}`);
  for (const problem of check.problems) {
    io.stderr(
      `${path}:${problem.line}: ${problem.column === null ? '' : `${problem.column}: `}${problem.message}\n`,
    );
  }
  if (check.rows.length === 0) throw new CliError(`${path}: no row could be imported`);

  const now = io.now();
  const snapshot = planFromCsvRows(check.rows, {
    name: values.name ?? planNameFromFile(path),
    newId: randomUUID,
    now: now.toISOString(),
  });
  await writeOutputFile(io, values.out, await bundleFileText(snapshot, now, values.passphrase));
  const skipped = check.skipped > 0 ? `; skipped ${count(check.skipped, 'row')} (listed above)` : '';
  io.stdout(
    `wrote ${values.out}: “${snapshot.plan.name}” with ${count(check.rows.length, 'system')}${skipped}\n`,
  );
  return EXIT.ok;
}
