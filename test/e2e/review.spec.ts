import type { Page } from '@playwright/test';
import { addSystemsByKeyboard, createPlan, expect, expectSaved, screenshot, test } from './fixtures';

async function goTo(page: Page, screen: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: screen })
    .click();
}

test('approve a plan, change it, and see the draft of the next version with the diff', async ({ page }) => {
  test.setTimeout(120_000);
  await createPlan(page, 'Approved plan');
  await addSystemsByKeyboard(page, ['Order database']);
  await page.getByRole('link', { name: 'Details of Order database' }).click();
  await page.getByLabel('Tier').selectOption('1');
  await page.getByLabel('RTO – recovery time objective').fill('4 h');
  await page.getByLabel('RTO – recovery time objective').blur();
  await expectSaved(page);

  await goTo(page, 'Review and approval');
  await expect(page.getByRole('heading', { name: 'Review and approval', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
  await expect(page.getByText('Add at least one approver to review the plan.')).toBeVisible();

  await page.getByLabel('Plan owner').fill('Dana Owner');
  await page.getByLabel('Plan owner').blur();
  await page.getByLabel('Distribution list (one name or role per line)').fill('IT operations\nService desk');
  await page.getByLabel('Distribution list (one name or role per line)').blur();
  await expectSaved(page);
  for (const [name, title] of [
    ['Alex Chief', 'CIO'],
    ['Sam Risk', 'Head of risk'],
  ] as const) {
    await page.getByLabel('Approver name').fill(name);
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'Add approver' }).click();
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('plan-status')).toHaveText('In review');
  await page.getByLabel('Change summary for version 1').fill('First approved version.');
  // Disabled, and says why, until every approver has approved.
  await expect(page.getByRole('button', { name: 'Approve', exact: true })).toBeDisabled();
  await expect(page.getByText('Waiting for Alex Chief, Sam Risk to approve.')).toBeVisible();
  await page.getByRole('button', { name: 'Record approval by Alex Chief' }).click();
  await expect(page.getByText('Waiting for Sam Risk to approve.')).toBeVisible();
  await page.getByRole('button', { name: 'Record approval by Sam Risk' }).click();
  await screenshot(page, 'review-in-review');
  await page.getByRole('button', { name: 'Approve', exact: true }).click();

  await expect(page.getByTestId('plan-status')).toHaveText('Approved');
  await expect(page.getByTestId('plan-version')).toHaveText(/^Version 1, approved \d{4}-\d{2}-\d{2}$/);
  const history = page.getByRole('table', { name: 'Revisions' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText('First approved version.');
  await expect(history).toContainText('Dana Owner');
  await screenshot(page, 'review-approved');

  // Change the RTO and add a runbook step: the plan becomes the draft of version 2.
  await goTo(page, 'Critical systems');
  await page.getByRole('link', { name: 'Details of Order database' }).click();
  await page.getByLabel('RTO – recovery time objective').fill('2 h');
  await page.getByLabel('RTO – recovery time objective').blur();
  await expectSaved(page);
  await goTo(page, 'Runbooks');
  await page.getByRole('button', { name: 'Write a runbook for Order database' }).click();
  const dialog = page.getByRole('dialog', { name: 'Write a runbook' });
  await dialog.getByRole('button', { name: 'Create runbook' }).click();
  await expect(page.getByRole('heading', { name: 'Recover Order database', level: 1 })).toBeVisible();
  await page.getByLabel('New step').fill('Restore the database');
  await page.getByLabel('New step').press('Enter');
  await expectSaved(page);

  await goTo(page, 'Review and approval');
  await expect(page.getByTestId('plan-status')).toHaveText('Draft');
  await expect(page.getByTestId('plan-version')).toHaveText(
    /^Draft of version 2, changes since version 1 of \d{4}-\d{2}-\d{2}$/,
  );
  // The approvals were for version 1: version 2 needs new ones.
  await expect(page.getByRole('cell', { name: 'Not yet' })).toHaveCount(2);
  const objectives = page.getByRole('region', { name: 'Recovery objectives' });
  await expect(objectives).toContainText('Changed: Order database');
  await expect(objectives).toContainText('RTO: 4 h → 2 h');
  const runbooks = page.getByRole('region', { name: 'Runbooks and their steps' });
  await expect(runbooks).toContainText('Added: Recover Order database (for Order database)');
  await expect(page.getByRole('combobox', { name: 'From', exact: true })).toHaveValue('1');
  await expect(page.getByRole('combobox', { name: 'To', exact: true })).toHaveValue('current');
  await screenshot(page, 'review-draft-diff');
});
