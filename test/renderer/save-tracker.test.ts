import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { SaveTracker } from '../../renderer/autosave/save-tracker';
import { describeStorageError } from '../../renderer/autosave/storage-errors';
import { NewerDatabaseError } from '../../renderer/db/read-only';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SaveTracker', () => {
  it('reports "saved" only once the write has resolved', async () => {
    const tracker = new SaveTracker();
    const write = deferred();
    const done = tracker.run('k', 'Owner of “ERP”', () => write.promise);
    expect(tracker.getSnapshot()).toMatchObject({ saving: 1, lastSavedAt: null });
    write.resolve();
    expect(await done).toBe(true);
    expect(tracker.getSnapshot()).toMatchObject({ saving: 0, unsaved: [] });
    expect(tracker.getSnapshot().lastSavedAt).not.toBeNull();
  });

  it('lists a failed write with what and why, and a later success clears it', async () => {
    const tracker = new SaveTracker();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(await tracker.run('k', 'Owner of “ERP”', () => Promise.reject(quota))).toBe(false);
    const [change] = tracker.getSnapshot().unsaved;
    expect(change).toMatchObject({ key: 'k', what: 'Owner of “ERP”' });
    expect(change?.reason).toMatch(/storage is full/);
    expect(tracker.getSnapshot().lastSavedAt).toBeNull();

    expect(await tracker.run('k', 'Owner of “ERP”', () => Promise.resolve())).toBe(true);
    expect(tracker.getSnapshot().unsaved).toEqual([]);
  });

  it('retry runs the failed write again', async () => {
    const tracker = new SaveTracker();
    const write = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('disk gone'))
      .mockResolvedValue();
    await tracker.run('k', 'Name', write);
    tracker.getSnapshot().unsaved[0]?.retry?.();
    await vi.waitFor(() => {
      expect(tracker.getSnapshot().unsaved).toEqual([]);
    });
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('keeps invalid input listed until it is cleared, without a retry', () => {
    const tracker = new SaveTracker();
    const listener = vi.fn();
    tracker.subscribe(listener);
    tracker.markInvalid('k', 'Name of “ERP”', 'System name is required');
    expect(tracker.getSnapshot().unsaved).toEqual([
      { key: 'k', what: 'Name of “ERP”', reason: 'System name is required' },
    ]);
    tracker.clear('k');
    expect(tracker.getSnapshot().unsaved).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('describeStorageError', () => {
  it('looks through Dexie’s wrapper to the browser’s error', () => {
    const inner = new DOMException('quota', 'QuotaExceededError');
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted', inner))).toMatch(
      /storage is full/,
    );
    expect(describeStorageError(new Dexie.DatabaseClosedError())).toMatch(/database is closed/);
    expect(describeStorageError(new Error('Something odd'))).toBe('Something odd');
    expect(describeStorageError('plain string')).toBe('plain string');
  });
});

describe('SaveTracker pending edits', () => {
  it('counts an edit waiting for the typing pause as saving, and flushAll writes it', async () => {
    const tracker = new SaveTracker();
    const write = vi.fn(() => Promise.resolve());
    const flush = () => void tracker.run('k', 'Owner', write);
    tracker.markPending('k', flush);
    expect(tracker.getSnapshot()).toMatchObject({ saving: 1, lastSavedAt: null });
    tracker.flushAll();
    expect(write).toHaveBeenCalledOnce();
    await vi.waitFor(() => {
      expect(tracker.getSnapshot()).toMatchObject({ saving: 0 });
    });
    expect(tracker.getSnapshot().lastSavedAt).not.toBeNull();
    // Flushed edits are no longer pending: a second flush writes nothing.
    tracker.flushAll();
    expect(write).toHaveBeenCalledOnce();
  });

  it('forgets a pending edit that is reverted or becomes invalid', () => {
    const tracker = new SaveTracker();
    const flush = vi.fn();
    tracker.markPending('a', flush);
    tracker.markPending('b', flush);
    tracker.clear('a');
    tracker.markInvalid('b', 'Name', 'System name is required');
    tracker.flushAll();
    expect(flush).not.toHaveBeenCalled();
    expect(tracker.getSnapshot().saving).toBe(0);
  });

  describe('settled', () => {
    it('resolves at once when nothing is pending or being written', async () => {
      await expect(new SaveTracker().settled()).resolves.toBeUndefined();
    });

    it('waits for every write in flight, whether it succeeds or fails', async () => {
      const tracker = new SaveTracker();
      const first = deferred();
      const second = deferred();
      void tracker.run('a', 'A', () => first.promise);
      void tracker.run('b', 'B', () => second.promise);
      let settled = false;
      void tracker.settled().then(() => {
        settled = true;
      });
      first.resolve();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(settled).toBe(false);
      second.reject(new Error('disk gone'));
      await vi.waitFor(() => {
        expect(settled).toBe(true);
      });
      expect(tracker.getSnapshot().unsaved.map((change) => change.key)).toEqual(['b']);
    });

    it('waits for an edit in its typing pause until it is written', async () => {
      const tracker = new SaveTracker();
      const write = deferred();
      tracker.markPending('k', () => {
        void tracker.run('k', 'K', () => write.promise);
      });
      let settled = false;
      void tracker.settled().then(() => {
        settled = true;
      });
      tracker.flushAll();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(settled).toBe(false);
      write.resolve();
      await vi.waitFor(() => {
        expect(settled).toBe(true);
      });
    });

    it('resolves when a pending edit is dropped instead (reverted or its record deleted)', async () => {
      const tracker = new SaveTracker();
      tracker.markPending('system:1:name', () => undefined);
      const settled = tracker.settled();
      tracker.forget('system:1');
      await expect(settled).resolves.toBeUndefined();
    });
  });

  it('lists a write refused by a newer version’s database with its reason and no Retry', async () => {
    const tracker = new SaveTracker();
    expect(await tracker.run('k', 'Owner of “ERP”', () => Promise.reject(new NewerDatabaseError()))).toBe(
      false,
    );
    const [change] = tracker.getSnapshot().unsaved;
    expect(change?.reason).toBe(
      'this database was made by a newer version of DR Planner, so it is read-only here. Update DR Planner to edit.',
    );
    expect(change?.retry).toBeUndefined();
  });
});
