import type { Page } from '@playwright/test';
import { TEMPLATES } from '../../shared/templates';
import { healthcareClinic } from '../../shared/templates/healthcare-clinic';
import { onlineRetail } from '../../shared/templates/online-retail';
import { createPlan, expect, screenshot, test } from './fixtures';

const NOTICE =
  'This plan started from the “Healthcare clinic” example. Every name and figure is an example: check each one with the people who know.';

const templateDialog = (page: Page) => page.getByRole('dialog', { name: 'New plan from a template' });
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Plan', exact: true });
const edge = (page: Page, label: string) => page.getByRole('group', { name: label, exact: true });

/** Creates a plan from a template with its suggested name; it opens on its overview. */
async function createFromTemplate(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New from template…' }).click();
  const dialog = templateDialog(page);
  await dialog.getByText(name, { exact: true }).click();
  await expect(dialog.getByRole('radio', { name })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(sidebar(page)).toContainText(`${name} (example)`);
}

async function openMap(page: Page): Promise<void> {
  await sidebar(page).getByRole('link', { name: 'Dependency map' }).click();
  await expect(page.getByRole('heading', { name: 'Dependency map', level: 1 })).toBeVisible();
  // The layout is computed in a worker: wait until it shows what is on screen.
  await expect(page.locator('.map-body')).toHaveAttribute('data-layout', 'current');
}

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
  await expect(clinic).toHaveAccessibleDescription(/GP practice.*5 processes · 11 systems/);
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
  await expect(sidebar(page)).toContainText('Healthcare clinic (example)');
  await expect(sidebar(page)).toContainText('Riverside Family Clinic');

  await sidebar(page).getByRole('link', { name: 'Critical systems' }).click();
  await expect(page.getByRole('heading', { name: 'Critical systems' })).toBeVisible();
  await expect(page.getByRole('note')).toHaveText(NOTICE);
  await expect(page.getByText('11 systems', { exact: true })).toBeVisible();
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
  await sidebar(page).getByRole('link', { name: 'Business processes' }).click();
  await expect(page).toHaveURL(/\/processes$/);

  // Written to disk, not just shown: still there after a reload.
  await page.reload();
  await page.getByRole('link', { name: '← All plans' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Healthcare clinic (example)' });
  await expect(card).toContainText('Riverside Family Clinic');
  await expect(card).toContainText('11 systems');
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

test('a plan from the Online retail template comes with its dependencies: recovery waves and a map with edges', async ({
  page,
}) => {
  await createFromTemplate(page, 'Online retail');

  // The checkout waits for what it needs, so the shop is not recovered in one go.
  await sidebar(page).getByRole('link', { name: 'Failure points' }).click();
  await expect(page.getByRole('heading', { name: 'Failure points', level: 1 })).toBeVisible();
  const waves = page.getByRole('list', { name: 'Recovery waves' });
  await expect(waves.getByRole('heading')).toHaveText(['Wave 1', 'Wave 2']);
  await expect(waves.getByRole('listitem', { name: 'Wave 1' })).toContainText('Order and customer database');
  await expect(waves.getByRole('listitem', { name: 'Wave 2' })).toContainText('Online storefront');
  await expect(waves.getByRole('listitem', { name: 'Wave 2' })).toContainText('Customer service help desk');
  await expect(page.getByRole('list', { name: 'Dependency cycles' })).toHaveCount(0);
  await screenshot(page, 'template-failure-points');

  // Each kind of need is on the map: hard, one of two payment providers, and a need with a workaround.
  await openMap(page);
  await expect(edge(page, 'Online storefront needs Order and customer database')).toBeAttached();
  await expect(edge(page, 'Online storefront needs one of Payment provider')).toBeAttached();
  await expect(edge(page, 'Online storefront needs one of Backup payment provider')).toBeAttached();
  await expect(
    edge(page, 'Online storefront works worse without Google Workspace (staff accounts and email)'),
  ).toBeAttached();
  await expect(
    edge(page, 'Customer service and returns works worse without Payment provider'),
  ).toBeAttached();
  // Every dependency of the template is drawn, besides each process's links to its systems.
  const links = onlineRetail.processes.reduce((sum, process) => sum + process.systems.length, 0);
  const targets = onlineRetail.dependencies.reduce((sum, dependency) => sum + dependency.targets.length, 0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(links + targets);
  await screenshot(page, 'template-map');
});

test('every template’s map lays out with its dependencies', async ({ page }) => {
  test.slow(); // Four plans, each laid out in the worker.
  for (const template of TEMPLATES) {
    await createFromTemplate(page, template.name);
    await openMap(page);
    const [first] = template.dependencies;
    if (!first) throw new Error(`${template.name} has no dependencies`);
    const [target = ''] = first.targets;
    const verb = { hard: 'needs', degraded: 'works worse without', alternatives: 'needs one of' }[first.kind];
    await expect(edge(page, `${first.dependent} ${verb} ${target}`)).toBeAttached();
    await screenshot(page, `template-map-${template.id}`);
  }
});
