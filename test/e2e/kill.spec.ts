import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { soakCount } from '../support/soak';

/*
 * The kill test: Debian's Chromium on a persistent profile, a burst of edits, SIGKILL of the whole
 * browser at a random moment, relaunch on the same profile. Every edit the status bar had shown as
 * saved must be there, and the database must open. 20 rounds in `npm test`, 100 in `npm run soak`.
 *
 * Chromium is started here, not by Playwright, so that the test holds the real process group and can
 * kill it the way a power cut or the OOM killer would: no unload, no flush, no goodbye.
 */

const ROUNDS = soakCount(20, 100);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SEED = Number(process.env.DRP_KILL_SEED ?? Date.now() % 1_000_000);

/** mulberry32: a small seeded generator, so a failing round can be replayed with DRP_KILL_SEED. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Running {
  child: ChildProcess;
  browser: Browser;
  page: Page;
}

async function launch(profile: string): Promise<Running> {
  const child = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // Its own process group: the kill takes the renderers and the storage service with it.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error(`Chromium did not start: ${output}`));
    }, 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${String(code)}): ${output}`));
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (context === undefined) throw new Error('Chromium has no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  return { child, browser, page };
}

async function kill(running: Running): Promise<void> {
  const exited = new Promise<void>((resolve) =>
    running.child.once('exit', () => {
      resolve();
    }),
  );
  const pid = running.child.pid;
  if (pid === undefined) throw new Error('Chromium has no pid');
  process.kill(-pid, 'SIGKILL');
  await exited;
}

/** What the systems table shows, read in one go so it is one consistent moment. */
interface Shown {
  saved: boolean;
  owners: Record<string, string>;
}

function readShown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const status = document.querySelector('[role="status"]');
    const owners: Record<string, string> = {};
    for (const row of document.querySelectorAll('table[aria-label="Critical systems"] tbody tr')) {
      const name = row.querySelector<HTMLInputElement>('input[aria-label^="Name of "]');
      const owner = row.querySelector<HTMLInputElement>('input[aria-label^="Owner of "]');
      if (name !== null && owner !== null) owners[name.value] = owner.value;
    }
    return {
      saved: status?.getAttribute('data-state') === 'idle' && status.textContent.trim() === '✓ Saved',
      owners,
    };
  });
}

async function openSystems(page: Page, baseURL: string, planId: string): Promise<void> {
  await page.goto(`${baseURL}/#/plans/${planId}/systems`);
  await expect(page.getByRole('heading', { name: 'Critical systems' })).toBeVisible({ timeout: 15_000 });
}

test('edits shown as saved survive SIGKILL of the browser, round after round', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(60_000 + ROUNDS * 20_000);
  testInfo.annotations.push({ type: 'seed', description: `DRP_KILL_SEED=${SEED}` });
  if (baseURL === undefined) throw new Error('No baseURL');
  const random = seededRandom(SEED);
  const profile = mkdtempSync(path.join(tmpdir(), 'drp-kill-'));
  /** Per system name, the owner text last shown as saved: what must survive. */
  let acknowledged: Record<string, string> = {};
  let planId = '';
  let systemsAdded = 0;

  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const running = await launch(profile);
      const { page } = running;
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      if (round === 0) {
        await page.goto(`${baseURL}/`);
        await page.getByRole('button', { name: 'New plan' }).click();
        const dialog = page.getByRole('dialog', { name: 'New plan' });
        await dialog.getByLabel('Plan name').fill('Kill test');
        await dialog.getByRole('button', { name: 'Create plan' }).click();
        await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
        planId = /#\/plans\/([^/]+)/.exec(page.url())?.[1] ?? '';
        expect(planId).not.toBe('');
      }
      await openSystems(page, baseURL, planId);

      // The database opened and everything acknowledged before the last kill is there.
      const after = await readShown(page);
      for (const [name, owner] of Object.entries(acknowledged)) {
        expect(after.owners, `round ${round} (seed ${SEED}): ${name} lost`).toHaveProperty([name]);
        // Typing only appends, so a later saved value starts with the acknowledged one.
        expect(after.owners[name]?.startsWith(owner), `round ${round}: owner of ${name}`).toBe(true);
      }
      expect(pageErrors).toEqual([]);
      if (round === ROUNDS) {
        await running.browser.close().catch(() => undefined);
        await kill(running);
        break;
      }

      // A burst: new systems typed into the quick-entry row, an owner typed into an existing one,
      // while a watcher records what the status bar shows as saved. The kill comes at a random moment.
      const watching = { on: true };
      const watcher = (async () => {
        while (watching.on) {
          const shown = await readShown(page).catch(() => null);
          if (shown === null) return;
          if (shown.saved) acknowledged = shown.owners;
          await new Promise((resolve) => setTimeout(resolve, 15));
        }
      })();
      const killAfter = 300 + Math.floor(random() * 2200);
      const burst = (async () => {
        const existing = Object.keys(acknowledged);
        const target = existing[Math.floor(random() * existing.length)];
        if (target !== undefined) {
          await page.getByRole('textbox', { name: `Owner of ${target}`, exact: true }).focus();
          await page.keyboard.press('End');
          await page.keyboard.type(`r${round}`, { delay: 20 });
        }
        await page.getByLabel('New system name').focus();
        for (let i = 0; i < 6; i++) {
          await page.keyboard.type(`S${round}-${i}`, { delay: 10 });
          await page.keyboard.press('Enter');
          systemsAdded += 1;
        }
      })().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, killAfter));
      watching.on = false;
      await watcher;
      await kill(running);
      await burst;
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  testInfo.annotations.push({
    type: 'figures',
    description: `${ROUNDS} kills, ${systemsAdded} systems typed, ${Object.keys(acknowledged).length} acknowledged and found`,
  });
  console.log(
    `kill test: ${ROUNDS} rounds, seed ${SEED}, ${systemsAdded} systems typed, ${Object.keys(acknowledged).length} acknowledged and found after the last kill`,
  );
});
