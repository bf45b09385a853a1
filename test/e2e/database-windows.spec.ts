import { addSystemsByKeyboard, createPlan, expect, screenshot, test } from './fixtures';
import {
  createRawDatabase,
  databaseFixture,
  dumpRawDatabase,
  openBlankPage,
  rawStores,
  releaseHeldDatabase,
} from './raw-database';

/*
 * The database as other versions of the app and other windows leave it, in Chromium: a newer
 * version's database, another window upgrading ours, and an older window in the way of our upgrade.
 */

const v8 = databaseFixture(8);
const PLAN_NAME = 'Plan for Zürich – Łódź – Ærøskøbing';
const FIRST_SYSTEM = 'Domain, DNS and CDN';

test('a database made by a newer version opens read-only: shown, never changed', async ({ page }) => {
  // Version 9 of the app (IndexedDB version 90): today's tables, one more, and a field we do not know.
  await openBlankPage(page);
  const records = Object.fromEntries(
    Object.entries(v8.tables).map(([table, list]) => [
      table,
      list.map((record) => ({ ...record, futureField: 'from version 9' })),
    ]),
  );
  await createRawDatabase(page, {
    version: 90,
    stores: rawStores({ ...v8.stores, auditLog: 'id, planId' }),
    records: { ...records, auditLog: [{ id: 'a1', planId: 'x', text: 'kept' }] },
  });
  const before = await dumpRawDatabase(page);

  await page.goto('/');
  const banner = page.getByRole('alert').filter({ hasText: 'Read-only' });
  await expect(banner).toContainText(
    'Read-only: this database was made by a newer version of DR Planner. Your plans are shown as they are, and nothing here can change them. Update DR Planner to edit.',
  );
  await page.getByRole('link', { name: PLAN_NAME }).click();
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Critical systems' })
    .click();
  const owner = page.getByRole('textbox', { name: `Owner of ${FIRST_SYSTEM}` });
  await expect(owner).toHaveValue('Head of e-commerce');

  // Every write is refused with the reason, and what was typed stays on screen.
  await owner.fill('Someone new');
  await owner.blur();
  await expect(page.getByRole('status')).toContainText(
    `Not saved: Owner of “${FIRST_SYSTEM}” — this database was made by a newer version of DR Planner, so it is read-only here. Update DR Planner to edit.`,
  );
  await expect(owner).toHaveValue('Someone new');
  // Trying again cannot help here, so no Retry is offered.
  await expect(page.getByRole('status').getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await page.getByLabel('New system name').fill('Another system');
  await page.getByLabel('New system name').press('Enter');
  await expect(page.getByRole('status')).toContainText('(and 1 more)');
  await screenshot(page, 'database-read-only');

  expect(await dumpRawDatabase(page)).toEqual(before);
  expect(before.version).toBe(90);
});

test('a newer database this version cannot read says so and is left alone', async ({ page }) => {
  await openBlankPage(page);
  const stores = Object.fromEntries(Object.entries(v8.stores).filter(([table]) => table !== 'systems'));
  await createRawDatabase(page, { version: 90, stores: rawStores(stores), records: {} });
  const before = await dumpRawDatabase(page);

  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'The database cannot be opened. It was made by a newer version of DR Planner (database version 9) that this version cannot read. Nothing was changed. Update DR Planner to open it.',
  );
  await expect(page.getByRole('heading', { name: 'Your plans' })).toHaveCount(0);
  await screenshot(page, 'database-unreadable');
  expect(await dumpRawDatabase(page)).toEqual(before);
});

test('another window’s upgrade goes through: this one writes its pending edit, lets go and asks for a reload', async ({
  page,
  context,
}) => {
  await createPlan(page, 'Two windows');
  await addSystemsByKeyboard(page, ['Mail server']);
  // An edit still in its typing pause when the other window asks for the database.
  await page.getByRole('textbox', { name: 'Owner of Mail server' }).fill('Messaging team');

  // The other window: a newer version of the app upgrading the database to version 9.
  const other = await context.newPage();
  await openBlankPage(other);
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('dr-planner', 90);
        request.onupgradeneeded = () => request.result.createObjectStore('auditLog', { keyPath: 'id' });
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => {
          reject(new Error(String(request.error)));
        };
        request.onblocked = () => {
          // Expected for a moment, while the first window writes its pending edit.
        };
      }),
  );
  expect(upgraded).toBe(90);

  await expect(page.getByRole('alert')).toContainText(
    'Another DR Planner window is updating the database. This window let go of it so the update can finish; everything shown as saved is kept. Reload to continue.',
  );
  await screenshot(page, 'database-closed-for-upgrade');
  const systems = (await dumpRawDatabase(other)).stores.systems ?? [];
  expect(systems).toContainEqual(expect.objectContaining({ name: 'Mail server', owner: 'Messaging team' }));

  // Reloaded, this (older) window meets version 9's database: read-only, with the edit there.
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('alert')).toContainText('Read-only');
  await expect(page.getByRole('textbox', { name: 'Owner of Mail server' })).toHaveValue('Messaging team');
});

test('an older window holding the database open: this one says so, and opens once it lets go', async ({
  page,
  context,
}) => {
  const v5 = databaseFixture(5);
  const older = await context.newPage();
  await openBlankPage(older);
  await createRawDatabase(older, {
    version: 50,
    stores: rawStores(v5.stores),
    records: v5.tables,
    keepOpen: true,
  });

  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    'Waiting for other DR Planner windows. Another window still has the older database open, so this one cannot update it. Close the other DR Planner windows (or reload them); this window continues as soon as they let go.',
  );
  await screenshot(page, 'database-blocked');

  await releaseHeldDatabase(older);
  await expect(page.getByRole('link', { name: PLAN_NAME })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const upgraded = await dumpRawDatabase(page);
  expect(upgraded.version).toBe(80);
  // The plan as version 5 left it was backed up before the upgrade, once it could run.
  expect(upgraded.stores.backups).toEqual([
    expect.objectContaining({ planName: PLAN_NAME, reason: 'before-migration' }),
  ]);
});
