import { addSystemsByKeyboard, expect, expectSaved, screenshot, test } from './fixtures';
import { addNeed, buildOutagePlan, navigateTo } from './outage-plan';

test('failure points: findings by severity with links, single points of failure with their reach, waves and cycles', async ({
  page,
}) => {
  test.slow(); // The plan is built through the screens: an import, a process and dependencies.
  await buildOutagePlan(page, 'Failure points plan');
  // A cycle, and a system that waits on it.
  await navigateTo(page, 'Critical systems');
  await addSystemsByKeyboard(page, ['Directory', 'DNS', 'VPN']);
  await addNeed(page, 'Directory', 'hard', ['DNS']);
  await addNeed(page, 'DNS', 'hard', ['Directory']);
  await addNeed(page, 'VPN', 'hard', ['DNS']);
  await expectSaved(page);

  await navigateTo(page, 'Failure points');
  await expect(page.getByRole('heading', { name: 'Failure points', level: 1 })).toBeVisible();

  // Single points of failure, worst first; the redundant database and one of two lines are not among them.
  const spofs = page.getByRole('list', { name: 'Single points of failure, worst first' });
  await expect(spofs.getByRole('heading')).toHaveText(['Power', 'Core network', 'Web shop']);
  const power = spofs.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Power' }) });
  await expect(power).toContainText('Takes down Tier 0 – Foundational');
  await expect(power).toContainText('When it fails, 3 systems and 1 process go down with it');
  await expect(power.getByRole('link')).toHaveText([
    'Power',
    'Core network',
    'Order database',
    'Web shop',
    'Take orders',
    'Simulate this failure →',
  ]);

  // Recovery waves, and what has no place in them.
  const waves = page.getByRole('list', { name: 'Recovery waves' });
  await expect(waves.getByRole('heading')).toHaveText(['Wave 1', 'Wave 2', 'Wave 3', 'Wave 4']);
  await expect(waves.getByRole('listitem', { name: 'Wave 1' }).getByRole('link')).toHaveText([
    'Power',
    'Fibre line',
    '4G backup',
    'Email',
  ]);
  await expect(waves.getByRole('listitem', { name: 'Wave 4' })).toContainText('Web shop');
  await expect(waves.getByRole('listitem', { name: 'Wave 4' })).toContainText('Tier 1 · RTO 2 h');
  const unordered = page.getByRole('list', { name: 'Systems without a place in the recovery order' });
  await expect(unordered.getByRole('listitem')).toHaveText([
    'Directory: in a dependency cycle with DNS.',
    'DNS: in a dependency cycle with Directory.',
    'VPN: it needs something that waits on a dependency cycle.',
  ]);
  await expect(page.getByRole('list', { name: 'Dependency cycles' })).toContainText(
    'Directory and DNS need each other',
  );

  // Findings under their severity, with counts; a finding leads to its subject.
  const findings = page.getByRole('region', { name: /^Findings/ });
  await expect(findings.getByRole('heading', { level: 3 })).toHaveText([
    'Critical 3',
    // Four tier 0–1 systems (high) and two tier 2 (medium) have no runbook yet.
    'High 6',
    'Medium 13',
    'Low 7',
  ]);
  const high = findings.getByRole('list', { name: 'High findings' });
  await expect(high.getByRole('listitem').filter({ hasNotText: 'without a runbook' })).toHaveText([
    /^Directory: Directory and DNS each need the other/,
    /^Web shop: Its RTO of 2 h cannot be met: it needs Order database, whose RTO is 4 h\./,
  ]);
  await screenshot(page, 'failure-points');

  await high
    .getByRole('listitem')
    .filter({ hasText: 'cannot be met' })
    .getByRole('link', { name: 'Web shop' })
    .click();
  await expect(page.getByRole('heading', { name: 'Web shop', level: 1 })).toBeVisible();

  // It follows edits: with a standby, the web shop is no longer a single point of failure.
  await page.getByLabel('Redundancy').selectOption('active-passive');
  await expectSaved(page);
  await navigateTo(page, 'Failure points');
  await expect(
    page.getByRole('list', { name: 'Single points of failure, worst first' }).getByRole('heading'),
  ).toHaveText(['Power', 'Core network']);
});

test('failure points explain themselves on an empty plan', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill('Empty plan');
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await navigateTo(page, 'Failure points');
  await expect(page.getByText('No single points of failure found.')).toBeVisible();
  await expect(page.getByText('A single point of failure is one system')).toBeVisible();
  await expect(page.getByText('Once you have listed your systems')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Critical 0' })).toBeVisible();
  await screenshot(page, 'failure-points-empty');
});
