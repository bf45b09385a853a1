import { canRetry, describeStorageError } from './storage-errors';

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
  /** Edits typed but not yet handed to a write (the typing pause), plus writes not yet resolved. */
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
  /** Writes in flight. */
  private writing = 0;
  /** Edits waiting for the typing pause to end, by key, with the function that saves them now. */
  private readonly pending = new Map<string, () => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SaveStatus => this.status;

  /** Runs one write. Resolves true when it is durable, false when it failed (the failure is then listed). */
  async run(key: string, what: string, write: () => Promise<unknown>, retry?: () => void): Promise<boolean> {
    this.pending.delete(key);
    this.writing += 1;
    this.set(this.status);
    try {
      await write();
      this.writing -= 1;
      this.set({
        ...this.status,
        unsaved: this.status.unsaved.filter((change) => change.key !== key),
        lastSavedAt: Date.now(),
      });
      return true;
    } catch (error) {
      const change: UnsavedChange = {
        key,
        what,
        reason: describeStorageError(error),
        retry: canRetry(error) ? (retry ?? (() => void this.run(key, what, write))) : undefined,
      };
      this.writing -= 1;
      this.set({ ...this.status, unsaved: [...this.status.unsaved.filter((c) => c.key !== key), change] });
      return false;
    }
  }

  /**
   * An edit that will be written when the user pauses typing. Until then the
   * status says "Saving…", never "Saved"; `flushAll` writes it at once.
   */
  markPending(key: string, flush: () => void): void {
    this.pending.set(key, flush);
    this.set(this.status);
  }

  /** Starts every pending write now (the page is being left or hidden). */
  flushAll(): void {
    for (const flush of [...this.pending.values()]) flush();
  }

  /**
   * Resolves once nothing is pending or being written: every edit has either reached the
   * database or failed (and is listed). Call `flushAll` first, or edits in their typing pause
   * keep it waiting until the pause ends.
   */
  settled(): Promise<void> {
    if (this.writing + this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.subscribe(() => {
        if (this.writing + this.pending.size > 0) return;
        stop();
        resolve();
      });
    });
  }

  /** Input that cannot be saved as typed (e.g. an empty name): listed until it is fixed or reverted. */
  markInvalid(key: string, what: string, reason: string): void {
    this.pending.delete(key);
    const unsaved = this.status.unsaved.filter((change) => change.key !== key);
    this.set({ ...this.status, unsaved: [...unsaved, { key, what, reason }] });
  }

  /** Forgets everything listed under keys starting with `prefix` (the record was deleted). */
  forget(prefix: string): void {
    for (const key of [...this.pending.keys()]) if (key.startsWith(prefix)) this.pending.delete(key);
    this.set({
      ...this.status,
      unsaved: this.status.unsaved.filter((change) => !change.key.startsWith(prefix)),
    });
  }

  /** Forgets the key's pending edit and its listed problem (the user reverted it). */
  clear(key: string): void {
    this.pending.delete(key);
    this.set({ ...this.status, unsaved: this.status.unsaved.filter((change) => change.key !== key) });
  }

  private set(status: SaveStatus): void {
    const saving = this.writing + this.pending.size;
    // A new object only when something changed: React re-renders on identity.
    if (status === this.status && saving === this.status.saving) return;
    this.status = { ...status, saving };
    for (const listener of this.listeners) listener();
  }
}
