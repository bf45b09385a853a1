import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS } from '../../playwright.config';

/** The Chromium the end-to-end tests use, when there is one to start by path (Linux CI, Debian). */
export const CHROMIUM_EXECUTABLE =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);

export interface CrashableChromium {
  browser: Browser;
  /** SIGKILL to the browser and every process it started: a crash, not a shutdown. */
  kill: () => Promise<void>;
}

/**
 * Starts Chromium ourselves, not through Playwright, so that we hold its real process (and process
 * group) and can kill it without warning, then connects over the DevTools protocol. The profile
 * directory keeps IndexedDB on disk from one launch to the next.
 */
export async function launchCrashableChromium(profile: string): Promise<CrashableChromium> {
  if (!CHROMIUM_EXECUTABLE) throw new Error('No Chromium to start: set CHROMIUM_PATH.');
  // Chromium writes the port it picked here; a stale file from the killed run must not be read.
  const portFile = path.join(profile, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const child = spawn(
    CHROMIUM_EXECUTABLE,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // Its own process group, so one signal reaches the renderer, GPU and storage processes too.
    { detached: true, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const { pid } = child;
  if (pid === undefined) throw new Error('Chromium did not start.');

  const kill = async () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await exited;
  };

  try {
    const port = await waitForPort(portFile, 30_000);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${String(port)}`);
    return { browser, kill };
  } catch (error) {
    await kill();
    throw error;
  }
}

async function waitForPort(portFile: string, withinMs: number): Promise<number> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (Number.isInteger(port) && port > 0) return port;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Chromium did not report its DevTools port within ${String(withinMs)} ms.`);
}
