import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  BACKUP_INFO_FORMAT,
  backupInfoFileSchema,
  type BackupEntry,
  type BackupInfo,
  type NewBackup,
} from '../shared/bundle/backup';
import { MAX_BUNDLE_BYTES } from '../shared/bundle/bundle';
import { parseJsonSafely } from '../shared/bundle/safe-json';
import type { BackupStore, ReadBackupResult } from '../shared/ipc/backup-contract';
import { idSchema } from '../shared/model/common';
import { describeFileError, readFileLimited, writeFileAtomic } from './files';

/**
 * Backups as files: `<root>/<planId>/<takenAt>_<backupId>.drplan.json`, an ordinary plan file that
 * "Import plan file…" also opens, beside `….backup-info.json`, its description (reason, hashes,
 * size), so the list is read without opening every plan file. Main makes every name and path from
 * ids that were checked as UUIDs; the page never names a path.
 */

/** The folder's name inside Documents (see backupsRoot). */
export const BACKUPS_FOLDER_NAME = 'DR Planner Backups';

/**
 * Documents, not the app's profile (userData): backups must survive the profile being damaged,
 * reset or deleted, and a user must be able to find, copy and open them without the app. Home is
 * the fallback on a system without a Documents folder.
 */
export function backupsRoot(getPath: (name: 'documents' | 'home') => string): string {
  let base: string;
  try {
    base = getPath('documents');
  } catch {
    base = getPath('home');
  }
  return path.join(base, BACKUPS_FOLDER_NAME);
}

const BUNDLE_SUFFIX = '.drplan.json';
const INFO_SUFFIX = '.backup-info.json';
/** Descriptions are a few hundred bytes; anything far larger is not one. */
const MAX_INFO_BYTES = 64 * 1024;
const FILE_NAME =
  /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:\.\d+)?Z_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\.drplan\.json|\.backup-info\.json)$/i;

/** `2026-11-23T09:00:00.000Z` → `2026-11-23T09-00-00.000Z`: no colons, which Windows refuses. */
function fileStem(backup: Pick<NewBackup, 'takenAt' | 'id'>): string {
  return `${backup.takenAt.replace(/:/g, '-')}_${backup.id}`;
}

/** The plan's folder: a direct child of the root, or an error (the id is a UUID, so it always is). */
function planFolder(root: string, planId: string): string {
  const id = idSchema.parse(planId);
  const resolvedRoot = path.resolve(root);
  const folder = path.resolve(resolvedRoot, id);
  if (path.dirname(folder) !== resolvedRoot || path.basename(folder) !== id) {
    throw new Error('A plan’s backups folder must be inside the backups folder.');
  }
  return folder;
}

/** Whether `folder` is a real folder: a link could lead the writes anywhere on the disk. */
async function folderState(folder: string): Promise<'absent' | 'folder' | 'not-a-folder'> {
  try {
    const info = await lstat(folder);
    return info.isDirectory() && !info.isSymbolicLink() ? 'folder' : 'not-a-folder';
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'absent';
    throw error;
  }
}

interface FilePair {
  bundle: { name: string; link: boolean } | null;
  info: { name: string; link: boolean } | null;
}

/** The backup files in one plan's folder, paired by backup id. Temp files and strangers are ignored. */
async function readPairs(folder: string): Promise<Map<string, FilePair>> {
  const pairs = new Map<string, FilePair>();
  if ((await folderState(folder)) !== 'folder') return pairs;
  for (const dirent of await readdir(folder, { withFileTypes: true })) {
    const match = FILE_NAME.exec(dirent.name);
    const [, rawId, suffix] = match ?? [];
    if (rawId === undefined || suffix === undefined) continue;
    if (!dirent.isFile() && !dirent.isSymbolicLink()) continue;
    const id = rawId.toLowerCase();
    const pair = pairs.get(id) ?? { bundle: null, info: null };
    const file = { name: dirent.name, link: dirent.isSymbolicLink() };
    if (suffix.toLowerCase() === BUNDLE_SUFFIX) pair.bundle = file;
    else pair.info = file;
    pairs.set(id, pair);
  }
  return pairs;
}

interface Described {
  info: BackupInfo | null;
  damage: string | null;
}

async function readInfo(folder: string, planId: string, id: string, pair: FilePair): Promise<Described> {
  if (pair.info === null) return { info: null, damage: 'Its description file is missing.' };
  if (pair.info.link) return { info: null, damage: 'Its description is a link, not a file; it is not read.' };
  const read = await readFileLimited(path.join(folder, pair.info.name), MAX_INFO_BYTES);
  if (read.status !== 'read')
    return { info: null, damage: 'Its description file is not a backup description.' };
  const text = Buffer.from(read.data).toString('utf8');
  const json = parseJsonSafely(text);
  const parsed = json.ok ? backupInfoFileSchema.safeParse(json.value) : null;
  if (!parsed?.success || parsed.data.id !== id || parsed.data.planId !== planId) {
    return { info: null, damage: 'Its description file is damaged.' };
  }
  const { format: _format, formatVersion: _version, ...info } = parsed.data;
  return { info, damage: null };
}

