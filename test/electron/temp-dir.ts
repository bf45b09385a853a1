import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temp folder per call, removed after the test that made it. */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    // Retries: main's log (and window-state) writes can still be landing in the folder as it goes.
    await Promise.all(
      made.splice(0).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })),
    );
  });
  return async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'drp-test-'));
    made.push(dir);
    return dir;
  };
}
