import { addSystemsByKeyboard, createPlan, expect, expectSaved, screenshot, test } from './fixtures';

test('dependencies are recorded on a system’s page: a need, alternatives, and a degraded need with its workaround', async ({
  page,
}) => {
  await createPlan(page, 'Dependency plan');
  await addSystemsByKeyboard(page, ['Web shop', 'Order database', 'Fibre line', '4G backup', 'Email']);
  await page.getByRole('link', { name: 'Details of Web shop' }).click();
  const section = page.getByRole('region', { name: 'Dependencies' });
  await expect(section.getByText('Nothing recorded: it can run on its own.')).toBeVisible();

  await section.getByLabel('System', { exact: true }).selectOption({ label: 'Order database' });
  await section.getByRole('button', { name: 'Add dependency' }).click();
  const needs = section.getByRole('list', { name: 'What Web shop needs' });
  await expect(needs).toContainText('Needs Order database');

  // The same need twice is refused next to the form, and nothing is written.
  await section.getByLabel('System', { exact: true }).selectOption({ label: 'Order database' });
  await section.getByRole('button', { name: 'Add dependency' }).click();
  await expect(section.getByRole('alert')).toHaveText('This dependency is already recorded.');
  await expect(needs.getByRole('listitem')).toHaveCount(1);

  await section.getByLabel('Kind').selectOption('alternatives');
  await expect(section.getByRole('button', { name: 'Add dependency' })).toBeDisabled();
  await section.getByRole('checkbox', { name: 'Fibre line' }).check();
  await section.getByRole('checkbox', { name: '4G backup' }).check();
  await section.getByRole('button', { name: 'Add dependency' }).click();
  await expect(needs).toContainText('Needs one of Fibre line or 4G backup');

  await section.getByLabel('Kind').selectOption('degraded');
  await section.getByLabel('System', { exact: true }).selectOption({ label: 'Email' });
  await section.getByRole('button', { name: 'Add dependency' }).click();
  await expect(needs).toContainText('Works worse without Email');
  await section.getByLabel('Workaround while it is down').fill('Order confirmations are sent the next day.');
  await expectSaved(page);
  await screenshot(page, 'system-dependencies');

  // The other side shows it too, and a removed need is gone after a reload.
  await needs.getByRole('button', { name: 'Remove: Needs Order database' }).click();
  await expect(needs.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('link', { name: '← All systems' }).click();
  await page.getByRole('link', { name: 'Details of Email' }).click();
  await expect(page.getByRole('list', { name: 'What needs Email' })).toContainText('Web shop');
  await page.reload();
  await page.getByRole('link', { name: '← All systems' }).click();
  await page.getByRole('link', { name: 'Details of Web shop' }).click();
  await expect(page.getByRole('list', { name: 'What Web shop needs' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByLabel('Workaround while it is down')).toHaveValue(
    'Order confirmations are sent the next day.',
  );
});

test('a process records “one of” and degraded needs beside the systems it needs outright', async ({
  page,
}) => {
  await createPlan(page, 'Process needs');
  await addSystemsByKeyboard(page, ['Till', 'Fibre line', '4G backup', 'Card terminal']);
  await page.getByRole('link', { name: 'Business processes' }).click();
  await page.getByLabel('New process name').fill('Serve customers');
  await page.keyboard.press('Enter');
  await page
    .getByRole('region', { name: 'Systems it needs' })
    .getByRole('checkbox', { name: 'Till' })
    .check();

  const other = page.getByRole('region', { name: 'Other needs' });
  await expect(other.getByText('Nothing else recorded.')).toBeVisible();
  // Outright needs are the ticks above: this form offers only the two other kinds.
  await expect(other.getByLabel('Kind').locator('option')).toHaveText([
    'Works worse without (keeps going with reduced function or a workaround)',
    'Needs one of (down only when every one of them is down)',
  ]);
  await other.getByLabel('Kind').selectOption('alternatives');
  await other.getByRole('checkbox', { name: 'Fibre line' }).check();
  await other.getByRole('checkbox', { name: '4G backup' }).check();
  await other.getByRole('button', { name: 'Add dependency' }).click();
  await other.getByLabel('Kind').selectOption('degraded');
  await other.getByLabel('System', { exact: true }).selectOption({ label: 'Card terminal' });
  await other.getByRole('button', { name: 'Add dependency' }).click();
  await other.getByLabel('Workaround while it is down').fill('Cash only; a sign at the door.');
  await expectSaved(page);
  const needs = other.getByRole('list', { name: 'What Serve customers needs' });
  await expect(needs).toContainText('Needs one of Fibre line or 4G backup');
  await expect(needs).toContainText('Works worse without Card terminal');
  await screenshot(page, 'process-other-needs');

  // The system's page names the process that needs it and links back to it.
  await page.getByRole('link', { name: 'Critical systems' }).click();
  await page.getByRole('link', { name: 'Details of 4G backup' }).click();
  const neededBy = page.getByRole('list', { name: 'What needs 4G backup' });
  await expect(neededBy).toContainText('Serve customers (down only when every one of them is down)');
  await neededBy.getByRole('link', { name: 'Serve customers' }).click();
  await expect(page.getByRole('heading', { name: 'Serve customers', level: 1 })).toBeVisible();
});
