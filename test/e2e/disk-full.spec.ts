import type { Page } from '@playwright/test';
import { addSystemsByKeyboard, createPlan, expect, expectSaved, screenshot, test } from './fixtures';
import { dumpRawDatabase } from './raw-database';

/*
 * A full disk, simulated in the page before the app loads: once the switch is on, every IndexedDB
 * write throws the QuotaExceededError DOMException Chromium uses. Nothing in the app knows about it.
 */
async function installDiskSwitch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store = IDBObjectStore.prototype;
    for (const method of ['put', 'add', 'delete', 'clear'] as const) {
      const real: unknown = Reflect.get(store, method);
      if (typeof real !== 'function') throw new Error(`IDBObjectStore has no ${method}`);
      Object.defineProperty(store, method, {
        configurable: true,
        value: function (this: IDBObjectStore, ...args: unknown[]): unknown {
          if (window.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          const request: unknown = Reflect.apply(real, this, args);
          return request;
        },
      });
    }
  });
}

async function setDiskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((value) => {
    window.__diskFull = value;
  }, full);
}

test('a full disk: the status bar names every edit not saved, typed values stay, Retry saves them once there is space', async ({
  page,
}) => {
  await installDiskSwitch(page);
  await createPlan(page, 'Disk full');
  await addSystemsByKeyboard(page, ['File server', 'Mail server']);
  await expectSaved(page);
  const before = await dumpRawDatabase(page);

  await setDiskFull(page, true);
  const fileOwner = page.getByRole('textbox', { name: 'Owner of File server' });
  const mailOwner = page.getByRole('textbox', { name: 'Owner of Mail server' });
  await fileOwner.fill('Infrastructure team');
  await mailOwner.fill('Messaging team');
  await page.getByLabel('New system name').fill('Backup server');
  await page.getByLabel('New system name').press('Enter');

  const status = page.getByRole('status');
  await expect(status).toContainText(
    'Not saved: Owner of “File server” — the disk or the app’s storage is full. Free some space, then retry.',
  );
  await status.getByText('(and 2 more)').click();
  await expect(status.getByRole('listitem')).toHaveText([
    'Owner of “File server”',
    'Owner of “Mail server”',
    'New system “Backup server”',
  ]);
  await expect(fileOwner).toHaveValue('Infrastructure team');
  await expect(mailOwner).toHaveValue('Messaging team');
  await expect(page.getByText('“Backup server” was not added. Use Retry in the status bar.')).toBeVisible();
  await screenshot(page, 'disk-full-status');
  // Nothing of it reached the database.
  expect(await dumpRawDatabase(page)).toEqual(before);

  // Still full: Retry fails again and keeps everything listed.
  await status.getByRole('button', { name: 'Retry' }).click();
  await expect(status).toContainText('(and 2 more)');

  await setDiskFull(page, false);
  await status.getByRole('button', { name: 'Retry' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Owner of File server' })).toHaveValue(
    'Infrastructure team',
  );
  await expect(page.getByRole('textbox', { name: 'Owner of Mail server' })).toHaveValue('Messaging team');
  await expect(page.getByRole('textbox', { name: 'Name of Backup server' })).toHaveValue('Backup server');
});
