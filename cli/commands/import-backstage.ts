import { randomUUID } from 'node:crypto';
import { formatImportProblem, formatSkipped, formatUnresolved } from '../../shared/import/backstage/format';
import { importBackstage, type CatalogFile } from '../../shared/import/backstage/import-backstage';
import { MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES } from '../../shared/import/backstage/read-catalog';
// The import dialog's decoding of catalog bytes (UTF-8, or UTF-16 with a byte order mark); pure.
import { decodeYaml } from '../../renderer/features/import/decode-yaml';
import { CliError, EXIT } from '../errors';
import type { CliIo } from '../io';
import { megabytes, readInputFile, writeOutputFile } from '../plan-file';
import { bundleFileText } from './export-formats';
import { count } from './validate';

/** The name the import dialog offers too. */
export const DEFAULT_BACKSTAGE_PLAN_NAME = 'DR plan from Backstage';

export interface BackstageValues {
  out: string;
  name: string | undefined;
  passphrase: string | undefined;
}

/**
 * `drp import backstage`: the import dialog's import (shared/import/backstage)
 * on files named on the command line. A catalog that cannot be read is
 * refused with one line per problem (file, document, line, column), exit 2;
 * references that lead nowhere and entities left out do not stop it and are
 * listed on stderr.
 */
export async function importBackstageFiles(
  paths: readonly string[],
  values: BackstageValues,
  io: CliIo,
): Promise<number> {
  const files = await readCatalogFiles(paths, io);
  const now = io.now();
  const built = importBackstage(files, {
    newId: randomUUID,
    now: now.toISOString(),
    planName: values.name ?? DEFAULT_BACKSTAGE_PLAN_NAME,
  });
  if (!built.ok) throw CliError.problems(built.problems.map(formatImportProblem));

  await writeOutputFile(io, values.out, await bundleFileText(built.snapshot, now, values.passphrase));
  for (const entry of built.unresolved) io.stderr(`not found: ${formatUnresolved(entry)}\n`);
  for (const entry of built.skipped) io.stderr(`left out: ${formatSkipped(entry)}\n`);

  const { summary } = built;
  const made =
    `${count(summary.systems, 'system')}, ${count(summary.processes, 'process', 'processes')}, ` +
    `${count(summary.dependencies, 'dependency', 'dependencies')}, ${count(summary.contacts, 'contact')} ` +
    `and ${count(summary.teams, 'team')}`;
  const listed = [
    built.unresolved.length > 0 ? count(built.unresolved.length, 'reference') + ' not found' : null,
    built.skipped.length > 0 ? count(built.skipped.length, 'entity', 'entities') + ' left out' : null,
  ].filter((part) => part !== null);
  io.stdout(
    `wrote ${values.out}: “${built.snapshot.plan.name}” with ${made}, ` +
      `from ${count(summary.entities, 'entity', 'entities')} in ${count(summary.files, 'file')}` +
      `${listed.length > 0 ? `; ${listed.join(', ')} (listed above)` : ''}\n`,
  );
  return EXIT.ok;
}

/** Each file's text, refusing before reading what the import would refuse anyway: too many, too large. */
async function readCatalogFiles(paths: readonly string[], io: CliIo): Promise<CatalogFile[]> {
  if (paths.length > MAX_FILES) throw new CliError(`at most ${MAX_FILES} files can be imported at once`);
  const files: CatalogFile[] = [];
  let total = 0;
  for (const path of paths) {
    // The same file twice would make every entity in it a duplicate of itself.
    if (files.some((file) => file.name === path)) throw new CliError(`${path} is named twice`);
    const bytes = await readInputFile(
      io,
      path,
      MAX_FILE_BYTES,
      (size) => `the file is ${megabytes(size)}; a catalog file can be at most ${megabytes(MAX_FILE_BYTES)}`,
    );
    total += bytes.byteLength;
    if (total > MAX_TOTAL_BYTES) {
      throw new CliError(
        `the files hold more than ${megabytes(MAX_TOTAL_BYTES)}; import at most that at once`,
      );
    }
    const text = decodeYaml(bytes);
    if (text === null) throw new CliError(`${path}: not UTF-8 text, so not a YAML file`);
    files.push({ name: path, text });
  }
  return files;
}
