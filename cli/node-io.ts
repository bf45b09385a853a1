import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import process from 'node:process';
import type { CliIo } from './io';

/** The real machine: files on disk, the process's streams, the system clock. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    fileSize: async (path) => {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
      return info.size;
    },
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: writeFileAtomically,
    makeDirectory: async (path) => {
      await mkdir(path, { recursive: true });
    },
    now: () => new Date(),
  };
}

/**
 * Temp file beside the target (same file system, so the rename is atomic),
 * flushed to disk, then renamed over it: a reader sees the old file or the
 * new one, never half of one, even if the process dies midway.
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
