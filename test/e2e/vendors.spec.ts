import type { Page } from '@playwright/test';
import { addSystemsByKeyboard, createPlan, expect, expectSaved, screenshot, test } from './fixtures';

/** Full-page screenshots from the top, so the fixed top bar is drawn where it belongs. */
async function screenshotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  await screenshot(page, name);
}

async function navigateTo(page: Page, screen: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: screen })
    .click();
}

const SLA_FINDING = '[data-code="VENDOR_SLA_EXCEEDS_RTO"]';

test('vendors: a restore SLA longer than the RTO is found on the vendor, the system and failure points; deleting the system and Undo', async ({
  page,
}) => {
  await createPlan(page, 'Vendor plan', 'Northwind');
  await addSystemsByKeyboard(page, ['Web shop', 'Mail']);
  await page.getByRole('link', { name: 'Details of Web shop' }).click();
  await page.getByLabel('RTO – recovery time objective').fill('4 h');
  await expectSaved(page);

  await navigateTo(page, 'Vendors');
  await expect(page.getByRole('heading', { name: 'Vendors', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No vendors yet' })).toBeVisible();
  await screenshot(page, 'vendors-empty');

  // Added by name; its page opens.
  await page.getByLabel('New vendor').fill('Contoso Hosting');
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('heading', { name: 'Contoso Hosting', level: 1 })).toBeVisible();

  await page.getByLabel('Service provided').fill('Hosting of the web shop');
  await page.getByLabel('Contract number').fill('HC-2291');
  await page.getByLabel('Account id').fill('ACME-77');
  await page.getByLabel('SLA response time').fill('30m');
  await page.getByLabel('SLA restore time').fill('8 h');
  await page.getByLabel('Support phone').fill('+44 20 7946 0100');
  await page.getByLabel('Support e-mail').fill('support@contoso.example');
  // Only https is accepted for the portal, with a message that says so.
  const portal = page.getByLabel('Support portal');
  await portal.fill('http://help.contoso.example');
  await expect(
    page.getByText('Not saved: Support portal must be a web address starting with https://'),
  ).toBeVisible();
  await portal.fill('https://help.contoso.example');
  await page.getByRole('checkbox', { name: /^Web shop/ }).check();
  await expectSaved(page);
  // Durations are shown back in the friendliest unit once saved.
  await page.reload();
  await expect(page.getByLabel('SLA response time')).toHaveValue('30 min');
  await expect(page.getByLabel('SLA restore time')).toHaveValue('8 h');

  // The finding, on the vendor's page.
  const vendorFindings = page.getByRole('list', { name: 'Findings for Contoso Hosting' });
  await expect(vendorFindings.locator(SLA_FINDING)).toContainText(
    'Web shop: Contoso Hosting provides it and promises to restore service within 8 h, longer than its RTO of 4 h.',
  );

  // Escalation contacts: added in order, moved, removed.
  await page.getByLabel('Name', { exact: true }).fill('Ann Lee');
  await page.getByLabel('Role or title', { exact: true }).fill('Account manager');
  await page.getByLabel('Phone', { exact: true }).fill('+44 7700 900001');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  await page.getByLabel('Name', { exact: true }).fill('Bo Chen');
  await page.getByLabel('E-mail', { exact: true }).fill('not-an-address');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('alert')).toContainText('E-mail must be an e-mail address');
  await page.getByLabel('E-mail', { exact: true }).fill('bo@contoso.example');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const escalation = page.getByRole('table', { name: 'Escalation contacts of Contoso Hosting' });
  const names = escalation.getByRole('textbox', { name: /^Name, escalation contact/ });
  await expect(names).toHaveCount(2);
  await expect(names.nth(0)).toHaveValue('Ann Lee');
  await escalation.getByRole('button', { name: 'Move Bo Chen up' }).click();
  await expect(names.nth(0)).toHaveValue('Bo Chen');
  await expect(escalation.getByRole('button', { name: 'Move Bo Chen up' })).toBeDisabled();
  await page.getByRole('textbox', { name: 'Notes' }).fill('Ask for the priority line when the shop is down.');
  await expectSaved(page);
  await screenshotFromTop(page, 'vendor-detail');

  // The list: name, service, phone, SLA restore with its mark, systems provided.
  await navigateTo(page, 'Vendors');
  const table = page.getByRole('table', { name: 'Vendors' });
  const row = table.getByRole('row').filter({ hasText: 'Contoso Hosting' });
  await expect(row).toContainText('Hosting of the web shop');
  await expect(row).toContainText('+44 20 7946 0100');
  await expect(row).toContainText('8 h');
  await expect(row).toContainText('Longer than the RTO of 1 system');
  await expect(row.getByRole('link', { name: 'Web shop' })).toBeVisible();
  await screenshot(page, 'vendors-list');

  // On the system's page: who provides it, and the finding.
  await row.getByRole('link', { name: 'Web shop' }).click();
  const vendorsOfShop = page.getByRole('list', { name: 'Vendors of Web shop' });
  await expect(vendorsOfShop).toContainText('Contoso Hosting');
  await expect(vendorsOfShop).toContainText('Support +44 20 7946 0100 · restore SLA 8 h');
  await expect(
    page.getByRole('list', { name: 'Vendor findings for Web shop' }).locator(SLA_FINDING),
  ).toBeVisible();
  await screenshotFromTop(page, 'system-vendors');

  // On the failure points screen, under High.
  await navigateTo(page, 'Failure points');
  const high = page.getByRole('list', { name: 'High findings' });
  await expect(high.locator(SLA_FINDING)).toContainText('Contoso Hosting provides it');
  await screenshot(page, 'vendor-failure-points');

  // A faster SLA: the finding goes everywhere.
  await navigateTo(page, 'Vendors');
  await table.getByRole('link', { name: 'Contoso Hosting' }).click();
  await page.getByLabel('SLA restore time').fill('4 h');
  await expectSaved(page);
  await expect(page.locator(SLA_FINDING)).toHaveCount(0);
  await navigateTo(page, 'Failure points');
  await expect(page.getByRole('heading', { name: 'Failure points', level: 1 })).toBeVisible();
  await expect(page.locator(SLA_FINDING)).toHaveCount(0);
  await navigateTo(page, 'Vendors');
  await expect(row).not.toContainText('Longer than the RTO');

  // Deleting the system takes it out of the vendor; Undo puts it back.
  await navigateTo(page, 'Critical systems');
  await page.getByRole('button', { name: 'Delete Web shop' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of Web shop' })).toHaveCount(0);
  await navigateTo(page, 'Vendors');
  await expect(row).toContainText('none ticked');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row.getByRole('link', { name: 'Web shop' })).toBeVisible();
  await expectSaved(page);

  // Deleting the vendor, and Undo.
  await page.getByRole('button', { name: 'Delete Contoso Hosting' }).click();
  await expect(page.getByRole('heading', { name: 'No vendors yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row.getByRole('link', { name: 'Web shop' })).toBeVisible();
  await expectSaved(page);
});
