import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { soakCount } from '../support/soak';
import { CHROMIUM_EXECUTABLE, launchCrashableChromium, type CrashableChromium } from './crashable-chromium';
import { dumpRawDatabase } from './raw-database';

/*
 * The kill test: a burst of edits in Debian's Chromium on a profile kept on disk, SIGKILL to the
 * whole browser at a random moment, relaunch on the same profile. Every edit the status bar had
 * confirmed ("✓ Saved" after it) must be in the database, nothing that was never typed may be, and
 * the app must open. `npm test` runs 20 rounds, `npm run soak` 100. The randomness is seeded: a
 * failure names its seed; DRP_KILL_SEED=<seed> replays it.
 */

const ROUNDS = soakCount(20, 100);
const SEED = Number(process.env.DRP_KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Past this many systems, a round only edits (the table stays quick at soak length). */
const MAX_SYSTEMS = 40;
const SAVED = '✓ Saved';
const LOG_PREFIX = 'drp-kill-log ';

const entrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('input'), field: z.string(), value: z.string() }),
  z.object({ kind: z.literal('add'), name: z.string() }),
  z.object({ kind: z.literal('status'), text: z.string() }),
  z.object({ kind: z.literal('problem'), text: z.string() }),
]);
type Entry = z.infer<typeof entrySchema>;

/** mulberry32: small, seedable, good enough to pick moments and fields. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * Reports, in the page's own order, every keystroke's value, every add and every change of the
 * status bar. Order is what matters: an edit is confirmed when "✓ Saved" shows after it.
 */
