import { describeStorageError } from './storage-errors';

/** Something the user typed that is not in the database, and why. */
export interface UnsavedChange {
  key: string;
  /** What was not saved, in the user's words: "Owner of “CRM”". */
  what: string;
  reason: string;
  /** Present when trying again can help (a storage failure, not invalid input). */
  retry?: () => void;
}

export interface SaveStatus {
  /** Writes that have started and not yet resolved. */
  saving: number;
  unsaved: readonly UnsavedChange[];
  /** When the last write resolved (ms since epoch), or null before the first one. */
  lastSavedAt: number | null;
}

/**
 * Every autosaving write goes through here so one status line can say,
 * truthfully, whether everything typed is in the database. "Saved" is only
 * reported after the write's transaction has resolved.
 */
export class SaveTracker {
  private status: SaveStatus = { saving: 0, unsaved: [], lastSavedAt: null };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SaveStatus => this.status;

  /** Runs one write. Resolves true when it is durable, false when it failed (the failure is then listed). */
  async run(key: string, what: string, write: () => Promise<unknown>, retry?: () => void): Promise<boolean> {
    this.set({ ...this.status, saving: this.status.saving + 1 });
    try {
      await write();
      this.set({
        saving: this.status.saving - 1,
        unsaved: this.status.unsaved.filter((change) => change.key !== key),
        lastSavedAt: Date.now(),
      });
      return true;
    } catch (error) {
      const change: UnsavedChange = {
        key,
        what,
        reason: describeStorageError(error),
        retry: retry ?? (() => void this.run(key, what, write)),
      };
      this.set({
        ...this.status,
        saving: this.status.saving - 1,
        unsaved: [...this.status.unsaved.filter((c) => c.key !== key), change],
      });
      return false;
    }
  }

  /** Input that cannot be saved as typed (e.g. an empty name): listed until it is fixed or reverted. */
  markInvalid(key: string, what: string, reason: string): void {
    const unsaved = this.status.unsaved.filter((change) => change.key !== key);
    this.set({ ...this.status, unsaved: [...unsaved, { key, what, reason }] });
  }

  clear(key: string): void {
    if (!this.status.unsaved.some((change) => change.key === key)) return;
    this.set({ ...this.status, unsaved: this.status.unsaved.filter((change) => change.key !== key) });
  }

  private set(status: SaveStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
