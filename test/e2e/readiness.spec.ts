import { addSystemsByKeyboard, expect, screenshot, test } from './fixtures';

const FIXTURE = 'test/fixtures/bundles/plan-v6.drplan.json';
const PLAN = 'Plan for Zürich – Łódź – Ærøskøbing';

test('the readiness home shows where the plan is weak: charts with tables, and what to do next', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import plan file…' }).click();
  await (await chooser).setFiles(FIXTURE);
  const sidebar = page.getByRole('navigation', { name: 'Plan', exact: true });
  await expect(sidebar.getByText(PLAN)).toBeVisible();
  await sidebar.getByRole('link', { name: 'Overview' }).click();

  await expect(page.getByRole('heading', { name: 'Readiness', level: 2 })).toBeVisible();
  await expect(page.locator('.readiness-percent')).toHaveText(/^\d{1,3}%$/);
  await expect(
    page.getByRole('list', { name: 'Where the plan is weak' }).getByRole('listitem').first(),
  ).toBeVisible();
  const perStep = page.getByRole('list', { name: 'Readiness per step' }).getByRole('listitem');
  await expect(perStep).toHaveCount(5);
  await expect(perStep.nth(4)).toContainText('Test and review');

  for (const name of [
    'RTO required vs achievable',
    'Findings by severity',
    'Systems per tier',
    'Exercise coverage over time',
  ]) {
    await expect(page.getByRole('img', { name })).toBeVisible();
  }
  const tiers = page.getByRole('figure', { name: 'Systems per tier' });
  await tiers.getByText('Show as a table').click();
  await expect(tiers.getByRole('row', { name: 'Tier 0 3' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Exercise coverage over time' })).toContainText(
    '1 completed exercise in the last 8 quarters',
  );
  const rto = page.getByRole('img', { name: 'RTO required vs achievable' });
  await expect(rto.locator('g[data-state]')).toHaveCount(12);

  const next = page.getByRole('list', { name: 'What to do next' }).getByRole('listitem');
  await expect(next).toHaveCount(8);
  await page.getByRole('button', { name: /^Show all \d+$/ }).click();
  expect(await next.count()).toBeGreaterThan(8);
  const severities = await next.locator('.finding-severity').allTextContents();
  const order = ['Critical', 'High', 'Medium', 'Low'];
  expect(severities.map((label) => order.indexOf(label))).toEqual(
    [...severities.map((label) => order.indexOf(label))].sort((a, b) => a - b),
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  if (await dismiss.isVisible()) await dismiss.click();
  await screenshot(page, 'readiness');
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: 'test-results/screenshots/readiness-top.png' });
  await page
    .getByRole('region', { name: 'Readiness in pictures' })
    .screenshot({ path: 'test-results/screenshots/readiness-charts.png' });

  // The first next step leads to the screen that fixes it.
  await next.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(PLAN);

  // More than 15 systems: the chart shows the worst 15 until asked for all.
  await sidebar.getByRole('link', { name: 'Critical systems' }).click();
  await addSystemsByKeyboard(page, ['Extra 1', 'Extra 2', 'Extra 3', 'Extra 4']);
  await sidebar.getByRole('link', { name: 'Overview' }).click();
  await expect(rto.locator('g[data-state]')).toHaveCount(15);
  await page.getByRole('button', { name: 'Show all 16 systems' }).click();
  await expect(rto.locator('g[data-state]')).toHaveCount(16);
});
