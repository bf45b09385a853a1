import { webcrypto } from 'node:crypto';
import { bundleSizeProblem, formatProblems, readBundle, type ReadBundle } from '../shared/bundle/read-bundle';
import { MAX_BUNDLE_BYTES } from '../shared/bundle/bundle';
import { CliError } from './errors';
import type { CliIo } from './io';

/** Node's Web Crypto: the same API the app uses, so hashes and encryption match the app's. */
export const nodeCrypto = webcrypto;

/**
 * A file's bytes, after checking its size, with the read error as one line
 * ("cannot read x: no such file") instead of Node's stack.
 */
export async function readInputFile(
  io: CliIo,
  path: string,
  maxBytes: number,
  tooLarge: (bytes: number) => string,
): Promise<Uint8Array> {
  let size: number;
  try {
    size = await io.fileSize(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${fileProblem(error)}`);
  }
  if (size > maxBytes) throw new CliError(`${path}: ${tooLarge(size)}`);
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${fileProblem(error)}`);
  }
}

/** A size for a message: "2.0 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads and checks a plan file; refusals become the "JSON path: message" lines, one per problem. */
export async function readPlanFile(
  io: CliIo,
  path: string,
  passphrase: string | undefined,
): Promise<ReadBundle> {
  const bytes = await readInputFile(
    io,
    path,
    MAX_BUNDLE_BYTES,
    (size) => bundleSizeProblem(size)?.message ?? 'too large',
  );
  const result = await readBundle(bytes, { crypto: nodeCrypto, passphrase });
  if (result.ok) {
    for (const warning of result.warnings) io.stderr(`warning: ${path}: ${warning}\n`);
    return result;
  }
  if (result.reason === 'passphrase-needed') {
    throw new CliError(`${path} is encrypted; pass --passphrase-file <file holding the passphrase>`);
  }
  throw CliError.problems(formatProblems(result.problems));
}

/** Passphrase files hold one line; the line break an editor adds at the end is not part of it. */
const MAX_PASSPHRASE_FILE_BYTES = 64 * 1024;

/** The passphrase in --passphrase-file, or undefined without one. */
export async function passphraseFrom(io: CliIo, path: string | undefined): Promise<string | undefined> {
  return path === undefined ? undefined : readPassphrase(io, path);
}

export async function readPassphrase(io: CliIo, path: string): Promise<string> {
  const bytes = await readInputFile(
    io,
    path,
    MAX_PASSPHRASE_FILE_BYTES,
    () => 'too large for a passphrase file (at most 64 KB)',
  );
  const passphrase = new TextDecoder().decode(bytes).replace(/\r?\n$/, '');
  if (passphrase === '') throw new CliError(`the passphrase file ${path} is empty`);
  return passphrase;
}

/** Node's file error codes in words. */
export function fileProblem(error: unknown): string {
  const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : null;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Writes a result file atomically, with a failure as one line. */
export async function writeOutputFile(io: CliIo, path: string, data: string | Uint8Array): Promise<void> {
  try {
    await io.writeFile(path, data);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${fileProblem(error)}`);
  }
}
