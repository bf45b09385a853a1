import type { FileChooser, Page } from '@playwright/test';
import path from 'node:path';
import { createPlan, expect, expectSaved, failWrites, restoreWrites, screenshot, test } from './fixtures';

const FIXTURE = path.resolve('test/fixtures/systems-import.csv');
const DIALOG_NAME = 'Import systems from systems-import.csv';
const IMPORTED = ['ERP', 'Mail', 'Core network', 'File server', 'Wiki', 'Telefonie Zürich'];

/** Clicks "Import CSV…" and answers the browser's file picker with the given files. */
async function importFiles(page: Page, files: Parameters<FileChooser['setFiles']>[0]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (await chooser).setFiles(files);
}

/** Names in the systems table, top to bottom. */
function tableNames(page: Page) {
  return expect.poll(() =>
    page
      .getByRole('table', { name: 'Critical systems' })
      .getByRole('textbox', { name: /^Name of / })
      .evaluateAll((inputs) => inputs.map((input) => (input instanceof HTMLInputElement ? input.value : ''))),
  );
}

/**
 * The stored systems of every plan, read straight from IndexedDB: recovery
 * objectives have no screen yet, so this is where the test sees them.
 */
function storedSystems(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('dr-planner');
        open.onerror = () => {
          reject(new Error('could not open the database'));
        };
        open.onsuccess = () => {
          const request = open.result.transaction('systems').objectStore('systems').getAll();
          request.onsuccess = () => {
            const rows: unknown = request.result;
            resolve(Array.isArray(rows) ? rows.filter((row) => row instanceof Object) : []);
            open.result.close();
          };
        };
      }),
  );
}

test('import a CSV: bad rows are reported by line, the mapping can change, valid systems are stored', async ({
  page,
}) => {
  await createPlan(page, 'Imported plan', 'Contoso');
  await importFiles(page, FIXTURE);

  const dialog = page.getByRole('dialog', { name: DIALOG_NAME });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('8 rows under the headings, separated by semicolons.')).toBeVisible();
  const problems = dialog.getByRole('region', { name: '2 rows have problems and will be skipped' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'Line 5, RTO: “soon” is not a duration. Write it like “30 min”, “4 h”, “2 days” or “1 week”',
    'Line 9, Name: System name is required',
  ]);
  const summary = dialog.locator('.import-summary');
  await expect(summary).toHaveText('6 systems ready to import · 2 rows with problems will be skipped');

  // Headings it knows are mapped; "Team" is not, so no Owner column in the preview yet.
  const preview = dialog.getByRole('table', { name: 'Systems to import' });
  await expect(dialog.getByRole('combobox', { name: 'System', exact: true })).toHaveValue('name');
  await expect(dialog.getByRole('combobox', { name: 'Notes' })).toHaveValue('description');
  await expect(dialog.getByRole('combobox', { name: 'Team' })).toHaveValue('');
  await expect(preview.getByRole('columnheader')).toHaveText([
    'Line',
    'Name',
    'Type',
    'Tier',
    'RTO',
    'RPO',
    'Backup interval',
    'Backup method',
    'Description',
  ]);
  await expect(preview.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '2',
    'ERP',
    'Application',
    '1',
    '4 h',
    '1 h',
    '1 h',
    'Database dump or log shipping',
    'Orders and invoices',
  ]);
  await screenshot(page, 'csv-import-dialog');

  await dialog.getByRole('combobox', { name: 'Team' }).selectOption({ label: 'Owner' });
  await expect(preview.getByRole('columnheader', { name: 'Owner' })).toBeVisible();
  await expect(preview.getByRole('row').nth(1)).toContainText('Finance');

  // Ignoring the RTO column makes the Payroll row valid at once; taking it back makes it fail again.
  await dialog.getByRole('combobox', { name: 'RTO' }).selectOption({ label: 'Ignore' });
  await expect(summary).toHaveText('7 systems ready to import · 1 row with problems will be skipped');
  await expect(preview.getByRole('columnheader', { name: 'RTO' })).toHaveCount(0);
  await dialog.getByRole('combobox', { name: 'RTO' }).selectOption({ label: 'RTO' });
  await expect(summary).toHaveText('6 systems ready to import · 2 rows with problems will be skipped');

  await dialog.getByRole('button', { name: 'Import 6 systems' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 6 systems')).toBeVisible();
  await expectSaved(page);
  await expect(page.getByText('6 systems', { exact: true })).toBeVisible();
  await tableNames(page).toEqual(IMPORTED);
  await expect(page.getByRole('textbox', { name: 'Owner of ERP' })).toHaveValue('Finance');
  await expect(page.getByRole('combobox', { name: 'Type of File server' })).toHaveValue('data-store');
  await expect(page.getByRole('combobox', { name: 'Tier of Core network' })).toHaveValue('0');
  await screenshot(page, 'csv-import-table');

  await page.reload();
  await tableNames(page).toEqual(IMPORTED);
  await page.getByRole('link', { name: 'Details of File server' }).click();
  await expect(page.getByLabel('Description')).toHaveValue('Shares for\nfinance; HR and sales');
  await expect(page.getByLabel('Tier')).toHaveValue('3');
  const stored = await storedSystems(page);
  expect(stored.find((system) => system.name === 'File server')).toMatchObject({
    rto: 3 * 24 * 60,
    rpo: 24 * 60,
    backupInterval: 24 * 60,
    backupMethod: 'snapshot',
    owner: 'IT',
  });
  expect(stored.find((system) => system.name === 'ERP')).toMatchObject({ rto: 240, rpo: 60 });
});

