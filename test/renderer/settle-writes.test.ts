import { describe, expect, it } from 'vitest';
import { SaveTracker } from '../../renderer/autosave/save-tracker';
import { settleWrites } from '../../renderer/autosave/settle-writes';

describe('settleWrites (before this window lets another one upgrade the database)', () => {
  it('writes an edit still in its typing pause and resolves once it is written', async () => {
    const tracker = new SaveTracker();
    const written: string[] = [];
    tracker.markPending('system:1:owner', () => {
      void tracker.run('system:1:owner', 'Owner', async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        written.push('owner');
      });
    });
    expect(await settleWrites(tracker, 1000)).toBe(true);
    expect(written).toEqual(['owner']);
    expect(tracker.getSnapshot().saving).toBe(0);
  });

  it('gives up after the time limit when a write hangs', async () => {
    const tracker = new SaveTracker();
    void tracker.run('system:1:owner', 'Owner', () => new Promise(() => undefined));
    const started = Date.now();
    expect(await settleWrites(tracker, 50)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('resolves at once when nothing is pending', async () => {
    expect(await settleWrites(new SaveTracker(), 10_000)).toBe(true);
  });
});