function recordInPage() {
  // Console messages, not an exposed binding: they need no answer from a browser about to die.
  const send = (entry: Entry) => {
    console.debug(`drp-kill-log ${JSON.stringify(entry)}`);
  };
  // Capturing listeners on the document run before React's handlers on the root.
  document.addEventListener(
    'input',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement) {
        send({ kind: 'input', field: target.getAttribute('aria-label') ?? '', value: target.value });
      }
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      const target = event.target;
      if (event.key === 'Enter' && target instanceof HTMLInputElement) {
        if (target.getAttribute('aria-label') === 'New system name')
          send({ kind: 'add', name: target.value });
      }
    },
    true,
  );
  document.addEventListener('securitypolicyviolation', (event) => {
    send({ kind: 'problem', text: `CSP ${event.violatedDirective} blocked ${event.blockedURI}` });
  });
  let last = '';
  new MutationObserver(() => {
    const text = document.querySelector('.save-status')?.textContent ?? '';
    if (text !== last) {
      last = text;
      send({ kind: 'status', text });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

// Playwright records a trace of every context, including the ones this test reaches over CDP; a
// context whose browser was SIGKILLed cannot hand its trace over, and collecting it would fail the
// test after it passed. The test logs its seed instead, which replays it.
test.use({ trace: 'off' });

interface Session {
  chrome: CrashableChromium;
  page: Page;
  log: Entry[];
  problems: string[];
}

async function startSession(profile: string, url: string): Promise<Session> {
  const chrome = await launchCrashableChromium(profile);
  const context: BrowserContext | undefined = chrome.browser.contexts()[0];
  if (!context) throw new Error('Chromium started without a context');
  const log: Entry[] = [];
  const problems: string[] = [];
  await context.addInitScript(recordInPage);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => {
    const text = message.text();
    if (!text.startsWith(LOG_PREFIX)) return;
    const entry = entrySchema.parse(JSON.parse(text.slice(LOG_PREFIX.length)));
    if (entry.kind === 'problem') problems.push(entry.text);
    log.push(entry);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  return { chrome, page, log, problems };
}

/** Edits until the browser dies under it. Returns how many edits it started. */
async function burst(page: Page, next: () => number, round: number, systemCount: number): Promise<number> {
  let edits = 0;
  let added = 0;
  try {
    for (;;) {
      if (systemCount + added < MAX_SYSTEMS && next() < 0.35) {
        const name = `R${String(round)}-S${String(added)}`;
        await page.getByLabel('New system name').fill(name);
        await page.getByLabel('New system name').press('Enter');
        added += 1;
      } else {
        const owners = page.getByRole('textbox', { name: /^Owner of / });
        const count = await owners.count();
        if (count > 0) {
          const owner = owners.nth(Math.floor(next() * count));
          const text = `Owner ${String(round)}.${String(edits)}`;
          if (next() < 0.5) {
            await owner.fill(text);
          } else {
            await owner.fill('');
            await owner.pressSequentially(text, { delay: Math.floor(next() * 20) });
          }
        }
      }
      edits += 1;
      // Sometimes long enough for the typing pause to end and the write to land, sometimes not.
      await page.waitForTimeout(next() < 0.2 ? 450 + next() * 500 : next() * 100);
    }
  } catch {
    // The browser was killed mid-action: the burst is over.
  }
  return edits;
}

interface StoredSystem {
  name: string;
  owner: string;
  planId: string;
}

function isStoredSystem(value: unknown): value is StoredSystem {
  return (
    value instanceof Object &&
    'name' in value &&
    typeof value.name === 'string' &&
    'owner' in value &&
    typeof value.owner === 'string' &&
    'planId' in value &&
    typeof value.planId === 'string'
  );
}

test('killed mid-burst, relaunched on the same profile: every edit shown as saved is there', async ({
  baseURL,
}) => {
  test.skip(!CHROMIUM_EXECUTABLE, 'needs a Chromium started by path (CHROMIUM_PATH or /usr/bin/chromium)');
  test.setTimeout(60_000 + ROUNDS * 20_000);
  console.log(`kill test: seed ${String(SEED)} (replay with DRP_KILL_SEED=${String(SEED)})`);
  const next = random(SEED);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'drp-kill-'));
  const started = Date.now();
  let session: Session | null = null;
  let edits = 0;
  let confirmed = 0;
  /** Keystrokes and adds the page saw, across all rounds. */
  let typed = 0;
  /** Kills that struck while the status bar said "Saving…" (an edit pending or being written). */
  let midSave = 0;

  try {
    // A plan to edit, created through the UI.
    session = await startSession(profile, `${baseURL ?? ''}/`);
    const { page } = session;
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByRole('dialog', { name: 'New plan' }).getByLabel('Plan name').fill('Kill test');
    await page.getByRole('dialog', { name: 'New plan' }).getByRole('button', { name: 'Create plan' }).click();
    await page
      .getByRole('navigation', { name: 'Plan', exact: true })
      .getByRole('link', { name: 'Critical systems' })
      .click();
    await expect(page.getByRole('heading', { name: 'Critical systems' })).toBeVisible();
    const systemsUrl = page.url();
    const planId = /plans\/([^/]+)\/systems/.exec(systemsUrl)?.[1] ?? '';
    expect(planId).not.toBe('');

    /** Systems verified present so far, with their owner. */
    let known = new Map<string, string>();
    const everAdded = new Set<string>();

    for (let round = 0; round < ROUNDS; round += 1) {
      const context = `seed ${String(SEED)}, round ${String(round + 1)} of ${String(ROUNDS)}`;
      const current: Session = session;
      current.log.length = 0;
      const killAt = 300 + next() * 2700;
      const killed = new Promise<void>((resolve) => {
        setTimeout(() => {
          void current.chrome.kill().then(resolve);
        }, killAt);
      });
      edits += await burst(current.page, next, round, known.size);
      await killed;
      expect(current.problems, context).toEqual([]);
      const log = [...current.log];

      session = await startSession(profile, systemsUrl);
      // The database opens, and the app with it, with nothing pending or failed.
      await expect(session.page.getByRole('heading', { name: 'Critical systems' }), context).toBeVisible();
      await expect(session.page.locator('.save-status'), context).toHaveText('Changes save automatically');
      const stored = ((await dumpRawDatabase(session.page)).stores.systems ?? [])
        .filter(isStoredSystem)
        .filter((system) => system.planId === planId);
      const storedNames = stored.map((system) => system.name);

      const lastSaved = log.findLastIndex((entry) => entry.kind === 'status' && entry.text === SAVED);
      const adds = log.flatMap((entry, index) => (entry.kind === 'add' ? [{ name: entry.name, index }] : []));
      for (const add of adds) everAdded.add(add.name);
      for (const add of adds.filter((entry) => entry.index < lastSaved)) {
        expect(storedNames, `${context}: “${add.name}” was shown as saved`).toContain(add.name);
      }
      for (const name of known.keys()) expect(storedNames, `${context}: earlier rounds`).toContain(name);
      for (const name of storedNames) {
        expect(known.has(name) || everAdded.has(name), `${context}: “${name}” was never typed`).toBe(true);
      }

      for (const system of stored) {
        const typed = log.flatMap((entry, index) =>
          entry.kind === 'input' && entry.field === `Owner of ${system.name}`
            ? [{ value: entry.value.trim(), index }]
            : [],
        );
        const lastConfirmed = typed.findLastIndex((entry) => entry.index < lastSaved);
        // Confirmed: the last value typed before "Saved", or any typed after it (its write may have
        // landed unannounced). Unconfirmed: the value from before the round, or any typed.
        const acceptable =
          lastConfirmed >= 0
            ? typed.slice(lastConfirmed).map((entry) => entry.value)
            : [known.get(system.name) ?? '', ...typed.map((entry) => entry.value)];
        expect(acceptable, `${context}: owner of “${system.name}”`).toContain(system.owner.trim());
      }
      const lastStatus = log.findLast((entry) => entry.kind === 'status');
      if (lastStatus?.kind === 'status' && lastStatus.text === 'Saving…') midSave += 1;
      typed += log.filter((entry) => entry.kind === 'input' || entry.kind === 'add').length;
      confirmed += log.slice(0, Math.max(lastSaved, 0)).filter((entry) => entry.kind !== 'status').length;
      known = new Map(stored.map((system) => [system.name, system.owner.trim()]));
    }

    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `kill test: ${String(ROUNDS)} rounds, ${String(ROUNDS)} kills (${String(midSave)} while “Saving…”), ` +
        `${String(edits)} edits started (${String(typed)} keystrokes and adds), ` +
        `${String(confirmed)} of them confirmed saved before a kill, ${String(known.size)} systems, ` +
        `${String(seconds)} s, seed ${String(SEED)}`,
    );
    expect(session.problems).toEqual([]);
  } finally {
    await session?.chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
});
