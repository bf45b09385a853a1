import type { Page, Route, TestInfo } from '@playwright/test';
import { webcrypto } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createBundle, serialiseBundle } from '../../shared/bundle/bundle';
import { samplePlan, SAMPLE_NOW } from '../support/sample-plan';
import { addSystemsByKeyboard, createPlan, expect, expectSaved, screenshot, test } from './fixtures';

const PLAN = 'Exchange plan';

/** Opens the plan's Export… dialog from its sidebar. */
async function openExportDialog(page: Page) {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('button', { name: 'Export…' })
    .click();
  const dialog = page.getByRole('dialog', { name: /^Export “/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Exports the open plan as a plan file (with a passphrase if given) and returns the downloaded file's path. */
async function exportPlanFile(page: Page, testInfo: TestInfo, name: string, passphrase?: string) {
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'Plan file (.drplan.json)' }).check();
  if (passphrase !== undefined) {
    await dialog.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Passphrase again').fill(passphrase);
    await expect(dialog.getByText('A lost passphrase cannot be recovered')).toBeVisible();
  }
  const started = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await started;
  const target = testInfo.outputPath(name);
  await download.saveAs(target);
  await expect(dialog).toBeHidden();
  return { path: target, suggested: download.suggestedFilename() };
}

/** From the plan list: Import plan file… answered with the given file. */
async function importFile(page: Page, file: string) {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import plan file…' }).click();
  await (await chooser).setFiles(file);
}

async function contentHashOf(file: string): Promise<string> {
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('contentHash' in parsed)) throw new Error('no hash');
  return String(parsed.contentHash);
}

function nameBoxes(page: Page) {
  return page.getByRole('table', { name: 'Critical systems' }).getByRole('textbox', { name: /^Name of / });
}

/** Goes to the open plan's systems and checks their names, top to bottom. */
async function expectSystemNames(page: Page, names: string[]) {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Critical systems' })
    .click();
  await expect
    .poll(() =>
      nameBoxes(page).evaluateAll((inputs) =>
        inputs.map((input) => (input instanceof HTMLInputElement ? input.value : '')),
      ),
    )
    .toEqual(names);
}

async function seedPlan(page: Page) {
  await createPlan(page, PLAN, 'Łódź Logistics');
  await addSystemsByKeyboard(page, ['ERP', 'Mail']);
  await expectSaved(page);
}

test('export a plan file, import it back as a copy, then replace the plan and undo the replace', async ({
  page,
}, testInfo) => {
  await seedPlan(page);
  const dialog = await openExportDialog(page);
  await expect(dialog.getByRole('radio')).toHaveCount(8);
  await expect(
    dialog.getByText('To move the plan to another laptop or keep it in git.', { exact: false }),
  ).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
  await screenshot(page, 'exchange-export-dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const first = await exportPlanFile(page, testInfo, 'first.drplan.json');
  expect(first.suggested).toBe(`${PLAN} - plan.drplan.json`);
  const hash = await contentHashOf(first.path);

  // The same plan is here: a choice, never a silent overwrite.
  await importFile(page, first.path);
  const choice = page.getByRole('alertdialog', { name: `Import “${PLAN}”` });
  await expect(choice.getByText('This plan is already on this computer')).toBeVisible();
  await screenshot(page, 'exchange-import-conflict');
  await choice.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Plan', exact: true }).getByText(`${PLAN} (copy)`),
  ).toBeVisible();
  await expectSystemNames(page, ['ERP', 'Mail']);

  // Edit the original, then replace it with the file: the edit is gone, and Undo brings it back.
  await page.goto('/');
  await page.getByRole('link', { name: PLAN, exact: true }).click();
  await expectSystemNames(page, ['ERP', 'Mail']);
  await nameBoxes(page).first().fill('ERP edited');
  await expectSaved(page);

  await importFile(page, first.path);
  await choice.getByRole('button', { name: `Replace “${PLAN}”` }).click();
  await expect(page.getByText(`Replaced “${PLAN}” with the imported file`)).toBeVisible();
  await expectSystemNames(page, ['ERP', 'Mail']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`Put “${PLAN}” back as it was before the import`)).toBeVisible();
  await expectSystemNames(page, ['ERP edited', 'Mail']);

  // Export → import (replace) → export gives the same hash.
  await importFile(page, first.path);
  await choice.getByRole('button', { name: `Replace “${PLAN}”` }).click();
  await expectSystemNames(page, ['ERP', 'Mail']);
  const again = await exportPlanFile(page, testInfo, 'again.drplan.json');
  expect(await contentHashOf(again.path)).toBe(hash);
});

test('an encrypted plan file opens only with its passphrase', async ({ page }, testInfo) => {
  await seedPlan(page);
  const file = await exportPlanFile(page, testInfo, 'locked.drplan.json', 'correct horse');
  expect(file.suggested).toBe(`${PLAN} - plan (encrypted).drplan.json`);
  const text = await readFile(file.path, 'utf8');
  expect(text).toContain('"format": "dr-planner-plan-encrypted"');
  expect(text).not.toContain('ERP');

  await importFile(page, file.path);
  const prompt = page.getByRole('dialog', { name: '“locked.drplan.json” is protected with a passphrase' });
  await prompt.getByLabel('Passphrase').fill('wrong horse');
  await prompt.getByRole('button', { name: 'Open' }).click();
  await expect(
    prompt.getByText('The passphrase is wrong, or the file was changed after it was encrypted.'),
  ).toBeVisible();
  await prompt.getByLabel('Passphrase').fill('correct horse');
  await prompt.getByRole('button', { name: 'Open' }).click();
  const choice = page.getByRole('alertdialog', { name: `Import “${PLAN}”` });
  await expect(choice.getByText('protected with a passphrase', { exact: false })).toBeVisible();
  await choice.getByRole('button', { name: 'Import as a copy' }).click();
  await expectSystemNames(page, ['ERP', 'Mail']);
});

