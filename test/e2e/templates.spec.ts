import type { Page } from '@playwright/test';
import { healthcareClinic } from '../../shared/templates/healthcare-clinic';
import { createPlan, expect, screenshot, test } from './fixtures';

const NOTICE =
  'This plan started from the “Healthcare clinic” example. Every name and figure is an example: check each one with the people who know.';

const templateDialog = (page: Page) => page.getByRole('dialog', { name: 'New plan from a template' });

test('a plan from the Healthcare clinic template, chosen by keyboard, lands with its systems marked as examples', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New from template…' }).click();
  const dialog = templateDialog(page);
  await expect(dialog.getByRole('radio')).toHaveCount(4);

  // Keyboard only from here: the first card has focus, arrows choose, Tab moves to the fields.
  await expect(dialog.getByRole('radio', { name: 'Professional-services office' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const clinic = dialog.getByRole('radio', { name: 'Healthcare clinic' });
  await expect(clinic).toBeChecked();
  await expect(clinic).toHaveAccessibleDescription(/GP practice.*5 processes · 10 systems/);
  await expect(dialog.getByLabel('Plan name')).toHaveValue('Healthcare clinic (example)');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Plan name')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Riverside Family Clinic');
  await screenshot(page, 'template-dialog');
  await page.keyboard.press('Enter');

  // The plan opens on its overview.
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/plans\/[0-9a-f-]{36}\/overview$/);
  const sidebar = page.getByRole('navigation', { name: 'Plan', exact: true });
  await expect(sidebar).toContainText('Healthcare clinic (example)');
  await expect(sidebar).toContainText('Riverside Family Clinic');

  await sidebar.getByRole('link', { name: 'Critical systems' }).click();
  await expect(page.getByRole('heading', { name: 'Critical systems' })).toBeVisible();
  await expect(page.getByRole('note')).toHaveText(NOTICE);
  await expect(page.getByText('10 systems', { exact: true })).toBeVisible();
  for (const system of healthcareClinic.systems) {
    await expect(page.getByRole('textbox', { name: `Name of ${system.name}`, exact: true })).toHaveValue(
      system.name,
    );
  }
  await expect(page.getByRole('textbox', { name: 'Owner of Electronic health record (EHR)' })).toHaveValue(
    'Practice manager',
  );
  await screenshot(page, 'template-systems-notice');

  // Another screen is being built for processes; only check that the template's plan reaches it.
  await sidebar.getByRole('link', { name: 'Business processes' }).click();
  await expect(page).toHaveURL(/\/processes$/);

  // Written to disk, not just shown: still there after a reload.
  await page.reload();
  await page.getByRole('link', { name: '← All plans' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Healthcare clinic (example)' });
  await expect(card).toContainText('Riverside Family Clinic');
  await expect(card).toContainText('10 systems');
  await screenshot(page, 'plan-list-from-template');
});

test('the empty plan list offers templates; a template must be chosen, and typed names are kept', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('Plan for the day something breaks')).toBeVisible();
  await screenshot(page, 'plan-list-empty-templates');
  await page.getByRole('button', { name: 'Start from a template' }).click();
  const dialog = templateDialog(page);
  await expect(dialog.getByLabel('Plan name')).toHaveValue('');

  // Nothing chosen: a message next to the cards, and nothing is created.
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(dialog.getByText('Choose the template closest to the organisation.')).toBeVisible();
  await expect(dialog.getByText('Plan name is required')).toBeVisible();
  await screenshot(page, 'template-dialog-error');

  // A click anywhere on a card chooses it, and the name follows the choice …
  // (The mouse goes where a user's would: the card's label is stretched over its paragraph.)
  const paragraph = await dialog.getByText(/^A web shop selling physical goods/).boundingBox();
  if (!paragraph) throw new Error('The Online retail card is not on screen');
  await page.mouse.click(paragraph.x + paragraph.width / 2, paragraph.y + paragraph.height / 2);
  await expect(dialog.getByRole('radio', { name: 'Online retail' })).toBeChecked();
  await expect(dialog.getByText('Choose the template closest to the organisation.')).toBeHidden();
  await expect(dialog.getByLabel('Plan name')).toHaveValue('Online retail (example)');
  await dialog.getByText('Software / SaaS company', { exact: true }).click();
  await expect(dialog.getByLabel('Plan name')).toHaveValue('Software / SaaS company (example)');

  // … until the user types a name of their own.
  await dialog.getByLabel('Plan name').fill('Tailwind Traders – DR 2026');
  await dialog.getByText('Online retail', { exact: true }).click();
  await expect(dialog.getByLabel('Plan name')).toHaveValue('Tailwind Traders – DR 2026');

  // Escape closes without creating anything.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByText('Plan for the day something breaks')).toBeVisible();

  // The route the File menu uses opens the same dialog.
  await page.goto('/#/new-from-template');
  await expect(templateDialog(page)).toBeVisible();
});

test('a plan started from scratch shows no example notice', async ({ page }) => {
  await createPlan(page, 'Real client');
  await expect(page.getByRole('heading', { name: 'Critical systems' })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
});
