import type { Locator, Page } from '@playwright/test';
import { addSystemsByKeyboard, createPlan, expect, expectSaved, screenshot, test } from './fixtures';

const STEPS = [
  { title: 'Declare the outage', estimate: '15 min' },
  { title: 'Stop the order service', estimate: '15 min' },
  { title: 'Restore the database', estimate: '2 h' },
  { title: 'Order a replacement disk', estimate: '1 h' },
  { title: 'Rebuild the server', estimate: '3 h' },
  { title: 'Start the service and check', estimate: '30 min' },
] as const;

async function goTo(page: Page, screen: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: screen })
    .click();
}

const stepList = (page: Page) => page.getByRole('list', { name: 'Steps', exact: true });

/** The step titles in list order, as their headings show them ("1 Declare the outage"). */
async function expectOrder(page: Page, titles: readonly string[]): Promise<void> {
  await expect(stepList(page).getByRole('heading', { level: 3 })).toHaveText(
    titles.map((title, index) => `${String(index + 1)} ${title}`),
  );
}

/** Drags by the mouse as a user does: press on the handle, move in steps, release near the target's top. */
async function dragStep(page: Page, handle: Locator, target: Locator): Promise<void> {
  await handle.hover();
  await page.mouse.down();
  // Onto the target's heading: in its upper half, so the step lands above it.
  const box = await target.getByRole('heading', { level: 3 }).boundingBox();
  if (!box) throw new Error('drop target not visible');
  await page.mouse.move(box.x + 20, box.y + box.height / 2 + 10, { steps: 5 });
  await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
}

function waitBox(page: Page, step: number, other: number, title: string): Locator {
  return page.getByRole('checkbox', {
    name: `Step ${String(step)} waits for step ${String(other)}: ${title}`,
  });
}

