import type { Page } from '@playwright/test';
import { addSystemsByKeyboard, createPlan, expect, screenshot, test } from './fixtures';
import { buildOutagePlan, navigateTo, WORKAROUND } from './outage-plan';

/** The big number under a label, e.g. "Systems down". */
function count(page: Page, label: string) {
  return page
    .locator('.outage-count')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('.outage-count-value');
}

const picker = (page: Page) => page.getByRole('region', { name: 'What failed' });

test('what-if: a failure shows what is down and stopped, the waves, back times and MTD breaches', async ({
  page,
}) => {
  test.slow(); // The plan is built through the screens: an import, a process and dependencies.
  await buildOutagePlan(page, 'What-if plan');
  await navigateTo(page, 'What-if');
  await expect(page.getByText('Nothing has failed yet.')).toBeVisible();
  await screenshot(page, 'what-if-empty');

  await picker(page).getByLabel('Find a system').fill('pow');
  await expect(picker(page).getByRole('checkbox')).toHaveCount(1);
  await picker(page).getByRole('checkbox', { name: 'Power' }).check();
  await picker(page).getByLabel('Find a system').fill('');

  await expect(count(page, 'Systems down')).toHaveText('4');
  await expect(count(page, 'Degraded')).toHaveText('0');
  await expect(count(page, 'Processes stopped')).toHaveText('1');
  await expect(count(page, 'MTD breaches')).toHaveText('2');

  // The shop's process: MTD 4 h, but the web shop waits 4 h for the database and needs 1 h of catching up.
  const processes = page.getByRole('table', { name: 'Processes stopped by this outage' });
  await expect(processes.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '4 h',
    '5 h waiting for Web shop',
    '✕ MTD breached',
  ]);

  const waves = page.getByRole('list', { name: 'Recovery waves for this outage' });
  await expect(waves.getByRole('heading')).toHaveText(['Wave 1', 'Wave 2', 'Wave 3', 'Wave 4']);
  const power = waves.getByRole('listitem', { name: 'Wave 1' });
  await expect(power).toContainText('PowerFailed');
  await expect(power).toContainText('Back after 30 min (RTO 30 min; no runbook yet)');
  // The database has no process of its own: its MTD is that of the process that stops with it.
  const database = waves.getByRole('listitem', { name: 'Wave 3' });
  await expect(database).toContainText('MTD 4 h');
  await expect(database).toContainText('Within MTD');
  const shop = waves.getByRole('listitem', { name: 'Wave 4' });
  await expect(shop).toContainText('Back after 4 h (RTO 2 h; no runbook yet)');
  await expect(shop).toContainText('Later than its RTO: waits on Order database');
  await expect(shop).toContainText('MTD 4 h · back to normal after 5 h (WRT 1 h)');
  await expect(shop).toContainText('MTD breached');
  await screenshot(page, 'what-if');

  // One of two internet lines changes nothing; both take the web shop down, back within its MTD.
  await picker(page).getByRole('button', { name: 'Remove Power from the failures' }).click();
  await picker(page).getByRole('checkbox', { name: 'Fibre line' }).check();
  await expect(count(page, 'Systems down')).toHaveText('1');
  await expect(count(page, 'Processes stopped')).toHaveText('0');
  await picker(page).getByRole('checkbox', { name: '4G backup' }).check();
  await expect(count(page, 'Systems down')).toHaveText('3');
  await expect(count(page, 'MTD breaches')).toHaveText('0');
  await expect(processes.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '4 h',
    '3 h waiting for Web shop',
    '✓ Within MTD',
  ]);

  // Email only degrades the web shop, and the workaround is there to read.
  await picker(page).getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByText('Nothing has failed yet.')).toBeVisible();
  await picker(page).getByRole('checkbox', { name: 'Email' }).check();
  await expect(count(page, 'Degraded')).toHaveText('1');
  await expect(page.getByRole('list', { name: 'Degraded systems' })).toHaveText(
    `Web shopWorks worse without Email. Workaround: ${WORKAROUND}`,
  );
  await screenshot(page, 'what-if-degraded');

  // Presentation mode: large type, no sidebar, remembered across a reload; and off again.
  const toggle = page.getByRole('button', { name: 'Presentation mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('navigation', { name: 'Plan', exact: true })).toBeHidden();
  await picker(page).getByRole('checkbox', { name: 'Power' }).check();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(count(page, 'MTD breaches')).toHaveText('2');
  await expect(page.locator('main.what-if-presentation')).toBeVisible();
  await screenshot(page, 'what-if-presentation');
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.getByRole('navigation', { name: 'Plan', exact: true })).toBeVisible();
});

