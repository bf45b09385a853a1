import type { Page, TestInfo } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { readZip } from '../support/zip';
import { expect, screenshot, test } from './fixtures';

/**
 * The document exports as a user makes them: a real plan (the v6 fixture, with
 * runbooks, people and a vendor) imported through the dialog, then each format
 * exported through the Export dialog, generated in the worker with the fonts
 * it fetches, and read back.
 */
const FIXTURE = 'test/fixtures/bundles/plan-v6.drplan.json';
const PLAN = 'Plan for Zürich – Łódź – Ærøskøbing';

async function importFixture(page: Page) {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import plan file…' }).click();
  await (await chooser).setFiles(FIXTURE);
  await expect(page.getByRole('navigation', { name: 'Plan', exact: true }).getByText(PLAN)).toBeVisible();
}

async function exportAs(page: Page, testInfo: TestInfo, format: string, downloads = 1) {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('button', { name: 'Export…' })
    .click();
  const dialog = page.getByRole('dialog', { name: /^Export “/ });
  // The card is the control: its label takes the click, the radio itself is drawn by CSS.
  await dialog.getByText(format, { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: format })).toBeChecked();
  const files: { path: string; name: string }[] = [];
  const saved = new Promise<void>((resolve) => {
    page.on('download', (download) => {
      const path = testInfo.outputPath(download.suggestedFilename());
      void download.saveAs(path).then(() => {
        files.push({ path, name: download.suggestedFilename() });
        if (files.length === downloads) resolve();
      });
    });
  });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await saved;
  page.removeAllListeners('download');
  await expect(dialog).toBeHidden();
  return files;
}

function pdfText(path: string): string {
  const result = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

test('the full plan, runbooks and pocket cards export as PDFs with the hash on every page', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await importFixture(page);
  const fixture: unknown = JSON.parse(await readFile(FIXTURE, 'utf8'));
  const hash =
    typeof fixture === 'object' && fixture && 'contentHash' in fixture ? String(fixture.contentHash) : '';

  const [plan] = await exportAs(page, testInfo, 'Full plan (PDF)');
  expect(plan?.name).toBe(`${PLAN} - DR plan.pdf`);
  const text = pdfText(plan?.path ?? '');
  for (const title of ['Document control', 'Business impact analysis', 'Failure points', 'Coverage']) {
    expect(text).toContain(title);
  }
  expect(text).toContain(hash);
  expect(text).toContain(PLAN);
  expect(text).toMatch(/Page 3 of \d+/);
  const bytes = await readFile(plan?.path ?? '', 'latin1');
  for (const action of ['/JavaScript', '/JS ', '/OpenAction', '/Launch']) expect(bytes).not.toContain(action);

  const [runbooks] = await exportAs(page, testInfo, 'Runbooks (PDF)');
  expect(pdfText(runbooks?.path ?? '')).toContain('Fail over DNS');
  const [cards] = await exportAs(page, testInfo, 'Role pocket cards (PDF)');
  expect(pdfText(cards?.path ?? '')).toContain('DR coordinator');
});

test('Word carries the map as a picture; Markdown as Mermaid; CSV as one file per table', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await importFixture(page);
  const [word] = await exportAs(page, testInfo, 'Word (.docx)');
  const zip = readZip(await readFile(word?.path ?? ''));
  expect(zip.get('word/document.xml')).toContain('Heading1');
  expect([...zip.keys()].some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);

  const [markdown] = await exportAs(page, testInfo, 'Markdown');
  const text = await readFile(markdown?.path ?? '', 'utf8');
  expect(text).toContain('```mermaid');
  expect(text).toContain(`# ${PLAN}`);

  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('button', { name: 'Export…' })
    .click();
  await screenshot(page, 'export-dialog-formats');
  await page
    .getByRole('dialog', { name: /^Export “/ })
    .getByRole('button', { name: 'Close' })
    .click();
  const tables = await exportAs(page, testInfo, 'Spreadsheets (CSV, one per table)', 6);
  expect(tables.map((file) => file.name).sort()).toHaveLength(6);
});
