import { addSystemsByKeyboard, createPlan, expect, screenshot, test } from './fixtures';

test('the overview shows the five steps, how far each got, and leads to the next thing to do', async ({
  page,
}) => {
  await createPlan(page, 'Guided plan', 'Contoso');
  await page.getByRole('link', { name: 'Overview' }).click();
  const steps = page.getByRole('list', { name: 'Planning steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(5);
  await expect(steps.nth(0)).toContainText('Identify critical systems and processes');
  await expect(steps.nth(0)).toContainText('Not started');
  await expect(steps.nth(2)).toContainText('Map failure points');
  await expect(steps.nth(2)).toContainText('Not started');
  await expect(steps.nth(3)).toContainText('Write runbooks');
  await expect(steps.nth(3)).toContainText('Not started');
  await expect(steps.nth(4)).toContainText('Test and review');
  await expect(steps.nth(4)).toContainText('Not started');

  await page.getByRole('link', { name: 'Add your first critical system →' }).click();
  await expect(page.getByRole('heading', { name: 'Critical systems' })).toBeVisible();
  await addSystemsByKeyboard(page, ['CRM', 'Email']);

  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('link', { name: 'Add the business processes those systems support →' }).click();
  await page.getByLabel('New process name').fill('Sell to customers');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sell to customers', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(
    page.getByRole('link', { name: 'Tick the systems “Sell to customers” needs →' }),
  ).toBeVisible();
  await expect(steps.nth(0)).toContainText('0 of 2 systems with an owner and a tier');
  await expect(steps.nth(0)).toContainText('In progress');
  const findings = page.getByRole('list', { name: 'What to do next' });
  await expect(findings.locator('[data-code="MISSING_OWNER"]')).toHaveCount(3);
  await screenshot(page, 'overview');

  await page.getByRole('link', { name: 'Tick the systems “Sell to customers” needs →' }).click();
  await expect(page.getByRole('heading', { name: 'Sell to customers', level: 1 })).toBeVisible();
});
