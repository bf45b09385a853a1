import type { Page } from '@playwright/test';
import { createPlan, expect, expectSaved } from './fixtures';

/*
 * A small plan for the failure-points and what-if tests, entered the way a
 * user would: systems from a CSV, a process, dependencies on system pages.
 *
 *   Power → Core network → Order database (active-passive) → Web shop → “Take orders” (MTD 4 h)
 *   Web shop needs one of Fibre line (8 h) or 4G backup (2 h), and works worse without Email.
 */
const SYSTEMS_CSV = [
  'Name;Tier;Owner;RTO;WRT;Redundancy',
  'Power;0;Facilities;30 min;;None',
  'Core network;0;IT;1 h;;None',
  'Fibre line;2;IT;8 h;;None',
  '4G backup;2;IT;2 h;;None',
  'Order database;1;IT;4 h;;Active-passive',
  'Web shop;1;Sales;2 h;1 h;None',
  'Email;3;;1 day;;None',
].join('\n');

export const WORKAROUND = 'Order confirmations are sent the next day.';

export async function navigateTo(page: Page, screen: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: screen })
    .click();
}

/** On a system's page: one dependency of the given kind. */
export async function addNeed(
  page: Page,
  system: string,
  kind: 'hard' | 'alternatives' | 'degraded',
  targets: readonly string[],
): Promise<void> {
  await navigateTo(page, 'Critical systems');
  await page.getByRole('link', { name: `Details of ${system}` }).click();
  const section = page.getByRole('region', { name: 'Dependencies' });
  await section.getByLabel('Kind').selectOption(kind);
  if (kind === 'alternatives') {
    for (const target of targets) await section.getByRole('checkbox', { name: target, exact: true }).check();
  } else {
    await section.getByLabel('System', { exact: true }).selectOption({ label: targets[0] ?? '' });
  }
  await section.getByRole('button', { name: 'Add dependency' }).click();
  await expect(section.getByRole('list', { name: `What ${system} needs` })).toContainText(targets[0] ?? '');
}

export async function buildOutagePlan(page: Page, name: string): Promise<void> {
  await createPlan(page, name);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'systems.csv', mimeType: 'text/csv', buffer: Buffer.from(SYSTEMS_CSV) });
  await page.getByRole('dialog').getByRole('button', { name: 'Import 7 systems' }).click();
  await expect(page.getByText('Imported 7 systems')).toBeVisible();

  await navigateTo(page, 'Business processes');
  await page.getByLabel('New process name').fill('Take orders');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Take orders', level: 1 })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Web shop' }).check();
  await page.getByLabel('MTD set by hand').fill('4 h');
  await page.getByLabel('Reason', { exact: true }).fill('Customers buy elsewhere after a morning offline.');
  await expectSaved(page);

  await addNeed(page, 'Core network', 'hard', ['Power']);
  await addNeed(page, 'Order database', 'hard', ['Core network']);
  await addNeed(page, 'Web shop', 'hard', ['Order database']);
  await addNeed(page, 'Web shop', 'alternatives', ['Fibre line', '4G backup']);
  await addNeed(page, 'Web shop', 'degraded', ['Email']);
  await page.getByLabel('Workaround while it is down').fill(WORKAROUND);
  await expectSaved(page);
}
