import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Where each main screen's screenshot lands: a CI artifact, and what we look at after a UI change. */
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

interface Problems {
  /** CSP violations and uncaught page errors seen during the test; each test ends by asserting there were none. */
  problems: string[];
}

export const test = base.extend<Problems>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      await page.exposeFunction('__reportCspViolation', (text: string) => {
        problems.push(text);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__reportCspViolation?.(
            `CSP ${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use(problems);
      expect(problems, 'no CSP violations or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Creates a plan through the UI (which opens its overview) and goes on to its systems screen. */
export async function createPlan(page: Page, name: string, organisation = ''): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill(name);
  await dialog.getByLabel('Organisation').fill(organisation);
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Critical systems' })
    .click();
  await expect(page.getByRole('heading', { name: 'Critical systems' })).toBeVisible();
}

/** From the plan list: opens a plan (on its overview) and goes to its systems screen. */
export async function openPlanSystems(page: Page, open: () => Promise<void>): Promise<void> {
  await open();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Critical systems' })
    .click();
  await expect(page.getByRole('heading', { name: 'Critical systems' })).toBeVisible();
}

/** Adds systems the way a fast typist does: name, Enter, name, Enter. */
export async function addSystemsByKeyboard(page: Page, names: readonly string[]): Promise<void> {
  const input = page.getByLabel('New system name');
  await input.focus();
  for (const name of names) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  for (const name of names) {
    await expect(page.getByRole('textbox', { name: `Name of ${name}`, exact: true })).toHaveValue(name);
  }
}

/** Everything typed is in the database: exactly "✓ Saved", never "Saving…" or "Not saved: …". */
export async function expectSaved(page: Page): Promise<void> {
  const status = page.getByRole('status');
  await expect(status).toHaveText('✓ Saved');
  await expect(status).toHaveAttribute('data-state', 'idle');
}

/** Simulates a full disk: every IndexedDB put fails the way Chromium reports it. */
export async function failWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__realPut = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put');
    Object.defineProperty(IDBObjectStore.prototype, 'put', {
      configurable: true,
      value: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
  });
}

export async function restoreWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (window.__realPut) Object.defineProperty(IDBObjectStore.prototype, 'put', window.__realPut);
  });
}
