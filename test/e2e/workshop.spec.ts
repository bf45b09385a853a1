import type { Page, TestInfo } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createPlan, expect, screenshot, test } from './fixtures';

const OTHER_PLAN = 'Globex secret merger';
const OTHER_ORG = 'Globex Corporation';
const PLAN = 'Initech recovery';

async function exportMarkdown(page: Page, testInfo: TestInfo): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('button', { name: 'Export…' })
    .click();
  const dialog = page.getByRole('dialog', { name: /^Export “/ });
  await dialog.getByText('Markdown', { exact: true }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const path = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(path);
  await expect(dialog).toBeHidden();
  return readFile(path, 'utf8');
}

test('workshop mode shows only the current plan, captures systems and keeps the parking lot for the export', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await createPlan(page, OTHER_PLAN, OTHER_ORG);
  await createPlan(page, PLAN, 'Initech');

  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Workshop mode' })
    .click();
  await expect(page.getByRole('heading', { name: PLAN, level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(`${PLAN} – Workshop – DR Planner`);

  // Quick capture: name, Enter, next; each one said to be saved.
  const input = page.getByLabel('Name of a system to add');
  await input.focus();
  for (const name of ['Payroll server', 'Email', 'Core switch']) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Added system “${name}” — saved. Type the next one.`)).toBeVisible();
  }
  await expect(input).toBeFocused();
  const captured = page.getByRole('list', { name: 'Systems captured' }).getByRole('listitem');
  await expect(captured).toHaveText(['Core switch', 'Email', 'Payroll server']);
  await page.getByRole('radio', { name: 'Business process' }).check();
  await page.getByLabel('Name of a business process to add').fill('Pay staff');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Added process “Pay staff” — saved. Type the next one.')).toBeVisible();

  // The parking lot.
  await page.getByRole('tab', { name: /Parking lot/ }).click();
  await page.getByLabel('New question for the parking lot').fill('Who holds the DNS registrar login?');
  await page.keyboard.press('Enter');
  const question = page.getByRole('list', { name: 'Parking lot' }).getByRole('listitem');
  await expect(question).toHaveCount(1);
  await question.getByLabel('Who finds out').fill('Sam from IT');
  await question.getByLabel('Who finds out').blur();
  await expect(page.getByRole('status')).toHaveText('✓ Saved');

  // The agenda and its timer.
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await page.getByLabel('New agenda item').fill('List the critical systems');
  await page.getByLabel('Time allowed').fill('45 min');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Agenda timer' })).toContainText(
    'Now: List the critical systems',
  );
  await expect(page.getByRole('timer')).toHaveText('45:00 left');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('timer')).not.toHaveText('45:00 left', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Pause' }).click();

  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByLabel('Workshop notes').fill('Backups are on tape in the CFO’s car.');
  await page.getByLabel('Workshop notes').blur();
  await expect(page.getByRole('status')).toHaveText('✓ Saved');

  // Nothing on the whole page, nor in the window title, names the other client.
  await page.getByRole('tab', { name: 'Quick capture' }).click();
  const text = await page.locator('body').innerText();
  expect(text).toContain(PLAN);
  expect(text).not.toContain(OTHER_PLAN);
  expect(text).not.toContain(OTHER_ORG);
  expect(text).not.toContain('All plans');
  const html = await page.content();
  expect(html).not.toContain(OTHER_PLAN);
  expect(await page.title()).not.toContain(OTHER_PLAN);
  await screenshot(page, 'workshop-presenter-1280x720');

  // Leaving returns to the workspace; the captured records are there.
  await page.getByRole('button', { name: 'Leave workshop mode' }).click();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  expect(await page.title()).toBe('DR Planner');
  await expect(page.getByText('3 systems · 1 process')).toBeVisible();

  const markdown = await exportMarkdown(page, testInfo);
  expect(markdown).toContain('Workshop notes, parking lot and agenda');
  expect(markdown).toContain('Who holds the DNS registrar login?');
  expect(markdown).toContain('Sam from IT');
  expect(markdown).toContain('List the critical systems');
  expect(markdown).toContain('Backups are on tape in the CFO’s car.');
});
