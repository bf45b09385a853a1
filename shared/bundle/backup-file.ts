import { newBackupSchema, type BackupInfo, type BackupReason, type NewBackup } from './backup';
import { BUNDLE_FORMAT_VERSION, createBundle, serialiseBundle, type AppInfo } from './bundle';
import { shortHash } from './content-hash';
import { formatProblems, readBundle, type ReadBundle } from './read-bundle';
import type { PlanSnapshot } from './snapshot';
import { encodeUtf8 } from './utf8';
import { sha256HexOfBytes, type WebCrypto } from './web-crypto';

/** A backup ready to hand to a store: its description and the plan file's bytes. */
export interface BackupFile {
  backup: NewBackup;
  data: Uint8Array<ArrayBuffer>;
}

/** Makes the plan file of a backup. Never encrypted: it stays on this computer, like the database. */
export async function makeBackupFile(
  crypto: WebCrypto,
  snapshot: PlanSnapshot,
  meta: { id: string; takenAt: string; reason: BackupReason; app: AppInfo },
): Promise<BackupFile> {
  const bundle = await createBundle(crypto, snapshot, { exportedAt: meta.takenAt, app: meta.app });
  return {
    backup: newBackupSchema.parse({
      id: meta.id,
      planId: snapshot.plan.id,
      planName: snapshot.plan.name,
      takenAt: meta.takenAt,
      reason: meta.reason,
      contentHash: bundle.contentHash,
    }),
    data: encodeUtf8(serialiseBundle(bundle)),
  };
}

export type BackupCheck =
  { ok: true; snapshot: PlanSnapshot; read: ReadBundle } | { ok: false; reason: string };

const refuse = (reason: string): BackupCheck => ({ ok: false, reason });

/**
 * Whether a stored backup may be restored: only when it is exactly what was stored. In order:
 * its length (a cut-short file), the SHA-256 of its bytes as the store recorded it (any change),
 * the whole plan-file reading with every check (readBundle), the plan it holds, and the content
 * hash of that plan against the one recorded when it was taken. A file from an older format is
 * migrated while it is read, so its content hash cannot be compared; its byte hash still is.
 */
export async function verifyBackup(
  crypto: WebCrypto,
  info: BackupInfo,
  data: Uint8Array<ArrayBuffer>,
): Promise<BackupCheck> {
  if (data.byteLength !== info.size) {
    return refuse(
      `The backup file is ${data.byteLength} bytes long but was ${info.size} bytes when it was stored: it was cut short or changed.`,
    );
  }
  if (info.fileHash !== null && (await sha256HexOfBytes(crypto, data)) !== info.fileHash) {
    return refuse('The backup file was changed after it was stored: its SHA-256 no longer matches.');
  }
  const read = await readBundle(data, { crypto });
  if (!read.ok) {
    const problems = formatProblems(read.problems);
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    return refuse(`The backup cannot be read as a plan file: ${problems.slice(0, 3).join('; ')}${more}.`);
  }
  if (read.snapshot.plan.id !== info.planId) {
    return refuse('The backup file holds a different plan from the one it was stored for.');
  }
  if (read.formatVersion === BUNDLE_FORMAT_VERSION && read.contentHash !== info.contentHash) {
    return refuse(
      `The plan in the backup (content hash ${shortHash(read.contentHash)}) is not the one that was stored (${shortHash(info.contentHash)}): it was changed after it was stored.`,
    );
  }
  return { ok: true, snapshot: read.snapshot, read };
}