/** A plan file made in Node from the sample plan, changed by `edit` as text. */
async function craftedFile(testInfo: TestInfo, name: string, edit: (text: string) => string) {
  const bundle = await createBundle(webcrypto, samplePlan(), {
    exportedAt: SAMPLE_NOW,
    app: { name: 'DR Planner', version: 'test' },
  });
  const target = testInfo.outputPath(name);
  await writeFile(target, edit(serialiseBundle(bundle)));
  return target;
}

test('a hostile or damaged file is refused with every problem at its JSON path', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const file = await craftedFile(testInfo, 'hostile.drplan.json', (text) =>
    text.replace(/"systems": \[\s*\{/, (start) => `${start} "__proto__": { "admin": true },`),
  );
  await importFile(page, file);
  const refused = page.getByRole('alertdialog', { name: '“hostile.drplan.json” cannot be imported' });
  const problems = refused.getByRole('list', { name: 'Problems' });
  await expect(problems.getByRole('listitem')).toHaveText([/^\$\.content\.systems\[0\]\.__proto__: /]);
  await expect(refused.getByText('Nothing was imported.', { exact: false })).toBeVisible();
  await screenshot(page, 'exchange-import-problems');
  await refused.getByRole('button', { name: 'Copy problems' }).click();
  await expect(refused.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '$.content.systems[0].__proto__',
  );
  await refused.getByRole('button', { name: 'Close' }).click();

  const damaged = await craftedFile(testInfo, 'damaged.drplan.json', (text) =>
    text.replace(/"rto": (\d+|null)/, '"rto": -5'),
  );
  await importFile(page, damaged);
  const second = page.getByRole('alertdialog', { name: '“damaged.drplan.json” cannot be imported' });
  await expect(second.getByRole('listitem')).toContainText([/^\$\.content\.systems\[\d+\]\.rto: /]);
  await expect(
    second.getByText('The file is damaged or was changed by hand.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Plans' })).toBeHidden();
});

test('a file from a newer DR Planner is refused with the update message', async ({ page }, testInfo) => {
  const file = await craftedFile(testInfo, 'newer.drplan.json', (text) =>
    text.replace(/"formatVersion": \d+/, '"formatVersion": 99'),
  );
  await importFile(page, file);
  const refused = page.getByRole('alertdialog', { name: '“newer.drplan.json” cannot be imported' });
  await expect(refused.getByRole('listitem')).toHaveText([
    /^\$\.formatVersion: This plan was made by a newer DR Planner/,
  ]);
  await expect(
    refused.getByText('Update DR Planner on this computer, then import the file again.'),
  ).toBeVisible();
});

test('a file edited after export says so before it is imported', async ({ page }, testInfo) => {
  const file = await craftedFile(testInfo, 'edited.drplan.json', (text) =>
    text.replace('"name": "Plan for ', '"name": "Edited plan for '),
  );
  await importFile(page, file);
  const confirm = page.getByRole('dialog', { name: /^Import “Edited plan for / });
  await expect(confirm.getByRole('list', { name: 'Warnings' })).toContainText(
    'it was edited after it was exported',
  );
  await confirm.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    page.getByRole('navigation', { name: 'Plan', exact: true }).getByText(/^Edited plan for /),
  ).toBeVisible();
});

test('a new plan file is imported as it is and opened', async ({ page }, testInfo) => {
  const file = await craftedFile(testInfo, 'sample.drplan.json', (text) => text);
  await importFile(page, file);
  const plan = samplePlan().plan;
  await expect(
    page.getByRole('navigation', { name: 'Plan', exact: true }).getByText(plan.name),
  ).toBeVisible();
  await expect(page.getByText(`Imported “${plan.name}”`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/plans/${plan.id}/`));
});

test('a slow export shows its step and progress, and Cancel stops it without saving', async ({ page }) => {
  await seedPlan(page);
  // Hold the plan-file exporter's code on its way to the worker: the export waits at that step.
  const held: Route[] = [];
  await page.route('**/assets/bundle-export-*.js', (route) => {
    held.push(route);
  });
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });

  const dialog = await openExportDialog(page);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('Preparing Plan file (.drplan.json)…');
  await expect(progress).toHaveAttribute('aria-valuenow', '5');
  await screenshot(page, 'exchange-export-progress');
  await expect.poll(() => held.length).toBeGreaterThan(0);

  // Meanwhile, the worker can load the PDF fonts from the build under the CSP.
  const worker = page.workers().find((candidate) => candidate.url().includes('exchange.worker'));
  if (!worker) throw new Error('no exchange worker');
  const fonts = await worker.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const forward: unknown = Reflect.get(self, 'postMessage');
        Reflect.set(self, 'postMessage', (message: unknown) => {
          Reflect.set(self, 'postMessage', forward);
          resolve(message);
        });
        self.dispatchEvent(new MessageEvent('message', { data: { type: 'check-fonts' } }));
      }),
  );
  expect(fonts).toEqual({ type: 'fonts-checked', regular: 757_076, bold: 705_684, trueType: true });

  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(dialog.getByText('Cancelled. Nothing was saved.')).toBeVisible();
  await expect(progress).toBeHidden();
  await expect.poll(() => page.workers().filter((w) => w.url().includes('exchange.worker')).length).toBe(0);
  for (const route of held) await route.continue().catch(() => undefined);
  await page.unroute('**/assets/bundle-export-*.js');
  expect(downloads).toBe(0);

  // The dialog is ready for another go, which completes.
  const started = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  expect((await started).suggestedFilename()).toBe(`${PLAN} - plan.drplan.json`);
});
