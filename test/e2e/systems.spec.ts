import { readFileSync } from 'node:fs';
import {
  addSystemsByKeyboard,
  createPlan,
  expect,
  expectSaved,
  failWrites,
  restoreWrites,
  screenshot,
  test,
} from './fixtures';

test('systems entered with the keyboard only, edited in the form, survive a reload', async ({ page }) => {
  await createPlan(page, 'Keyboard plan', 'Fabrikam');
  await addSystemsByKeyboard(page, ['Order database', 'Web shop', 'Core network']);
  await expect(page.getByLabel('New system name')).toBeFocused();
  await expect(page.getByText('3 systems')).toBeVisible();

  // Shift+Tab walks back across the last row's cells, Tab forward again.
  const row = (cell: string) =>
    page.getByRole(cell === 'Name' || cell === 'Owner' ? 'textbox' : 'combobox', {
      name: `${cell} of Core network`,
    });
  // From the quick-entry row back past Delete, Details, Redundancy, Tier, Owner and Type.
  for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+Tab');
  await expect(row('Name')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(row('Type')).toBeFocused();
  await page.keyboard.type('Inf');
  await page.keyboard.press('Tab');
  await expect(row('Owner')).toBeFocused();
  await page.keyboard.type('Network team');
  await page.keyboard.press('Tab');
  await expect(row('Tier')).toBeFocused();
  await page.keyboard.type('0');
  await expect(row('Type')).toHaveValue('infrastructure');
  await expect(row('Tier')).toHaveValue('0');
  await expectSaved(page);

  // Enter in a name cell moves down the column, past the last row into the quick-entry row.
  await page.getByRole('textbox', { name: 'Name of Web shop' }).focus();
  await page.keyboard.press('Enter');
  await expect(row('Name')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('New system name')).toBeFocused();
  await screenshot(page, 'systems-table');

  // Open the detail form from the keyboard.
  await page.getByRole('link', { name: 'Details of Order database' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Order database' })).toBeVisible();
  await page.getByLabel('Description').fill('Orders and invoices, PostgreSQL 16.');
  await page.getByLabel('How failure is detected').fill('Uptime check pages on-call within 5 minutes');
  await page.getByLabel('Type').selectOption('data-store');
  await page.getByLabel('Tier').selectOption('1');
  await expect(page.getByText('The business stops within hours without it.')).toBeVisible();
  await page.getByLabel('Redundancy').selectOption('active-active');
  await page.getByLabel('Instances').fill('3');
  await page.getByLabel('Owner').fill('Dana (DBA)');
  await expectSaved(page);
  await screenshot(page, 'system-detail');

  await page.reload();
  await expect(page.getByLabel('Description')).toHaveValue('Orders and invoices, PostgreSQL 16.');
  await expect(page.getByLabel('How failure is detected')).toHaveValue(
    'Uptime check pages on-call within 5 minutes',
  );
  await expect(page.getByLabel('Type')).toHaveValue('data-store');
  await expect(page.getByLabel('Tier')).toHaveValue('1');
  await expect(page.getByLabel('Redundancy')).toHaveValue('active-active');
  await expect(page.getByLabel('Instances')).toHaveValue('3');
  await expect(page.getByLabel('Owner')).toHaveValue('Dana (DBA)');

  await page.getByRole('link', { name: '← All systems' }).click();
  await expect(row('Owner')).toHaveValue('Network team');
  await expect(row('Type')).toHaveValue('infrastructure');
  await expect(page.getByRole('textbox', { name: 'Owner of Order database' })).toHaveValue('Dana (DBA)');
});

test('sort, filter and search the systems table', async ({ page }) => {
  await createPlan(page, 'Sorting');
  await addSystemsByKeyboard(page, ['Payroll', 'DNS', 'Zürich office']);
  await page.getByRole('combobox', { name: 'Type of DNS' }).selectOption('infrastructure');
  await page.getByRole('combobox', { name: 'Tier of DNS' }).selectOption('0');
  await page.getByRole('combobox', { name: 'Type of Zürich office' }).selectOption('facility');
  await page.getByRole('combobox', { name: 'Tier of Payroll' }).selectOption('2');
  await expectSaved(page);

  const names = () =>
    expect.poll(() =>
      page
        .getByRole('table', { name: 'Critical systems' })
        .getByRole('textbox', { name: /^Name of / })
        .evaluateAll((inputs) =>
          inputs.map((input) => (input instanceof HTMLInputElement ? input.value : '')),
        ),
    );
  await names().toEqual(['Payroll', 'DNS', 'Zürich office']);

  await page.getByRole('button', { name: /^Name/ }).click();
  await names().toEqual(['DNS', 'Payroll', 'Zürich office']);
  await expect(page.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: /^Name/ }).click();
  await names().toEqual(['Zürich office', 'Payroll', 'DNS']);

  // Tier sorts most critical first; unclassified systems last.
  await page.getByRole('button', { name: /^Tier/ }).click();
  await names().toEqual(['DNS', 'Payroll', 'Zürich office']);

  await page.getByLabel('Search systems by name').fill('zurich');
  await names().toEqual(['Zürich office']);
  await expect(page.getByText('Showing 1 of 3 systems.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByLabel('Filter by type').selectOption('infrastructure');
  await names().toEqual(['DNS']);
  await page.getByLabel('Filter by type').selectOption('all');
  await page.getByLabel('Filter by tier').selectOption('unset');
  await names().toEqual(['Zürich office']);
});

test('deleting a system offers Undo', async ({ page }) => {
  await createPlan(page, 'Undo systems');
  await addSystemsByKeyboard(page, ['Keep me', 'Delete me']);
  await page.getByRole('button', { name: 'Delete Delete me' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of Delete me' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of Delete me' })).toHaveValue('Delete me');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name of Delete me' })).toHaveValue('Delete me');
});

test('a script typed as a system name is shown as text and never runs', async ({ page, problems }) => {
  await createPlan(page, '<b>bold</b> plan');
  const hostile = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=2</script>',
    '"><svg onload="window.__pwned=3">',
  ];
  await addSystemsByKeyboard(page, hostile);
  await page.getByRole('link', { name: `Details of ${hostile[0] ?? ''}` }).click();
  await expect(page.getByRole('heading', { name: hostile[0] })).toBeVisible();
  await page.getByRole('link', { name: '← All plans' }).click();
  await expect(page.getByRole('link', { name: '<b>bold</b> plan' })).toBeVisible();

  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('b, img[src="x"], svg[onload]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('an invalid value is not saved, says why, and Escape puts the stored value back', async ({ page }) => {
  await createPlan(page, 'Validation');
  await addSystemsByKeyboard(page, ['Mail server']);
  const name = page.getByRole('textbox', { name: 'Name of Mail server' });
  await name.fill('');
  await expect(page.getByText('Not saved: System name is required')).toBeVisible();
  await expect(page.getByRole('status')).toContainText(
    'Not saved: Name of “Mail server” — System name is required',
  );
  await name.press('Escape');
  await expect(name).toHaveValue('Mail server');
  await expect(page.getByRole('status')).not.toContainText('Not saved');
});

test('a failed write keeps the typed value on screen, says what was not saved, and Retry saves it', async ({
  page,
}) => {
  await createPlan(page, 'Disk full');
  await addSystemsByKeyboard(page, ['File server']);

  await failWrites(page);
  const owner = page.getByRole('textbox', { name: 'Owner of File server' });
  await owner.fill('Infrastructure team');
  const status = page.getByRole('status');
  await expect(status).toContainText(
    'Not saved: Owner of “File server” — the disk or the app’s storage is full',
  );
  await expect(owner).toHaveValue('Infrastructure team');
  await expect(page.getByText(/^Not saved: the disk/)).toBeVisible();
  await screenshot(page, 'systems-save-failed');

  await restoreWrites(page);
  await status.getByRole('button', { name: 'Retry' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Owner of File server' })).toHaveValue(
    'Infrastructure team',
  );
});

test('Export CSV downloads the inventory with formulas neutralised', async ({ page }) => {
  await createPlan(page, 'Export: plan/1');
  await addSystemsByKeyboard(page, ['=HYPERLINK("http://evil")', 'Zürich – Łódź']);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Export plan 1 - systems.csv');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.startsWith('\uFEFFName,Type,Owner,Tier')).toBe(true);
  expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  expect(text).toContain('Zürich – Łódź');
});

test('"Saved" waits for the typing pause to be written, and leaving the page flushes it', async ({
  page,
}) => {
  await createPlan(page, 'Pause');
  await addSystemsByKeyboard(page, ['Payroll']);
  await expectSaved(page);
  const owner = page.getByRole('textbox', { name: 'Owner of Payroll' });
  await owner.fill('HR');
  // Straight after typing, the edit is not in the database yet, and the status must not claim it is.
  await expect(page.getByRole('status')).toHaveText('Saving…');
  await expectSaved(page);

  // Reloading inside the typing pause: the edit is written at once and the page asks to stay.
  await owner.fill('HR and Finance');
  const asked = page.waitForEvent('dialog');
  const reload = page.reload({ timeout: 3000 }).catch(() => 'stayed');
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(await reload).toBe('stayed');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Owner of Payroll' })).toHaveValue('HR and Finance');
});

test('typing with pauses keeps every character, spaces included', async ({ page }) => {
  await createPlan(page, 'Typing');
  await addSystemsByKeyboard(page, ['CRM']);
  const owner = page.getByRole('textbox', { name: 'Owner of CRM' });
  await owner.focus();
  // Pauses longer than the autosave delay, right after a space: the saved value is trimmed,
  // but the field must not snap to it under the user's cursor.
  await page.keyboard.type('Sales ', { delay: 30 });
  await expectSaved(page);
  await page.keyboard.type('and ', { delay: 30 });
  await page.waitForTimeout(600);
  await page.keyboard.type('Marketing', { delay: 30 });
  await expect(owner).toHaveValue('Sales and Marketing');
  await expectSaved(page);
  await page.keyboard.press('Tab');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Owner of CRM' })).toHaveValue('Sales and Marketing');
});

test('rows stay in place while being edited in a sorted table', async ({ page }) => {
  await createPlan(page, 'Stable rows');
  await addSystemsByKeyboard(page, ['Alpha', 'Bravo', 'Charlie']);
  await page.getByRole('button', { name: /^Name/ }).click();
  const alpha = page.getByRole('textbox', { name: 'Name of Alpha' });
  await alpha.focus();
  await page.keyboard.press('Home');
  // Renaming Alpha so that it sorts last must not move the row (and the cursor) while typing.
  await page.keyboard.type('Zulu ', { delay: 40 });
  await page.waitForTimeout(600);
  await page.keyboard.type('site ', { delay: 40 });
  const renamed = page.getByRole('textbox', { name: /^Name of Zulu/ });
  await expect(renamed).toBeFocused();
  await expect(renamed).toHaveValue('Zulu site Alpha');
  await expectSaved(page);
  const names = page.getByRole('table').getByRole('textbox', { name: /^Name of / });
  await expect(names.first()).toHaveValue('Zulu site Alpha');
  // Leaving the table applies the sort again.
  await page.getByLabel('Search systems by name').focus();
  await expect(names.last()).toHaveValue('Zulu site Alpha');
});

test('a write that fails after earlier successes keeps the newest text', async ({ page }) => {
  await createPlan(page, 'Later failure');
  await addSystemsByKeyboard(page, ['Mail']);
  const owner = page.getByRole('textbox', { name: 'Owner of Mail' });
  await owner.focus();
  await page.keyboard.type('IT', { delay: 30 });
  await expectSaved(page);
  await failWrites(page);
  await page.keyboard.type(' operations', { delay: 30 });
  await expect(page.getByRole('status')).toContainText('Not saved: Owner of “Mail”');
  // Leaving the field does not swap the unsaved text for the stored "IT".
  await page.keyboard.press('Tab');
  await expect(owner).toHaveValue('IT operations');
  await restoreWrites(page);
  await page.getByRole('status').getByRole('button', { name: 'Retry' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Owner of Mail' })).toHaveValue('IT operations');
});
