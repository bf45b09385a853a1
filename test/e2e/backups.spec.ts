import type { Page } from '@playwright/test';
import { addSystemsByKeyboard, createPlan, expect, expectSaved, screenshot, test } from './fixtures';

const PLAN = 'Backed-up plan';
const AUTOMATIC = 'Automatic, while the plan was being edited';

function backupRows(page: Page) {
  return page.getByRole('table', { name: `Backups of ${PLAN}`, exact: true }).locator('tbody tr');
}

async function openPlanBackups(page: Page) {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Backups of this plan' })
    .click();
  await expect(page.getByRole('heading', { name: `Backups of “${PLAN}”` })).toBeVisible();
}

async function openPlan(page: Page, name: string) {
  await page.goto('/');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
}

/** The plan's system names, from its systems screen. */
async function systemNames(page: Page): Promise<string[]> {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Critical systems' })
    .click();
  await expect(page.getByRole('heading', { name: 'Critical systems' })).toBeVisible();
  return page
    .getByRole('table', { name: 'Critical systems' })
    .getByRole('textbox', { name: /^Name of / })
    .evaluateAll((inputs) => inputs.map((input) => (input instanceof HTMLInputElement ? input.value : '')));
}

/** Cuts every stored backup's plan file in half, straight in IndexedDB: a damaged disk, or a hand. */
function truncateStoredBackups(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('dr-planner');
        open.onerror = () => {
          reject(new Error('could not open the database'));
        };
        open.onsuccess = () => {
          const store = open.result.transaction('backupFiles', 'readwrite').objectStore('backupFiles');
          const request = store.getAll();
          request.onsuccess = () => {
            const rows: unknown = request.result;
            let count = 0;
            const list: unknown[] = Array.isArray(rows) ? rows : [];
            for (const row of list) {
              if (
                row instanceof Object &&
                'id' in row &&
                'text' in row &&
                typeof row.id === 'string' &&
                typeof row.text === 'string'
              ) {
                store.put({ id: row.id, text: row.text.slice(0, row.text.length / 2) });
                count += 1;
              }
            }
            store.transaction.oncomplete = () => {
              open.result.close();
              resolve(count);
            };
          };
        };
      }),
  );
}

test('a changed plan is backed up within 15 minutes, restores as a new plan or over itself with Undo, and a damaged backup is refused', async ({
  page,
}) => {
  // Time flows as usual, and the test can jump it forward: no backdoor into the scheduler.
  await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
  await createPlan(page, PLAN, 'Backup Ltd');
  // A new plan is backed up as soon as it exists.
  await openPlanBackups(page);
  await expect(backupRows(page)).toHaveCount(1);
  await expect(backupRows(page).first()).toContainText(AUTOMATIC);

  // A change: not backed up again before 15 minutes have passed since the last backup.
  await systemNames(page);
  await addSystemsByKeyboard(page, ['ERP', 'Mail']);
  await expectSaved(page);
  await openPlanBackups(page);
  await page.clock.fastForward('10:00');
  await expect(backupRows(page)).toHaveCount(1);
  await page.clock.fastForward('05:30');
  await expect(backupRows(page)).toHaveCount(2);
  await expect(backupRows(page).first()).toContainText(AUTOMATIC);
  await expect(backupRows(page).first().locator('code')).toHaveText(/^[0-9a-f]{12}$/);
  await screenshot(page, 'backups-plan');

  // The first backup (the empty plan) as a new plan: beside the original.
  await backupRows(page).last().getByRole('button', { name: 'Restore as a new plan' }).click();
  await expect(page.getByText(`Restored “${PLAN} (restored)” as a new plan`)).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Plan', exact: true }).getByText(`${PLAN} (restored)`),
  ).toBeVisible();
  expect(await systemNames(page)).toEqual([]);

  // Over the current plan: the systems added since are gone, and Undo brings them back.
  await openPlan(page, PLAN);
  expect(await systemNames(page)).toEqual(['ERP', 'Mail']);
  await openPlanBackups(page);
  await backupRows(page).last().getByRole('button', { name: 'Restore over the current plan' }).click();
  await expect(page.getByText(`Restored “${PLAN}” from the backup of`)).toBeVisible();
  // The plan as it was before the restore is a backup of its own.
  await expect(backupRows(page).first()).toContainText('Before a backup was restored over it');
  expect(await systemNames(page)).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`Put “${PLAN}” back as it was before the restore`)).toBeVisible();
  expect(await systemNames(page)).toEqual(['ERP', 'Mail']);

  // Every backup damaged behind the app's back: a restore is refused with the reason, nothing changes.
  expect(await truncateStoredBackups(page)).toBeGreaterThan(0);
  await openPlanBackups(page);
  await backupRows(page).last().getByRole('button', { name: 'Restore over the current plan' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Not restored.' });
  await expect(refusal).toContainText('cut short');
  await expect(refusal).toContainText('Nothing was changed.');
  // From then on the list marks it, and offers no restore.
  await expect(backupRows(page).last()).toContainText('Damaged: The backup file is');
  await expect(backupRows(page).last().getByRole('button')).toHaveCount(0);
  await screenshot(page, 'backups-refused');
  expect(await systemNames(page)).toEqual(['ERP', 'Mail']);

  // Every plan's backups, from the plan list (reached inside the app: the session goes on).
  await page.getByRole('link', { name: '← All plans' }).click();
  await page.getByRole('button', { name: 'Backups', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: PLAN, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: `${PLAN} (restored)`, exact: true })).toBeVisible();
  // The backup found damaged stays marked for the session, here too.
  await expect(backupRows(page).last()).toContainText('Damaged: The backup file is');
  await screenshot(page, 'backups-all');
});