test('what-if: “Simulate this failure” on a single point of failure preselects it', async ({ page }) => {
  test.slow(); // The plan is built through the screens: an import, a process and dependencies.
  await buildOutagePlan(page, 'Preselect plan');
  await navigateTo(page, 'Failure points');
  await page.getByRole('link', { name: 'Simulate this failure: Core network' }).click();
  await expect(page.getByRole('heading', { name: 'What-if', level: 1 })).toBeVisible();
  await expect(picker(page).getByRole('checkbox', { name: 'Core network' })).toBeChecked();
  await expect(picker(page).getByRole('checkbox', { name: 'Power' })).not.toBeChecked();
  await expect(count(page, 'Systems down')).toHaveText('3');
  await expect(
    page.getByRole('list', { name: 'Recovery waves for this outage' }).getByRole('heading'),
  ).toHaveText(['Wave 1', 'Wave 2', 'Wave 3']);

  // The picked failures are not lost by a look at a system's page.
  await page.getByRole('region', { name: 'What failed' }).getByRole('checkbox', { name: 'Email' }).check();
  await page
    .getByRole('list', { name: 'Recovery waves for this outage' })
    .getByRole('link', { name: 'Web shop' })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Web shop', level: 1 })).toBeVisible();
  await navigateTo(page, 'What-if');
  await expect(picker(page).getByRole('checkbox', { name: 'Core network' })).toBeChecked();
  await expect(picker(page).getByRole('checkbox', { name: 'Email' })).toBeChecked();

  // Another plan's what-if starts empty: the picks belong to the plan they were made in.
  await page.getByRole('link', { name: '← All plans' }).click();
  await createPlan(page, 'Second client');
  await addSystemsByKeyboard(page, ['Mainframe']);
  await navigateTo(page, 'What-if');
  await expect(page.getByText('Nothing has failed yet.')).toBeVisible();
  await expect(page.getByText(/no longer in this plan/)).toBeHidden();
});

test('what-if: a scenario fails the systems it names, from its page or from the chooser', async ({
  page,
}) => {
  test.slow(); // The plan is built through the screens: an import, a process and dependencies.
  await buildOutagePlan(page, 'Scenario what-if plan');
  await navigateTo(page, 'What-if');
  const chooser = picker(page).getByLabel('Start from a scenario');
  await expect(picker(page).getByRole('link', { name: 'Describe failure scenarios' })).toBeVisible();

  await navigateTo(page, 'Scenarios');
  await page.getByRole('button', { name: 'Add from starter list…' }).first().click();
  const starters = page.getByRole('dialog', { name: 'Add common scenarios' });
  await starters.getByRole('checkbox', { name: 'Power outage' }).check();
  await starters.getByRole('checkbox', { name: 'Internet / ISP outage' }).check();
  await starters.getByRole('button', { name: 'Add 2 scenarios' }).click();
  await page
    .getByRole('table', { name: 'Failure scenarios' })
    .getByRole('link', { name: 'Power outage' })
    .click();
  // A scenario that names no systems has nothing to simulate yet.
  await expect(page.getByRole('link', { name: 'Simulate this scenario →' })).toBeHidden();
  await page
    .getByRole('group', { name: /takes down$/ })
    .getByRole('checkbox', { name: 'Power' })
    .check();
  await page.getByRole('link', { name: 'Simulate this scenario →' }).click();

  await expect(page.getByRole('heading', { name: 'What-if', level: 1 })).toBeVisible();
  await expect(page.getByText('Scenario: Power outage')).toBeVisible();
  await expect(chooser).toHaveValue(/.+/);
  await expect(picker(page).getByRole('checkbox', { name: 'Power' })).toBeChecked();
  await expect(count(page, 'Systems down')).toHaveText('4');
  await screenshot(page, 'what-if-scenario');

  // Changing the ticks says the result is no longer the scenario's own.
  await picker(page).getByRole('checkbox', { name: 'Email' }).check();
  await expect(picker(page).getByText('Changed since it was started from “Power outage”.')).toBeVisible();

  // The chooser: a scenario with no systems says so; "None" clears the simulation.
  await chooser.selectOption({ label: 'Internet / ISP outage (0 systems)' });
  await expect(picker(page).getByRole('note')).toContainText('“Internet / ISP outage” names no systems yet.');
  await expect(page.getByText('Nothing has failed yet.')).toBeVisible();
  await chooser.selectOption({ label: 'Power outage (1 system)' });
  await expect(count(page, 'Systems down')).toHaveText('4');
  await chooser.selectOption({ label: 'None: pick systems below' });
  await expect(page.getByText('Nothing has failed yet.')).toBeVisible();
});
