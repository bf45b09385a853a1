import type { ConsoleMessage, Page } from '@playwright/test';
import { addSystemsByKeyboard, createPlan, expect, expectSaved, screenshot, test } from './fixtures';

/*
 * A screen that throws must not take the app with it. No test hook exists in the app: the map
 * screen is made to fail the way it would in a browser that cannot start a Web Worker, by
 * replacing `Worker` before the page loads. Nothing else on these screens uses a worker.
 */

const PLAN = 'Confidential Ærøskøbing Recovery';
const ORGANISATION = 'Secret Holdings ApS';
const SYSTEM = 'Payroll Vault';

async function breakWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const realWorker = window.Worker;
    Reflect.set(window, '__realWorker', realWorker);
    Reflect.set(window, 'Worker', function BrokenWorker() {
      throw new TypeError(`Workers are switched off in this test "${document.title}"`);
    });
  });
}

async function mendWorkers(page: Page): Promise<void> {
  await page.evaluate(() => {
    Reflect.set(window, 'Worker', Reflect.get(window, '__realWorker'));
  });
}

/** What the browser platform's reportError printed: the report object itself. */
function collectReports(page: Page): Record<string, unknown>[] {
  const reports: Record<string, unknown>[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error' || !message.text().startsWith('DR Planner caught an error')) return;
    void message
      .args()[1]
      ?.jsonValue()
      .then((value: unknown) => {
        if (typeof value === 'object' && value !== null)
          reports.push(Object.fromEntries(Object.entries(value)));
      });
  });
  return reports;
}

function sidebar(page: Page) {
  return page.getByRole('navigation', { name: 'Plan', exact: true });
}

test('an error in one screen is caught there: the rest of the app works, details copy without plan content', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await breakWorkers(page);
  const reports = collectReports(page);
  await createPlan(page, PLAN, ORGANISATION);
  await addSystemsByKeyboard(page, [SYSTEM]);
  await expectSaved(page);

  await sidebar(page).getByRole('link', { name: 'Dependency map' }).click();
  const broken = page.getByRole('main', { name: 'This screen stopped working' });
  await expect(broken).toBeVisible();
  await expect(broken.getByRole('heading', { name: 'This screen stopped working' })).toBeFocused();
  await expect(broken).toContainText('Your plan is safe: every change marked “Saved” is in the database');
  // The sidebar and the status bar are still there.
  await expect(sidebar(page).getByText(PLAN)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('✓ Saved');
  await broken.getByText('Technical details').click();
  await expect(broken.locator('pre')).toHaveText('TypeError: Workers are switched off in this test “…”');
  await screenshot(page, 'error-boundary');

  await broken.getByRole('button', { name: 'Copy diagnostic details' }).click();
  await expect(broken.getByText('Copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^DR Planner \S+ — diagnostic details\n/);
  expect(copied).toMatch(/\nScreen: \/plans\/[\w-]+\/map\n/);
  expect(copied).toContain('Error: TypeError: Workers are switched off in this test “…”');
  expect(copied).toContain(`User agent: ${await page.evaluate(() => navigator.userAgent)}`);
  expect(copied).toMatch(/\nTime: \d{4}-\d\d-\d\dT/);
  expect(copied).toMatch(/\nStack:\nTypeError: .*\n\s+at /);
  for (const content of [PLAN, ORGANISATION, SYSTEM, 'Ærøskøbing', 'Payroll']) {
    expect(copied).not.toContain(content);
  }

  // The error went to the platform's error report (in a browser: the console), without plan content.
  await expect.poll(() => reports.length).toBe(1);
  expect(reports[0]).toMatchObject({ kind: 'render', name: 'TypeError' });
  expect(JSON.stringify(reports)).not.toContain('Ærøskøbing');

  // Another screen works, edits included; coming back finds the map still failing.
  await sidebar(page).getByRole('link', { name: 'Critical systems' }).click();
  await expect(page.getByRole('heading', { name: 'Critical systems' })).toBeVisible();
  await page.getByRole('textbox', { name: `Owner of ${SYSTEM}` }).fill('Anna Berg');
  await expectSaved(page);
  await sidebar(page).getByRole('link', { name: 'Dependency map' }).click();
  await expect(broken).toBeVisible();

  // "Try again" mounts the screen afresh: still failing while workers are off, working once they are back.
  await broken.getByRole('button', { name: 'Try again' }).click();
  await expect(broken).toBeVisible();
  await mendWorkers(page);
  await broken.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Dependency map' })).toBeVisible();
  await expect(broken).toBeHidden();
});

test('an error nothing else caught is reported, without plan content', async ({ page, problems }) => {
  const reports = collectReports(page);
  await createPlan(page, PLAN, ORGANISATION);
  await page.evaluate((name) => {
    setTimeout(() => {
      throw new RangeError(`No room for “${name}”`);
    });
    void Promise.reject(new Error(`Lost “${name}”`));
  }, PLAN);
  await expect.poll(() => reports.length).toBe(2);
  expect(reports).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: 'error', name: 'RangeError', message: 'No room for “…”' }),
      expect.objectContaining({ kind: 'unhandledrejection', name: 'Error', message: 'Lost “…”' }),
    ]),
  );
  expect(JSON.stringify(reports)).not.toContain('Ærøskøbing');
  // These two were thrown on purpose; the fixture fails a test on any page error it did not expect.
  await expect.poll(() => problems.length).toBeGreaterThanOrEqual(1);
  expect(problems.every((problem) => /No room for|Lost/.test(problem))).toBe(true);
  problems.splice(0);
});