/** The cheap checks for the list: both files there, plain files, the plan file as long as written. */
async function describe(folder: string, planId: string, id: string, pair: FilePair): Promise<Described> {
  const described = await readInfo(folder, planId, id, pair);
  if (described.info === null) return described;
  if (pair.bundle === null) return { info: described.info, damage: 'Its plan file is missing.' };
  if (pair.bundle.link) return { info: described.info, damage: 'Its plan file is a link, not a file.' };
  const size = (await lstat(path.join(folder, pair.bundle.name))).size;
  if (size !== described.info.size) {
    return {
      info: described.info,
      damage: `Its plan file is ${size} bytes long but was ${described.info.size} bytes when it was stored: it was cut short or changed.`,
    };
  }
  return described;
}

function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function createBackupFileStore(root: string): BackupStore {
  async function listPlan(planId: string): Promise<BackupEntry[]> {
    const folder = planFolder(root, planId);
    const entries: BackupEntry[] = [];
    for (const [id, pair] of await readPairs(folder)) {
      // One unreadable backup is listed as damaged; it does not hide the others.
      const described = await describe(folder, planId, id, pair).catch((error: unknown) => ({
        info: null,
        damage: describeFileError(
          error,
          'open',
          path.join(folder, pair.bundle?.name ?? pair.info?.name ?? id),
        ),
      }));
      entries.push({ planId, id, ...described });
    }
    return entries;
  }

  async function planIds(): Promise<string[]> {
    if ((await folderState(root)) === 'absent') return [];
    const dirents = await readdir(root, { withFileTypes: true });
    return dirents
      .filter((dirent) => dirent.isDirectory() && idSchema.safeParse(dirent.name).success)
      .map((dirent) => dirent.name);
  }

  return {
    async listBackups({ planId }) {
      try {
        const plans = planId === null ? await planIds() : [planId];
        const entries = (await Promise.all(plans.map(listPlan))).flat();
        return { status: 'listed', entries };
      } catch (error) {
        return { status: 'failed', message: describeFileError(error, 'open', root) };
      }
    },

    async writeBackup({ backup, data }) {
      const folder = planFolder(root, backup.planId);
      const target = path.join(folder, fileStem(backup) + BUNDLE_SUFFIX);
      try {
        await mkdir(folder, { recursive: true });
        if ((await folderState(folder)) !== 'folder') {
          return { status: 'failed', message: 'The plan’s backups folder is not a plain folder.' };
        }
        const info: BackupInfo = { ...backup, size: data.byteLength, fileHash: sha256Hex(data) };
        // The plan file first: if the app stops between the two, the list shows a backup whose
        // description is missing (damaged, but its plan file can still be imported by hand).
        await writeFileAtomic(target, data);
        const description = { format: BACKUP_INFO_FORMAT, formatVersion: 1, ...info };
        await writeFileAtomic(
          path.join(folder, fileStem(backup) + INFO_SUFFIX),
          Buffer.from(`${JSON.stringify(description, null, 2)}\n`, 'utf8'),
        );
        return { status: 'written', info };
      } catch (error) {
        return { status: 'failed', message: describeFileError(error, 'save', target) };
      }
    },

    async readBackup({ planId, id }): Promise<ReadBackupResult> {
      const folder = planFolder(root, planId);
      try {
        const pair = (await readPairs(folder)).get(id);
        if (pair === undefined) return { status: 'missing' };
        const described = await readInfo(folder, planId, id, pair);
        if (described.info === null) return { status: 'damaged', message: described.damage ?? '' };
        if (pair.bundle === null) return { status: 'damaged', message: 'Its plan file is missing.' };
        if (pair.bundle.link) return { status: 'damaged', message: 'Its plan file is a link, not a file.' };
        const read = await readFileLimited(path.join(folder, pair.bundle.name), MAX_BUNDLE_BYTES);
        if (read.status !== 'read') {
          return { status: 'damaged', message: 'Its plan file is too large or not a file.' };
        }
        return { status: 'read', info: described.info, data: read.data };
      } catch (error) {
        return { status: 'failed', message: describeFileError(error, 'open', folder) };
      }
    },

    async deleteBackups({ planId, ids }) {
      const folder = planFolder(root, planId);
      try {
        const pairs = await readPairs(folder);
        let count = 0;
        for (const id of ids) {
          const pair = pairs.get(id);
          if (pair === undefined) continue;
          // Only names this store made (FILE_NAME) are ever removed, and a link is removed, not followed.
          for (const file of [pair.bundle, pair.info]) {
            if (file !== null) await rm(path.join(folder, file.name), { force: true });
          }
          count += 1;
        }
        return { status: 'deleted', count };
      } catch (error) {
        return { status: 'failed', message: describeFileError(error, 'save', folder) };
      }
    },
  };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
