import { addSystemsByKeyboard, createPlan, expect, screenshot, test } from './fixtures';

test('a new user sees what the app is for and creates a first plan', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your plans' })).toBeVisible();
  await expect(page.getByText('Everything stays on this computer.')).toBeVisible();
  await screenshot(page, 'plan-list-empty');

  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await expect(dialog.getByLabel('Plan name')).toBeFocused();

  // An empty name is refused with a message next to the field, and nothing is created.
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(dialog.getByText('Plan name is required')).toBeVisible();
  await screenshot(page, 'plan-new-dialog-error');

  await dialog.getByLabel('Plan name').fill('Acme Ltd – DR plan 2026');
  await dialog.getByLabel('Organisation').fill('Acme Ltd, Zürich');
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { name: 'Critical systems' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Plan', exact: true })).toContainText('Acme Ltd, Zürich');

  await page.getByRole('link', { name: '← All plans' }).click();
  await expect(page.getByRole('link', { name: 'Acme Ltd – DR plan 2026' })).toBeVisible();
  await screenshot(page, 'plan-list');
});

test('rename and duplicate a plan; the copy has its own systems', async ({ page }) => {
  await createPlan(page, 'Northwind', 'Northwind Traders');
  await addSystemsByKeyboard(page, ['ERP', 'Mail']);
  await page.getByRole('link', { name: '← All plans' }).click();

  await page.getByRole('button', { name: 'Actions for Northwind' }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename plan' });
  await expect(rename.getByLabel('Plan name')).toHaveValue('Northwind');
  await rename.getByLabel('Plan name').fill('Northwind 2027');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden();
  await expect(page.getByRole('link', { name: 'Northwind 2027', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Actions for Northwind 2027' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  const copy = page.getByRole('listitem').filter({ hasText: 'Northwind 2027 (copy)' });
  await expect(copy).toContainText('2 systems');

  // Editing the copy leaves the original alone.
  await copy.getByRole('link').click();
  await page.getByRole('textbox', { name: 'Name of ERP' }).fill('ERP (copy only)');
  await expect(page.getByRole('status')).toHaveText(/Saved/);
  await page.getByRole('link', { name: '← All plans' }).click();
  await page.getByRole('link', { name: 'Northwind 2027', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Name of ERP' })).toHaveValue('ERP');
});

test('delete asks first, and Undo brings the plan back with its systems', async ({ page }) => {
  await createPlan(page, 'Contoso');
  await addSystemsByKeyboard(page, ['Billing', 'CRM', 'VPN']);
  await page.getByRole('link', { name: '← All plans' }).click();

  await page.getByRole('button', { name: 'Actions for Contoso' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Contoso”?' });
  await expect(confirm).toContainText('3 systems');
  await screenshot(page, 'plan-delete-confirm');

  // "Keep plan" really keeps it.
  await confirm.getByRole('button', { name: 'Keep plan' }).click();
  await expect(page.getByRole('link', { name: 'Contoso' })).toBeVisible();

  await page.getByRole('button', { name: 'Actions for Contoso' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Delete plan' }).click();
  await expect(page.getByRole('link', { name: 'Contoso' })).toBeHidden();
  await expect(page.getByText('Deleted “Contoso”')).toBeVisible();
  await screenshot(page, 'plan-deleted-undo');

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('link', { name: 'Contoso' }).click();
  for (const name of ['Billing', 'CRM', 'VPN']) {
    await expect(page.getByRole('textbox', { name: `Name of ${name}` })).toHaveValue(name);
  }

  // After a reload the plan is still there: the undo was written, not just shown.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name of VPN' })).toHaveValue('VPN');
});

test('plans never mix: a second plan does not show the first plan’s systems', async ({ page }) => {
  await createPlan(page, 'Client A');
  await addSystemsByKeyboard(page, ['Client A payroll', 'Client A file server']);

  await createPlan(page, 'Client B');
  await expect(page.getByText('0 systems')).toBeVisible();
  await expect(page.getByText('Client A payroll')).toHaveCount(0);
  await addSystemsByKeyboard(page, ['Client B website']);

  await page.getByRole('link', { name: '← All plans' }).click();
  await page.getByRole('link', { name: 'Client A' }).click();
  await expect(page.getByText('2 systems')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of Client B website' })).toHaveCount(0);
});

test('About shows the version', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'About' }).click();
  const about = page.getByRole('dialog', { name: 'About DR Planner' });
  await expect(about).toContainText(/version \d+\.\d+\.\d+/);
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
});
