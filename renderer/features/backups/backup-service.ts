import type { BackupEntry, BackupInfo, BackupReason, BackupRef } from '../../../shared/bundle/backup';
import { makeBackupFile, verifyBackup, type BackupFile } from '../../../shared/bundle/backup-file';
import { backupsToDelete } from '../../../shared/bundle/backup-rotation';
import type { AppInfo } from '../../../shared/bundle/bundle';
import { contentHash } from '../../../shared/bundle/content-hash';
import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import type { WebCrypto } from '../../../shared/bundle/web-crypto';
import type { BackupStore } from '../../../shared/ipc/backup-contract';
import type { DrpDatabase } from '../../db/database';
import { readSnapshot } from '../plans/plan-repository';

export interface BackupServiceDeps {
  db: DrpDatabase;
  store: BackupStore;
  crypto: WebCrypto;
  app: AppInfo;
  now: () => string;
  newId: () => string;
  /** The user's calendar day of a timestamp (YYYY-MM-DD), for the one-a-day rotation. */
  dayKey: (timestamp: string) => string;
}

/** A store call that failed, with the store's words for why. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export type OpenedBackup =
  { ok: true; info: BackupInfo; snapshot: PlanSnapshot } | { ok: false; reason: string };

/**
 * Every backup goes through here, whoever takes it (the timer, quitting, an import, a restore, an
 * upgrade): made as a plan file, written to the platform's store, then the plan's backups rotated.
 * Backups of one plan are made one at a time, so two callers never both decide "nothing new yet".
 */
export class BackupService {
  private readonly listeners = new Set<() => void>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /**
   * Backups found damaged when opened, with the reason, for the rest of the session: a browser's
   * list does not read each plan file, so this is how a cut-short one comes to be marked there.
   */
  private readonly refused = new Map<string, string>();

  constructor(private readonly deps: BackupServiceDeps) {}

  /** Called after every write or delete: the Backups screen lists again. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async list(planId: string | null): Promise<BackupEntry[]> {
    const listed = await this.deps.store.listBackups({ planId });
    if (listed.status === 'failed') throw new BackupError(listed.message);
    return listed.entries.map((entry) => ({
      ...entry,
      damage: entry.damage ?? this.refused.get(entry.id) ?? null,
    }));
  }

  /** The newest readable backup of a plan, or null. */
  async newest(planId: string): Promise<BackupInfo | null> {
    let newest: BackupInfo | null = null;
    for (const { info } of await this.list(planId)) {
      if (info !== null && (newest === null || Date.parse(info.takenAt) > Date.parse(newest.takenAt))) {
        newest = info;
      }
    }
    return newest;
  }

  /** Backs up `snapshot` as it is. */
  write(snapshot: PlanSnapshot, reason: BackupReason): Promise<BackupInfo> {
    return this.serial(snapshot.plan.id, async () =>
      this.store(
        await makeBackupFile(this.deps.crypto, snapshot, {
          id: this.deps.newId(),
          takenAt: this.deps.now(),
          reason,
          app: this.deps.app,
        }),
      ),
    );
  }

  /** Backs up a plan file made elsewhere (before a database upgrade, from the old records). */
  writeFile(file: BackupFile): Promise<BackupInfo> {
    return this.serial(file.backup.planId, () => this.store(file));
  }

  /** Backs up the plan as it is in the database now. */
  async backUpPlan(planId: string, reason: BackupReason): Promise<BackupInfo> {
    return this.write(await readSnapshot(this.deps.db, planId), reason);
  }

  /**
   * Backs up the plan only if its content differs from its newest backup's. Null when it does not,
   * or when the plan no longer exists.
   */
  backUpIfChanged(planId: string, reason: BackupReason): Promise<BackupInfo | null> {
    return this.serial(planId, async () => {
      if (!(await this.deps.db.plans.get(planId))) return null;
      const snapshot = await readSnapshot(this.deps.db, planId);
      const newest = await this.newest(planId);
      if (newest !== null && newest.contentHash === (await contentHash(this.deps.crypto, snapshot))) {
        return null;
      }
      return this.store(
        await makeBackupFile(this.deps.crypto, snapshot, {
          id: this.deps.newId(),
          takenAt: this.deps.now(),
          reason,
          app: this.deps.app,
        }),
      );
    });
  }

  /** Reads a backup and checks it fully (verify-backup.ts): only a whole, unchanged backup opens. */
  async open(ref: BackupRef): Promise<OpenedBackup> {
    const read = await this.deps.store.readBackup(ref);
    switch (read.status) {
      case 'missing':
        return { ok: false, reason: 'The backup is no longer there.' };
      case 'damaged':
      case 'failed':
        return { ok: false, reason: read.message };
      case 'read': {
        const checked = await verifyBackup(this.deps.crypto, read.info, new Uint8Array(read.data));
        if (checked.ok) return { ok: true, info: read.info, snapshot: checked.snapshot };
        this.refused.set(ref.id, checked.reason);
        this.changed();
        return checked;
      }
    }
  }

  /** Deletes one backup (a backup of a replace that did not happen). */
  async remove(ref: BackupRef): Promise<void> {
    const deleted = await this.deps.store.deleteBackups({ planId: ref.planId, ids: [ref.id] });
    if (deleted.status === 'failed') throw new BackupError(deleted.message);
    this.changed();
  }

  private async store(file: BackupFile): Promise<BackupInfo> {
    const written = await this.deps.store.writeBackup(file);
    if (written.status === 'failed') throw new BackupError(written.message);
    this.changed();
    try {
      await this.rotate(file.backup.planId);
    } catch {
      // The backup is written; a rotation that failed only leaves more backups than needed,
      // and the next write tries again.
    }
    return written.info;
  }

  private async rotate(planId: string): Promise<void> {
    const infos = (await this.list(planId)).flatMap((entry) => (entry.info ? [entry.info] : []));
    const ids = backupsToDelete(infos, { now: this.deps.now(), dayKey: this.deps.dayKey });
    if (ids.length === 0) return;
    const deleted = await this.deps.store.deleteBackups({ planId, ids });
    if (deleted.status === 'failed') throw new BackupError(deleted.message);
    this.changed();
  }

  private serial<T>(planId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(planId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(planId, settled);
    void settled.then(() => {
      if (this.queues.get(planId) === settled) this.queues.delete(planId);
    });
    return next;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