test('a failed write imports nothing and says why; importing again stores each system once', async ({
  page,
}) => {
  await createPlan(page, 'Full disk import');
  await importFiles(page, FIXTURE);
  const dialog = page.getByRole('dialog', { name: DIALOG_NAME });

  await failWrites(page);
  await dialog.getByRole('button', { name: 'Import 6 systems' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Nothing was imported: the disk or the app’s storage is full. Free some space, then retry.',
  );
  await expect(dialog.getByRole('alert')).toBeInViewport();
  await expect(page.getByRole('status')).toContainText(
    'Not saved: Import of 6 systems from “systems-import.csv”',
  );
  await screenshot(page, 'csv-import-failed');
  await expect(page.getByText('0 systems', { exact: true })).toBeAttached();

  // Walking away with Escape drops the failed import from the status bar: no stale Retry is left.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).not.toContainText('Import of');

  await restoreWrites(page);
  await importFiles(page, FIXTURE);
  await dialog.getByRole('button', { name: 'Import 6 systems' }).click();
  await expect(dialog).toBeHidden();
  await expectSaved(page);
  await tableNames(page).toEqual(IMPORTED);

  // The same file again: every name is already in the plan, so nothing can be imported.
  await importFiles(page, FIXTURE);
  await expect(dialog.locator('.import-summary')).toHaveText(
    '0 systems ready to import · 8 rows with problems will be skipped',
  );
  await expect(
    dialog.getByText('Line 2, Name: “ERP” is already in this plan, so this row is skipped'),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await screenshot(page, 'csv-import-all-skipped');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await tableNames(page).toEqual(IMPORTED);
});

test('files that cannot be imported get one clear message; a cancelled pick does nothing', async ({
  page,
}) => {
  await createPlan(page, 'Bad files');

  await importFiles(page, []);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.toast')).toHaveCount(0);

  await importFiles(page, { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF\r\n') });
  await expect(page.getByText('“empty.csv” cannot be imported')).toBeVisible();
  await expect(page.getByText('The file is empty.')).toBeVisible();

  await importFiles(page, {
    name: 'huge.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(12 * 1024 * 1024, 'a'),
  });
  await expect(page.getByText('“huge.csv” is too large to import')).toBeVisible();
  await expect(page.getByText('It is 12 MB; a CSV of systems can be at most 10 MB.')).toBeVisible();

  await importFiles(page, {
    name: 'colours.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Colour\nblue\n'),
  });
  const dialog = page.getByRole('dialog', { name: 'Import systems from colours.csv' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'No column is imported as Name. Choose the column that holds the system names.',
  );
  await screenshot(page, 'csv-import-no-name-column');
  await dialog.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Name' });
  await dialog.getByRole('button', { name: 'Import 1 system' }).click();
  await tableNames(page).toEqual(['blue']);
});
