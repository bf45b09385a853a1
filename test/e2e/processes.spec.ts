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

test('a facilitator fills the impact grid by keyboard and sees MTD and tier explained', async ({ page }) => {
  await createPlan(page, 'Workshop plan', 'Northwind');
  await addSystemsByKeyboard(page, ['Order database', 'Web shop', 'Payroll service']);
  await page.getByRole('link', { name: 'Business processes' }).click();
  await expect(page.getByRole('heading', { name: 'Business processes' })).toBeVisible();

  // Enter adds the process and opens it, ready for the workshop.
  await page.getByLabel('New process name').fill('Take orders');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Take orders', level: 1 })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Order database' }).check();
  await page.getByRole('checkbox', { name: 'Web shop' }).check();
  await expect(page.getByTestId('process-mtd')).toHaveText('Not rated yet');

  // 25 ratings, typed as a facilitator would: one digit per cell, rows in order.
  await page.getByRole('gridcell', { name: 'Financial after 1 hour: not rated' }).click();
  await page.keyboard.type('24444' + '12334' + '01223' + '01233' + '00000');
  const grid = page.getByRole('grid', { name: 'Impact over time' });
  await expect(grid.getByRole('gridcell', { name: 'Financial after 4 hours: Severe' })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Safety after 1 week: None' })).toBeFocused();
  await expect(grid.getByRole('gridcell', { name: /not rated/ })).toHaveCount(0);

  await expect(page.getByTestId('process-mtd')).toHaveText('4 h');
  await expect(page.getByText('After 4 hours the financial impact reaches “Severe”')).toBeVisible();
  await expect(page.getByTestId('process-tier')).toHaveText('Tier 1 – Mission-critical');
  await expect(page.getByText('Tier 1 suggested: an MTD of 4 h is 4 h or less.')).toBeVisible();
  await expectSaved(page);

  // Arrow keys move without changing anything; Delete clears one cell.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await expect(grid.getByRole('gridcell', { name: 'Reputational after 1 hour: None' })).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(grid.getByRole('gridcell', { name: 'Reputational after 1 hour: not rated' })).toBeFocused();

  await page.getByLabel('Loss per hour of outage (EUR)').fill('12,500');
  await screenshot(page, 'process-detail');

  // Overriding the MTD asks for a reason, and the tier follows the new MTD.
  await page.getByLabel('MTD set by hand').fill('2 days');
  await expect(page.getByTestId('process-mtd')).toHaveText('2 days set by hand');
  await expect(page.getByText('Give a reason for setting the MTD by hand.')).toBeVisible();
  await expect(page.getByTestId('process-tier')).toHaveText('Tier 3 – Important');
  await page.getByLabel('Reason', { exact: true }).fill('Orders can be taken by phone for two days.');
  await expect(page.getByText('Give a reason for setting the MTD by hand.')).toBeHidden();
  await page.getByLabel('Tier').selectOption('2');
  await expect(page.getByTestId('process-tier')).toHaveText('Tier 2 – Business-critical set by hand');
  await expectSaved(page);

  // Everything survived a reload.
  await page.reload();
  await expect(grid.getByRole('gridcell', { name: 'Financial after 1 day: Severe' })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Reputational after 1 hour: not rated' })).toBeVisible();
  await expect(page.getByLabel('Loss per hour of outage (EUR)')).toHaveValue('12500');

  await page.getByRole('link', { name: '← All processes' }).click();
  const row = page.getByRole('row', { name: /Take orders/ });
  await expect(row).toContainText('2 days');
  await expect(row.getByRole('cell').nth(2)).toHaveText('2');
  await screenshot(page, 'processes');
});

