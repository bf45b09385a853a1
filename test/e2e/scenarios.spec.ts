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
import type { Page } from '@playwright/test';

async function openScenarios(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Scenarios' })
    .click();
  await expect(page.getByRole('heading', { name: 'Failure scenarios', level: 1 })).toBeVisible();
}

test('failure scenarios: add starters, rate them, tick systems, record mitigations, delete and undo', async ({
  page,
}) => {
  await createPlan(page, 'Scenario plan', 'Northwind');
  await addSystemsByKeyboard(page, ['Web shop', 'Order database', 'App server']);
  await openScenarios(page);
  await expect(page.getByRole('heading', { name: 'What could go wrong?' })).toBeVisible();
  await screenshot(page, 'scenarios-empty');

  // Two starters, picked together.
  await page.getByRole('button', { name: 'Add from starter list…' }).first().click();
  const picker = page.getByRole('dialog', { name: 'Add common scenarios' });
  await expect(picker.getByRole('checkbox')).toHaveCount(10);
  await expect(picker.getByRole('button', { name: 'Add scenarios' })).toBeDisabled();
  await picker.getByRole('checkbox', { name: 'Server crash' }).check();
  await picker.getByRole('checkbox', { name: 'Ransomware' }).check();
  await screenshot(page, 'scenario-starters');
  await picker.getByRole('button', { name: 'Add 2 scenarios' }).click();
  await expect(picker).toBeHidden();
  const table = page.getByRole('table', { name: 'Failure scenarios' });
  await expect(table.getByRole('row')).toHaveCount(3);

  // Those already in the plan are marked and cannot be added twice.
  await page.getByRole('button', { name: 'Add from starter list…' }).click();
  await expect(picker.getByRole('checkbox', { name: 'Server crash' })).toBeChecked();
  await expect(picker.getByRole('checkbox', { name: 'Server crash' })).toBeDisabled();
  await expect(picker.getByRole('checkbox', { name: 'Power outage' })).not.toBeChecked();
  await picker.getByRole('button', { name: 'Cancel' }).click();

  await table.getByRole('link', { name: 'Server crash' }).click();
  await expect(page.getByRole('heading', { name: 'Server crash', level: 1 })).toBeVisible();
  await expect(page.getByLabel('How it is detected')).toHaveValue(/Uptime monitoring/);
  const risk = page.getByTestId('scenario-risk');
  await expect(risk).toHaveText('Not rated yet');

  // Likelihood and impact: the band appears in words, with its score.
  await page
    .getByRole('group', { name: 'Likelihood' })
    .getByRole('radio', { name: /^3 Possible/ })
    .check();
  await expect(risk).toHaveText('Not rated yet');
  await page
    .getByRole('group', { name: 'Impact' })
    .getByRole('radio', { name: /^4 Major/ })
    .check();
  await expect(risk).toHaveText('High · 12');
  await expect(page.getByText('Possible (3) × Major (4) = 12 of 25: mitigate soon.')).toBeVisible();
  // Arrow keys move through a radio group, saving each choice.
  await page.keyboard.press('ArrowDown');
  await expect(risk).toHaveText('Critical · 15');

  await page.getByRole('checkbox', { name: 'Web shop' }).check();
  await page.getByRole('checkbox', { name: 'App server' }).check();

  // A mitigation of the user's own, then its status changes.
  await page.getByLabel('Kind', { exact: true }).selectOption('failover');
  await page.getByLabel('What is done', { exact: true }).fill('Standby VM at the hosting provider');
  await page.getByRole('button', { name: 'Add mitigation' }).click();
  const mitigations = page.getByRole('table', { name: 'Mitigations' });
  await expect(mitigations.getByRole('textbox', { name: 'What is done, mitigation 1' })).toHaveValue(
    'Standby VM at the hosting provider',
  );
  await mitigations.getByLabel('Status of mitigation 1').selectOption('in-place');
  // A suggestion from the starter list, taken as offered; it is not offered again.
  const suggestion = 'Back up a full image so the server can be rebuilt on new hardware.';
  await page.getByRole('button', { name: `Add suggestion: ${suggestion}` }).click();
  await expect(mitigations.getByRole('textbox', { name: 'What is done, mitigation 2' })).toHaveValue(
    suggestion,
  );
  await expect(page.getByRole('button', { name: `Add suggestion: ${suggestion}` })).toHaveCount(0);
  await expect(mitigations.getByLabel('Status of mitigation 2')).toHaveValue('planned');
  await expectSaved(page);
  // From the top, so the sticky bar is drawn once, at the top of the full-page picture.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  await screenshot(page, 'scenario-detail');

  // The list puts it first, with its band, systems and mitigations in place; the matrix places it.
  await page.getByRole('link', { name: '← All scenarios' }).click();
  const first = table.getByRole('row').nth(1);
  await expect(first).toContainText('Server crash');
  await expect(first).toContainText('Critical · 15');
  await expect(first.getByRole('cell').nth(4)).toHaveText('2');
  await expect(first.getByRole('cell').nth(5)).toHaveText('1 of 2');
  await expect(table.getByRole('row').nth(2)).toContainText('Not rated yet');
  const matrix = page.getByRole('table', { name: 'Risk matrix' });
  // Impact 5 is the top row; the cells run likelihood 1 to 5.
  const majorRow = matrix.getByRole('row', { name: /^4 Major/ });
  await expect(majorRow.getByRole('cell').nth(2)).toContainText('High · 12');
  const severeRow = matrix.getByRole('row', { name: /^5 Severe/ });
  await expect(
    severeRow.getByRole('cell').nth(2).getByRole('list', { name: '1 scenario here' }),
  ).toContainText('Server crash');
  await expect(
    page.getByText('Not in the matrix yet, because likelihood or impact is not rated:'),
  ).toContainText('Ransomware');
  await screenshot(page, 'scenarios');

  // Delete from its page, and Undo puts everything back.
  await table.getByRole('link', { name: 'Server crash' }).click();
  await page.getByRole('button', { name: 'Delete scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Failure scenarios', level: 1 })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expectSaved(page);

  await page.reload();
  await expect(table.getByRole('row').nth(1)).toContainText('Critical · 15');
  await table.getByRole('link', { name: 'Server crash' }).click();
  await expect(page.getByRole('checkbox', { name: 'App server' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Order database' })).not.toBeChecked();
  await expect(
    page.getByRole('table', { name: 'Mitigations' }).getByLabel('Status of mitigation 1'),
  ).toHaveValue('in-place');
});

test('a scenario of your own, and a system deleted from the plan leaves it', async ({ page }) => {
  await createPlan(page, 'Own scenario plan');
  await addSystemsByKeyboard(page, ['Basement server']);
  await openScenarios(page);
  await page.getByRole('button', { name: 'New scenario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(dialog.getByText('Scenario name is required')).toBeVisible();
  await dialog.getByLabel('Scenario name').fill('Flood in the basement');
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Flood in the basement', level: 1 })).toBeVisible();
  // A scenario of one's own offers no starter suggestions.
  await expect(page.getByRole('list', { name: 'Suggested mitigations' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Basement server' }).check();
  await expectSaved(page);

  // A rating the disk refuses stays on screen, marked, until Retry writes it.
  await failWrites(page);
  await page
    .getByRole('group', { name: 'Likelihood' })
    .getByRole('radio', { name: /^2 Unlikely/ })
    .check();
  const status = page.getByRole('status');
  await expect(status).toContainText('Not saved: Likelihood of “Flood in the basement”');
  await expect(page.getByRole('group', { name: 'Likelihood' })).toContainText('Not saved');
  await expect(page.getByRole('radio', { name: /^2 Unlikely/ })).toBeChecked();
  await restoreWrites(page);
  await status.getByRole('button', { name: 'Retry' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('radio', { name: /^2 Unlikely/ })).toBeChecked();

  await page.getByRole('link', { name: 'Critical systems' }).click();
  await page.getByRole('button', { name: 'Delete Basement server' }).click();
  await openScenarios(page);
  await expect(
    page.getByRole('table', { name: 'Failure scenarios' }).getByRole('row').nth(1).getByRole('cell').nth(4),
  ).toHaveText('0');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('table', { name: 'Failure scenarios' }).getByRole('row').nth(1).getByRole('cell').nth(4),
  ).toHaveText('1');
});
