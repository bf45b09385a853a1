import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `bytes` to `filePath` so that the target is either the old file or the complete new
 * one, never half of each: write a temp file in the same folder (rename is atomic only within
 * one file system), flush it to disk, then rename it over the target.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(filePath);
  const tempPath = path.join(dir, `.${path.basename(filePath)}.${randomUUID()}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(tempPath, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tempPath, filePath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable on POSIX; Windows cannot open folders, and it is best effort. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The file is already in place; a folder that cannot be synced is not a failed save.
  }
}

/** How many " (n)" suffixes to try before giving up on finding a free folder name. */
const MAX_FOLDER_SUFFIX = 100;

/**
 * Creates a new, empty folder `name` inside `parent`, or "name (2)", "name (3)"… when that is taken,
 * and returns its path. mkdir without `recursive` fails on an existing name, so two saves at once
 * never share a folder, and nothing the user already has is ever written into.
 */
export async function makeNewFolder(parent: string, name: string): Promise<string> {
  for (let n = 1; n <= MAX_FOLDER_SUFFIX; n += 1) {
    const candidate = path.join(parent, n === 1 ? name : `${name} (${n})`);
    try {
      await mkdir(candidate);
      return candidate;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
  throw new Error(`there are already ${MAX_FOLDER_SUFFIX} folders called “${name}”`);
}

export type LimitedRead =
  | { status: 'read'; data: Uint8Array; size: number }
  | { status: 'too-large'; size: number }
  | { status: 'not-a-file' };

/**
 * Reads a whole file only when it is a regular file no larger than `maxBytes`. The size is
 * checked before reading (a user may pick a 4 GB video by mistake), and again after, in case the
 * file grew in between. Stat first also avoids blocking forever on a FIFO or a device.
 */
export async function readFileLimited(filePath: string, maxBytes: number): Promise<LimitedRead> {
  const info = await stat(filePath);
  if (!info.isFile()) return { status: 'not-a-file' };
  if (info.size > maxBytes) return { status: 'too-large', size: info.size };
  const buffer = await readFile(filePath);
  if (buffer.byteLength > maxBytes) return { status: 'too-large', size: buffer.byteLength };
  // A plain Uint8Array view: the renderer should not get Node's Buffer subclass.
  return {
    status: 'read',
    data: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    size: buffer.byteLength,
  };
}

export type FileAction = 'save' | 'open';

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Turns a file-system error into a sentence for the user, naming the file but not its folder. */
export function describeFileError(error: unknown, action: FileAction, filePath: string): string {
  const start = `Could not ${action} “${path.basename(filePath)}”`;
  switch (errorCode(error)) {
    case 'ENOSPC':
      return `${start}: the disk is full. Free some space and try again.`;
    case 'EACCES':
    case 'EPERM':
      return action === 'save'
        ? `${start}: you do not have permission to write there. Choose another folder.`
        : `${start}: you do not have permission to read it.`;
    case 'EROFS':
      return `${start}: the disk is read-only. Choose another folder.`;
    case 'ENOENT':
      return action === 'save'
        ? `${start}: the folder no longer exists.`
        : `${start}: the file no longer exists.`;
    case 'ENOTDIR':
      return `${start}: part of its path is not a folder.`;
    case 'EISDIR':
      return `${start}: it is a folder, not a file.`;
    case 'EBUSY':
      return `${start}: another program is using it. Close it there and try again.`;
    default:
      return `${start}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
