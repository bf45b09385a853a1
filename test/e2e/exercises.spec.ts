import type { Page } from '@playwright/test';
import { addSystemsByKeyboard, createPlan, expect, expectSaved, screenshot, test } from './fixtures';

async function goTo(page: Page, screen: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: screen })
    .click();
}

const STEP_1 = 'Restore the order database';
const STEP_2 = 'Check the last orders';

test('plan a tabletop, run it against the clock, write it up, and adopt a measured step time', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The clock runs from here; fastForward jumps it the way a meeting's minutes pass.
  await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
  await createPlan(page, 'Exercise plan');
  await addSystemsByKeyboard(page, ['Order database']);
  await page.getByRole('link', { name: 'Details of Order database' }).click();
  await page.getByLabel('Tier').selectOption('1');
  await page.getByLabel('RTO – recovery time objective').fill('1 h');
  await page.getByLabel('RTO – recovery time objective').blur();
  await expectSaved(page);

  await goTo(page, 'Runbooks');
  await page.getByRole('button', { name: 'Write a runbook for Order database' }).click();
  await page
    .getByRole('dialog', { name: 'Write a runbook' })
    .getByRole('button', { name: 'Create runbook' })
    .click();
  const newStep = page.getByLabel('New step');
  for (const title of [STEP_1, STEP_2]) {
    await newStep.fill(title);
    await newStep.press('Enter');
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  }
  await page.getByLabel('Estimated time, step 1').fill('15 min');
  await page.getByLabel('Estimated time, step 2').fill('10 min');
  await page.getByLabel('Estimated time, step 2').blur();
  await expectSaved(page);
  const runbookUrl = page.url();

  // Plan the exercise: a tabletop of the order database.
  await goTo(page, 'Exercises');
  await expect(page.getByRole('heading', { name: 'No exercises yet' })).toBeVisible();
  await page.getByLabel('Plan a new exercise').fill('Winter tabletop');
  await page.getByLabel('Plan a new exercise').press('Enter');
  await expect(page.getByRole('heading', { name: 'Winter tabletop', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Type')).toHaveValue('tabletop');
  // The box shows what is stored: it turns on once the write is done.
  await page.getByRole('checkbox', { name: /Order database/ }).click();
  await expect(page.getByRole('checkbox', { name: /Order database/ })).toBeChecked();
  await page.getByLabel('Participants').fill('Dana (DBA)\nLee (IT lead)');
  await page.getByLabel('Objectives').fill('The order database is back within its RTO of 1 h.');
  await page.getByLabel('Objectives').blur();
  await expectSaved(page);
  await expect(page.getByText('Run mode walks 2 runbook steps of 1 system in recovery order')).toBeVisible();

  // Run mode: every click is saved with its time.
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await expect(page.getByRole('heading', { name: 'Winter tabletop', level: 1 })).toBeVisible();
  const elapsed = page.getByRole('timer', { name: 'Elapsed time' });
  await expect(elapsed).toHaveText('00:00');
  await page.getByRole('button', { name: `Start: ${STEP_1}` }).click();
  await expectSaved(page);
  await page.clock.fastForward('25:00');
  // Real seconds pass between clicks too: the minutes are what the jumps decide.
  await expect(elapsed).toHaveText(/^25:\d\d$/);
  await page.getByRole('button', { name: `Done: ${STEP_1}` }).click();
  await expectSaved(page);
  await expect(page.getByLabel(`Time for ${STEP_1}`)).toHaveText(/^25:\d\d$/);

  // The check fails at first (Done or Failed without Start counts from the step before), is undone and redone.
  await page.clock.fastForward('10:00');
  await page.getByRole('button', { name: `Failed: ${STEP_2}` }).click();
  await expectSaved(page);
  await expect(page.getByLabel(`Time for ${STEP_2}`)).toHaveText(/^10:\d\d$/);
  await page.getByLabel(`Notes on ${STEP_2}`).fill('The report timed out; ran it again');
  await page.getByRole('button', { name: `Undo: ${STEP_2}` }).click();
  await expectSaved(page);
  await page.getByRole('button', { name: `Start: ${STEP_2}` }).click();
  await expectSaved(page);
  await page.clock.fastForward('20:00');
  await page.getByRole('button', { name: `Done: ${STEP_2}` }).click();
  await expectSaved(page);
  await expect(page.getByText('2 of 2 steps finished')).toBeVisible();
  await expect(page.getByLabel(`Time for ${STEP_2}`)).toHaveText(/^20:\d\d$/);
  await screenshot(page, 'exercise-run-mode');

  // Results: 55 minutes from the start to the last step done, within the RTO of 1 h.
  await page.getByRole('link', { name: 'Write up the results' }).click();
  const achieved = page.getByRole('table', { name: 'Achieved per system' });
  await expect(achieved.getByRole('row', { name: /Order database/ })).toContainText('55 min');
  await expect(achieved.getByRole('row', { name: /Order database/ })).toContainText('1 h');
  await page.getByLabel('Achieved RPO of Order database').fill('15 min');
  await page.getByLabel('Achieved RPO of Order database').blur();
  await expect(page.getByRole('table', { name: 'Step times' })).toContainText(
    'The report timed out; ran it again',
  );
  await page
    .getByLabel('New finding', { exact: true })
    .fill('The restore runbook named an old backup server');
  await page.getByLabel('Severity of the new finding').selectOption('high');
  await page.getByRole('button', { name: 'Add finding' }).click();
  await expect(page.getByText('The restore runbook named an old backup server')).toBeVisible();
  await page.getByLabel('New action', { exact: true }).fill('Update the backup server name in the runbook');
  await page.getByLabel('Owner of the new action').fill('Dana');
  await page.getByLabel('Due date of the new action').fill('2026-12-15');
  await page.getByRole('button', { name: 'Add action' }).click();
  const actions = page.getByRole('table', { name: 'Follow-up actions' });
  await expect(actions).toContainText('Update the backup server name in the runbook');
  await expect(actions).toContainText('2026-12-15');
  await page
    .getByRole('textbox', { name: 'Summary', exact: true })
    .fill('Recovered in 55 minutes; one runbook error found.');
  await page.getByRole('textbox', { name: 'Summary', exact: true }).blur();
  await expectSaved(page);
  await page.getByRole('button', { name: 'Complete the exercise' }).click();
  await expect(page.getByText('Completed', { exact: true })).toBeVisible();
  await expectSaved(page);
  await screenshot(page, 'exercise-results');

  await goTo(page, 'Exercises');
  const row = page.getByRole('table', { name: 'Exercises' }).getByRole('row', { name: /Winter tabletop/ });
  await expect(row).toContainText('2026-11-23');
  await expect(row).toContainText('Tabletop');
  await expect(row).toContainText('Completed');
  await expect(row).toContainText('Order database: 55 min (RTO 1 h)');
  await screenshot(page, 'exercises-list');

  // Back in the runbook: step 1 took 25 min, not the 15 estimated; adopt it.
  await page.goto(runbookUrl);
  await expect(page.getByTestId('measured-1')).toContainText(
    'Measured 25 min in “Winter tabletop” on 2026-11-23',
  );
  await page.getByRole('button', { name: 'Use measured time, step 1' }).click();
  await expectSaved(page);
  await expect(page.getByLabel('Estimated time, step 1')).toHaveValue('25 min');
  await expect(page.getByRole('button', { name: 'Use measured time, step 1' })).toHaveCount(0);
  await screenshot(page, 'exercise-measured-time');

  // The readiness home says the recovery time now rests on what was timed, not on an estimate.
  await goTo(page, 'Overview');
  await expect(page.getByRole('img', { name: /RTO required vs achievable/ })).toContainText(/\(measured\)/);
  await screenshot(page, 'readiness-measured');
});
