import type { Page } from '@playwright/test';
import { createPlan, expect, expectSaved, screenshot, test } from './fixtures';

async function openScreen(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Plan', exact: true }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/** Adds a contact by name, gives them a title and a phone number, and goes back to the list. */
async function addContact(page: Page, name: string, title: string, phone: string): Promise<void> {
  await page.getByLabel('New contact name').fill(name);
  await page.getByLabel('New contact name').press('Enter');
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByLabel('Role or title').fill(title);
  await page.getByLabel('New number').fill(phone);
  await page.getByRole('button', { name: 'Add phone' }).click();
  await expect(page.getByRole('textbox', { name: 'Number of phone 1' })).toHaveValue(phone);
  await expectSaved(page);
  await page.getByRole('link', { name: '← All contacts' }).click();
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

test('people: contacts with phones, the usual roles in succession, a call tree, its print view, delete and undo', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await createPlan(page, 'People plan', 'Northwind');

  // Without contacts the call tree points to them.
  await openScreen(page, 'Call tree', 'Call tree');
  await expect(page.getByRole('heading', { name: 'First, the people' })).toBeVisible();
  await screenshot(page, 'call-tree-empty');
  await page.getByRole('link', { name: 'Go to Contacts' }).click();
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who will you call?' })).toBeVisible();
  await screenshot(page, 'contacts-empty');

  await addContact(page, 'Ann Archer', 'IT manager', '+44 7700 900101');
  await addContact(page, 'Ben Brook', 'Operations director', '+44 7700 900202');
  await addContact(page, 'Cat Cole', 'Systems administrator', '+44 7700 900303');
  await addContact(page, 'Dan Dale', 'Office manager', '020 7946 0404 ext 12');
  const contacts = page.getByRole('table', { name: 'Contacts' });
  await expect(contacts.getByRole('row')).toHaveCount(6);

  // A second phone, a bad one refused with the reason, and an alternate.
  await contacts.getByRole('link', { name: 'Ben Brook' }).click();
  await page.getByLabel('Label', { exact: true }).fill('Home');
  await page.getByLabel('New number').fill('call reception');
  await page.getByRole('button', { name: 'Add phone' }).click();
  await expect(page.getByText('Phone number may contain only digits')).toBeVisible();
  await page.getByLabel('New number').fill('01632 960 222');
  await page.getByRole('button', { name: 'Add phone' }).click();
  await expect(page.getByRole('textbox', { name: 'Number of phone 2' })).toHaveValue('01632 960 222');
  await page.getByLabel('Alternate contact').selectOption({ label: 'Cat Cole' });
  await page.getByLabel('E-mail').fill('ben@example');
  await expect(page.getByText('Not saved: E-mail must be an e-mail address')).toBeVisible();
  await page.getByLabel('E-mail').fill('ben@example.com');
  await expectSaved(page);
  await expect(page.locator('[data-code="CONTACT_UNVERIFIED"]')).toBeVisible();
  await screenshot(page, 'contact-detail');

  // Verified today: the finding goes away.
  await page.getByRole('button', { name: 'Verified today' }).click();
  await expect(page.getByLabel('Last verified')).toHaveValue(today());
  await expect(page.locator('[data-code="CONTACT_UNVERIFIED"]')).toHaveCount(0);
  await expectSaved(page);
  await page.getByRole('link', { name: '← All contacts' }).click();
  await expect(contacts.getByRole('row', { name: /Ben Brook/ })).toContainText(today());
  await expect(contacts.getByRole('row', { name: /Ben Brook/ })).not.toContainText('unverified');
  await expect(contacts.getByRole('row', { name: /Ann Archer/ })).toContainText('never');
  await expect(contacts.getByRole('row', { name: /Ann Archer/ })).toContainText('unverified');
  await screenshot(page, 'contacts');

  // The usual roles, once; a line of succession ordered by button and by keyboard.
  await openScreen(page, 'Roles and teams', 'Roles and teams');
  await expect(page.getByRole('heading', { name: 'Who is in charge?' })).toBeVisible();
  await page.getByRole('button', { name: 'Add the usual roles (5)' }).click();
  await expect(page.getByRole('button', { name: /Add the usual roles/ })).toHaveCount(0);
  const coordinator = page.getByRole('region', { name: /^DR coordinator/ });
  for (const name of ['Ann Archer', 'Ben Brook', 'Cat Cole']) {
    await coordinator.getByLabel('Person to add to DR coordinator').selectOption({ label: name });
    await coordinator.getByRole('button', { name: /Add (person|next in line)/ }).click();
    await expect(coordinator.getByRole('listitem').filter({ hasText: name })).toBeVisible();
  }
  await coordinator.getByRole('button', { name: 'Move Ben Brook up in DR coordinator' }).click();
  await expect(coordinator.getByRole('listitem').first()).toContainText('Ben Brook');
  await coordinator.getByRole('button', { name: 'Move Cat Cole up in DR coordinator' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(coordinator.getByRole('listitem').nth(1)).toContainText('Cat Cole');
  await expect(coordinator.getByRole('button', { name: 'Move Cat Cole up in DR coordinator' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  const line = coordinator
    .getByRole('list', { name: 'Who acts, in order of succession' })
    .getByRole('listitem');
  await expect(line).toHaveText([
    /^1\.Cat Cole · acts/,
    /^2\.Ben Brook · first deputy/,
    /^3\.Ann Archer · second deputy/,
  ]);
  await expectSaved(page);
  await screenshot(page, 'teams');

  // The call tree: Ann and Dan are called first; Ann calls Ben and Cat.
  await openScreen(page, 'Call tree', 'Call tree');
  await page.getByLabel('Person to call first').selectOption({ label: 'Ann Archer · IT manager' });
  await page.getByRole('button', { name: 'Add a first call' }).click();
  await page.getByLabel('Person to call first').selectOption({ label: 'Dan Dale · Office manager' });
  await page.getByRole('button', { name: 'Add a first call' }).click();
  const editor = page.getByRole('region', { name: 'Who calls whom' });
  const firstCalls = editor.getByRole('list', { name: 'Calls made by whoever activates the plan' });
  await expect(firstCalls.locator(':scope > li')).toHaveCount(2);
  for (const name of ['Ben Brook · Operations director', 'Cat Cole · Systems administrator']) {
    await page.getByRole('button', { name: 'Add who they call (Ann Archer)' }).click();
    await page.getByLabel('Person Ann Archer calls').selectOption({ label: name });
    await page.getByRole('button', { name: 'Add call', exact: true }).click();
  }
  await expect(editor.getByRole('list', { name: 'Ann Archer calls' }).getByRole('listitem')).toHaveCount(2);
  await page.getByLabel('Escalate call to Ann Archer after').fill('soon');
  await expect(page.getByText('Not saved: “soon” is not a duration')).toBeVisible();
  await page.getByLabel('Escalate call to Ann Archer after').fill('15 min');
  await page.getByLabel('Escalate call to Ben Brook after').fill('10min');
  await page.getByLabel('Escalate call to Ben Brook after').blur();
  await expectSaved(page);
  await expect(page.getByLabel('Escalate call to Ben Brook after')).toHaveValue('10 min');
  const view = page.getByRole('region', { name: 'As it reads in an outage' });
  await expect(view.getByRole('list', { name: 'Ann Archer calls' })).toContainText('Ben Brook');
  await expect(view).toContainText('No answer within 10 min: call Cat Cole');
  await expect(view).toContainText('No answer within 15 min: the caller makes their calls instead');
  await screenshot(page, 'call-tree');

  // The print view, as paper shows it: no sidebar, no buttons.
  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.getByRole('heading', { name: 'Call tree', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await screenshot(page, 'call-tree-print');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: '← Back to the call tree' }).click();

  // Removing someone who calls others asks first; moving their calls up keeps Ben and Cat in the tree.
  await page.getByRole('button', { name: 'Remove Ann Archer from the call tree' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Remove Ann Archer from the call tree?' });
  await expect(ask).toContainText('Ann Archer calls Ben Brook, Cat Cole.');
  await screenshot(page, 'call-tree-remove');
  await ask.getByRole('button', { name: 'Move their calls up to the activator' }).click();
  await expect(firstCalls.locator(':scope > li')).toHaveCount(3);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(firstCalls.locator(':scope > li')).toHaveCount(2);
  await expect(editor.getByRole('list', { name: 'Ann Archer calls' }).getByRole('listitem')).toHaveCount(2);
  await expectSaved(page);

  // Deleting Ann, who calls others: Ben and Cat move up; Undo puts everything back.
  await openScreen(page, 'Contacts', 'Contacts');
  await contacts.getByRole('button', { name: 'Delete Ann Archer' }).click();
  await expect(contacts.getByRole('row')).toHaveCount(5);
  await openScreen(page, 'Call tree', 'Call tree');
  await expect(firstCalls.locator(':scope > li')).toHaveCount(3);
  await expect(editor.getByRole('list', { name: 'Ann Archer calls' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor.getByRole('list', { name: 'Ann Archer calls' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByLabel('Escalate call to Ann Archer after')).toHaveValue('15 min');
  await expectSaved(page);
  await openScreen(page, 'Roles and teams', 'Roles and teams');
  await expect(line).toHaveText([/^1\.Cat Cole/, /^2\.Ben Brook/, /^3\.Ann Archer/]);
});
