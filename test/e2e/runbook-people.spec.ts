import type { Page } from '@playwright/test';
import { addSystemsByKeyboard, createPlan, expect, expectSaved, screenshot, test } from './fixtures';

async function goTo(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Plan', exact: true }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

test('a runbook reads with its call tree and the people behind its roles, and the what-if uses its time', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await createPlan(page, 'Whole story', 'Northwind');
  await addSystemsByKeyboard(page, ['Network', 'Order database']);

  // The network comes back by its RTO (no runbook); the database needs it, tier 1, RTO 2 h.
  await page.getByRole('link', { name: 'Details of Network' }).click();
  await page.getByLabel('RTO – recovery time objective').fill('30 min');
  await page.getByLabel('RTO – recovery time objective').blur();
  await expectSaved(page);
  await goTo(page, 'Critical systems', 'Critical systems');
  await page.getByRole('link', { name: 'Details of Order database' }).click();
  await page.getByLabel('Tier').selectOption('1');
  await page.getByLabel('RTO – recovery time objective').fill('2 h');
  await page.getByLabel('RTO – recovery time objective').blur();
  const dependencies = page.getByRole('region', { name: 'Dependencies' });
  await dependencies.getByLabel('System', { exact: true }).selectOption({ label: 'Network' });
  await dependencies.getByRole('button', { name: 'Add dependency' }).click();
  await expectSaved(page);

  // One person, who is the DR coordinator and the first call.
  await goTo(page, 'Contacts', 'Contacts');
  await page.getByLabel('New contact name').fill('Ann Archer');
  await page.getByLabel('New contact name').press('Enter');
  await expect(page.getByRole('heading', { name: 'Ann Archer', level: 1 })).toBeVisible();
  await page.getByLabel('New number').fill('+44 7700 900101');
  await page.getByRole('button', { name: 'Add phone' }).click();
  await expectSaved(page);
  await goTo(page, 'Roles and teams', 'Roles and teams');
  await page.getByRole('button', { name: 'Add the usual roles (5)' }).click();
  const coordinator = page.getByRole('region', { name: /^DR coordinator/ });
  await coordinator.getByLabel('Person to add to DR coordinator').selectOption({ label: 'Ann Archer' });
  await coordinator.getByRole('button', { name: /Add (person|next in line)/ }).click();
  await expectSaved(page);
  await goTo(page, 'Call tree', 'Call tree');
  await page.getByLabel('Person to call first').selectOption({ label: 'Ann Archer' });
  await page.getByRole('button', { name: 'Add a first call' }).click();
  await expectSaved(page);

  // A two-step runbook done by the DR coordinator: 1 h 30 min.
  await goTo(page, 'Runbooks', 'Runbooks');
  await page.getByRole('button', { name: 'Write a runbook for Order database' }).click();
  await page
    .getByRole('dialog', { name: 'Write a runbook' })
    .getByRole('button', { name: 'Create runbook' })
    .click();
  for (const title of ['Restore the database', 'Check the orders']) {
    await page.getByLabel('New step').fill(title);
    await page.getByLabel('New step').press('Enter');
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  }
  await page.getByLabel('Estimated time, step 1').fill('1 h');
  await page.getByLabel('Estimated time, step 2').fill('30 min');
  await page.getByLabel('Who does it, step 1').selectOption({ label: 'Role: DR coordinator' });
  await page.getByLabel('Estimated time, step 2').blur();
  await expectSaved(page);
  await expect(page.getByTestId('runbook-duration')).toHaveText('1 h 30 min');

  // Read in an outage: the call tree on top with Ann's number; the role names who acts now.
  await page.getByRole('link', { name: 'Reading view' }).click();
  const callTree = page.getByRole('region', { name: 'Call tree: start it now' });
  await expect(callTree).toContainText('Ann Archer');
  await expect(callTree).toContainText('+44 7700 900101');
  const first = page.getByRole('listitem').filter({ hasText: 'Restore the database' }).first();
  await expect(first).toContainText('DR coordinator');
  await expect(first).toContainText('Ann Archer');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'runbook-print-with-call-tree');
  await page.emulateMedia({ media: 'screen' });

  // The what-if: the network fails; the database's runbook starts once it is back (30 min + 1 h 30 min).
  await goTo(page, 'What-if', 'What-if');
  await page.getByRole('region', { name: 'What failed' }).getByRole('checkbox', { name: 'Network' }).check();
  const database = page.getByRole('listitem').filter({ hasText: /^Order database.*Back after/ });
  await expect(database).toContainText('Back after 2 h (by its runbook · RTO 2 h)');
  await expect(page.getByRole('listitem').filter({ hasText: /^Network.*Back after/ })).toContainText(
    'Back after 30 min (RTO 30 min; no runbook yet)',
  );

  // Step 4 on the overview counts what is there.
  await page.getByRole('link', { name: 'Overview' }).click();
  const step4 = page.getByRole('list', { name: 'Planning steps' }).getByRole('listitem').nth(3);
  await expect(step4).toContainText('1 of 1 critical system has a runbook');
  await expect(step4).toContainText('call tree of 1 call');
  await expect(step4).toContainText('0 of 1 contact verified');
});