test('a system takes its MTD from its processes and reports findings while typing', async ({ page }) => {
  await createPlan(page, 'Findings plan');
  await addSystemsByKeyboard(page, ['Order database']);
  await page.getByRole('link', { name: 'Business processes' }).click();
  await page.getByLabel('New process name').fill('Take orders');
  await page.keyboard.press('Enter');
  await page.getByRole('checkbox', { name: 'Order database' }).check();
  await page.getByRole('gridcell', { name: 'Financial after 1 hour: not rated' }).click();
  await page.keyboard.type('234');
  await expect(page.getByTestId('process-mtd')).toHaveText('1 day');
  await page.getByRole('link', { name: 'Critical systems' }).click();
  await page.getByRole('link', { name: 'Details of Order database' }).click();

  await expect(
    page.getByText('From “Take orders”, the most time-critical process it supports (1 day).'),
  ).toBeVisible();
  await page.getByLabel('Tier', { exact: true }).selectOption('1');
  const findings = page.getByRole('list', { name: 'Findings for Order database' });
  await expect(findings.locator('[data-code="MISSING_OBJECTIVES"]')).toBeVisible();

  await page.getByLabel('RTO – recovery time objective').fill('20 h');
  await page.getByLabel('WRT – work recovery time').fill('6h');
  await expect(findings.locator('[data-code="RTO_EXCEEDS_MTD"]')).toContainText(
    'RTO 20 h plus WRT 6 h (1 day 2 h) is longer than the MTD of 1 day',
  );
  await page.getByLabel('RTO – recovery time objective').fill('soon');
  await expect(page.getByText('Not saved: “soon” is not a duration.')).toBeVisible();
  await page.getByLabel('RTO – recovery time objective').fill('4h');
  await expect(findings.locator('[data-code="RTO_EXCEEDS_MTD"]')).toHaveCount(0);

  await page.getByLabel('RPO – recovery point objective').fill('15 min');
  await page.getByLabel('Backup method').selectOption('database');
  await page.getByLabel('Backup interval').fill('1 day');
  await expect(findings.locator('[data-code="RPO_NOT_COVERED"]')).toContainText(
    'up to 1 day of data could be lost',
  );
  await expect(findings.locator('[data-code="RESTORE_UNTESTED"]')).toBeVisible();
  await page.getByLabel('Replication lag').fill('5 min');
  // Replication within the RPO covers it. Waiting for the finding to go also keeps the next click
  // from landing while the findings above shrink.
  await expect(findings.locator('[data-code="RPO_NOT_COVERED"]')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Off site' }).check();
  await page.getByRole('checkbox', { name: 'At least one copy is offline or immutable' }).check();
  await page.getByLabel('Last successful restore test').fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel('Owner', { exact: true }).fill('DBA team');
  await expect(findings).toBeHidden();
  await expectSaved(page);
  await screenshot(page, 'system-objectives');

  await page.reload();
  await expect(page.getByLabel('RTO – recovery time objective')).toHaveValue('4 h');
  await expect(page.getByRole('checkbox', { name: 'Off site' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'On site' })).not.toBeChecked();
});

test('a rating the disk refuses stays marked as not saved until Retry writes it', async ({ page }) => {
  await createPlan(page, 'Full disk workshop');
  await page.getByRole('link', { name: 'Business processes' }).click();
  await page.getByLabel('New process name').fill('Pay staff');
  await page.keyboard.press('Enter');
  const grid = page.getByRole('grid', { name: 'Impact over time' });
  await grid.getByRole('gridcell', { name: 'Legal / regulatory after 1 day: not rated' }).click();

  await failWrites(page);
  await page.keyboard.type('4');
  const refused = grid.getByRole('gridcell', { name: 'Legal / regulatory after 1 day: Severe (not saved)' });
  await expect(refused).toHaveAttribute('aria-invalid', 'true');
  const status = page.getByRole('status');
  await expect(status).toContainText('Not saved: Legal / regulatory impact after 1 day for “Pay staff”');
  // The verdict follows what is stored, not the refused rating.
  await expect(page.getByTestId('process-mtd')).toHaveText('Not rated yet');

  await restoreWrites(page);
  await status.getByRole('button', { name: 'Retry' }).click();
  await expectSaved(page);
  await expect(
    grid.getByRole('gridcell', { name: 'Legal / regulatory after 1 day: Severe' }),
  ).not.toHaveAttribute('aria-invalid');
  await expect(page.getByTestId('process-mtd')).toHaveText('1 day');
});