test('write a runbook with parallel branches, see its critical path against the RTO, reorder, print', async ({
  page,
}) => {
  // One long workshop story: more than the default 30 s when the whole suite runs in parallel.
  test.setTimeout(90_000);
  await createPlan(page, 'Runbook workshop');
  await addSystemsByKeyboard(page, ['Order database', 'Office printer']);
  await page.getByRole('link', { name: 'Details of Order database' }).click();
  await page.getByLabel('Tier').selectOption('1');
  await page.getByLabel('RTO – recovery time objective').fill('4 h');
  await page.getByLabel('RTO – recovery time objective').blur();
  await expectSaved(page);

  // The list flags the tier-1 system without a runbook; the tier-less printer is not listed.
  await goTo(page, 'Runbooks');
  await expect(page.getByRole('heading', { name: 'Runbooks', level: 1 })).toBeVisible();
  await expect(page.getByText('1 of 1 systems still need a runbook.')).toBeVisible();
  await expect(page.getByText('No runbook yet: nobody has written down how to recover it.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Office printer' })).toHaveCount(0);
  await screenshot(page, 'runbooks-list-empty');

  await page.getByRole('button', { name: 'Write a runbook for Order database' }).click();
  const dialog = page.getByRole('dialog', { name: 'Write a runbook' });
  await expect(dialog.getByLabel('Runbook title')).toHaveValue('Recover Order database');
  await dialog.getByRole('button', { name: 'Create runbook' }).click();
  await expect(page.getByRole('heading', { name: 'Recover Order database', level: 1 })).toBeVisible();

  // Six steps, each waiting for the one above by default.
  const newStep = page.getByLabel('New step');
  for (const step of STEPS) {
    await newStep.fill(step.title);
    await newStep.press('Enter');
    await expect(stepList(page).getByRole('heading', { name: step.title })).toBeVisible();
  }
  for (const [index, step] of STEPS.entries()) {
    await page.getByLabel(`Estimated time, step ${String(index + 1)}`).fill(step.estimate);
  }
  // All in a row for now: 7 h. Waiting for it lets the panel above settle before the boxes are clicked.
  await expect(page.getByTestId('runbook-duration')).toHaveText('7 h');
  await expectSaved(page);
  // Two branches after step 1: 2 → 3 and 4 → 5; step 6 waits for both ends.
  await waitBox(page, 4, 3, STEPS[2].title).uncheck();
  await waitBox(page, 4, 1, STEPS[0].title).check();
  await waitBox(page, 6, 3, STEPS[2].title).check();
  await expectSaved(page);

  const duration = page.getByTestId('runbook-duration');
  await expect(duration).toHaveText('4 h 45 min');
  await expect(page.getByTestId('runbook-chain')).toHaveText('Longest chain: steps 1 → 4 → 5 → 6');
  await expect(page.getByText('Longer than the RTO of 4 h by 45 min.')).toBeVisible();
  const findings = page.getByRole('list', { name: 'Findings for this runbook' });
  await expect(findings.locator('[data-code="RUNBOOK_EXCEEDS_RTO"]')).toContainText(
    'takes 4 h 45 min along its longest chain of steps (steps 1, 4, 5 and 6)',
  );
  const step2 = stepList(page).getByRole('listitem').filter({ hasText: '2 Stop the order service' }).first();
  await expect(step2.getByText('In parallel with steps 4 and 5')).toBeVisible();
  await screenshot(page, 'runbook-editor-too-long');

  // Fix it: the rebuild is quicker with a spare server; the finding goes.
  await page.getByLabel('Estimated time, step 5').fill('2 h');
  await page.getByLabel('Estimated time, step 5').blur();
  await expect(duration).toHaveText('3 h 45 min');
  await expect(page.getByText('Fits in the RTO of 4 h, with 15 min to spare.')).toBeVisible();
  await expect(page.locator('[data-code="RUNBOOK_EXCEEDS_RTO"]')).toHaveCount(0);

  // Keyboard: Alt+↓ in step 2 moves it below step 3, which waited for it: that wait is dropped, and said.
  await page.getByLabel('Title, step 2').press('Alt+ArrowDown');
  await expectOrder(page, [
    STEPS[0].title,
    STEPS[2].title,
    STEPS[1].title,
    ...STEPS.slice(3).map((s) => s.title),
  ]);
  await expect(
    page.getByText(
      'Step 2 “Restore the database” no longer waits for step 3 “Stop the order service”, which is now below it.',
    ),
  ).toBeVisible();
  await expectSaved(page);

  // Drag: step 3 back above step 2 by its handle, then make the restore wait for it again.
  // A tall window keeps both cards on screen while dragging.
  await page.setViewportSize({ width: 1280, height: 1600 });
  const source = stepList(page).locator('[data-step-id]').nth(2).locator('.step-handle');
  const target = stepList(page).locator('[data-step-id]').nth(1);
  await dragStep(page, source, target);
  await expectOrder(
    page,
    STEPS.map((step) => step.title),
  );
  await waitBox(page, 3, 2, STEPS[1].title).check();
  await expectSaved(page);
  await expect(duration).toHaveText('3 h 45 min');

  // A step template, inserted before step 4.
  await page.getByLabel('Step template').selectOption({ label: 'Contact a vendor' });
  await page.getByLabel('Where').selectOption({ label: `Before step 4: ${STEPS[3].title}` });
  await page.getByRole('button', { name: 'Insert step' }).click();
  await expect(stepList(page).getByRole('heading', { level: 3 }).nth(3)).toHaveText(
    '4 Open an urgent case with the vendor',
  );
  await expect(page.getByLabel('Estimated time, step 4')).toHaveValue('15 min');

  // Delete it again, and Undo puts it back in its place.
  await page.getByRole('button', { name: 'Delete step 4: Open an urgent case with the vendor' }).click();
  await expectOrder(
    page,
    STEPS.map((step) => step.title),
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(stepList(page).getByRole('heading', { level: 3 }).nth(3)).toHaveText(
    '4 Open an urgent case with the vendor',
  );

  // A password typed into a step is flagged right under that field.
  const instructions = page.getByLabel('Instructions, step 1', { exact: true });
  await instructions.fill('Log in to the console as admin, password: Winter2024!x');
  await instructions.blur();
  const warning = page.getByRole('list', { name: 'Possible secrets in Instructions, step 1' });
  await expect(warning).toContainText('Password?');
  await expectSaved(page);
  await screenshot(page, 'runbook-editor');

  // The reading view, and how it prints.
  await page.getByRole('link', { name: 'Reading view' }).click();
  await expect(page.getByRole('heading', { name: 'Recover Order database', level: 1 })).toBeVisible();
  await expect(page.getByText('After steps 3 and 6')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Step 1 done' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Call tree: start it now' })).toBeVisible();
  // The password is called out before anyone prints it; the warning itself does not print.
  const secretWarning = page.getByRole('alert').filter({ hasText: 'Before you print' });
  await expect(secretWarning).toContainText('Step 1 “Declare the outage”: Instructions');
  await screenshot(page, 'runbook-read');
  await page.emulateMedia({ media: 'print' });
  await expect(secretWarning).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Plan', exact: true })).toBeHidden();
  await screenshot(page, 'runbook-print');
  await page.emulateMedia({ media: 'screen' });

  // The list and the system page show the runbook with its duration.
  await goTo(page, 'Runbooks');
  await expect(page.getByText('Every system listed has a runbook.')).toBeVisible();
  const card = page.getByRole('list', { name: 'Runbooks of Order database' });
  await expect(card).toContainText('7 steps, 3 h 45 min');
  await expect(page.getByText('back after 3 h 45 min')).toBeVisible();
  await screenshot(page, 'runbooks-list');
  await page.getByRole('link', { name: 'Order database', exact: true }).click();
  const section = page.getByRole('region', { name: 'Runbooks' });
  await expect(section.getByRole('link', { name: 'Recover Order database' })).toBeVisible();
  await expect(section).toContainText('3 h 45 min');
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'system-runbooks');
});
