import type { Locator, Page, TestInfo } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { webcrypto } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { createBundle, serialiseBundle } from '../../shared/bundle/bundle';
import type { PlanSnapshot } from '../../shared/bundle/snapshot';
import { planCsvFiles } from '../../shared/export/csv/plan-csv';
import { EXPORT_FORMATS } from '../../shared/export/formats';
import { payloadPlan } from '../support/payload-plan';
import { SAMPLE_NOW } from '../support/sample-plan';
import { readZip } from '../support/zip';
import { expect, screenshot, test } from './fixtures';

/**
 * A plan with script and markup in every text field (test/support/payload-plan.ts),
 * imported as a plan file through the UI, shown on every screen and dialog,
 * and exported to every format. Nothing may run: no `window.__pwned`, no
 * dialog (alert, confirm, print), no CSP violation or page error (the
 * fixture fails the test on those), no element with an event-handler
 * attribute or a javascript: address; the payloads show as text. The files
 * carry no actions (PDF), no markup (Word, Markdown) and no live formulas (CSV).
 */

const { snapshot } = payloadPlan();
const PLAN = snapshot.plan.name;

async function planFile(testInfo: TestInfo): Promise<string> {
  const bundle = await createBundle(webcrypto, snapshot, {
    exportedAt: SAMPLE_NOW,
    app: { name: 'DR Planner', version: 'payloads' },
  });
  const file = testInfo.outputPath('payloads.drplan.json');
  await writeFile(file, serialiseBundle(bundle));
  return file;
}

/** Every `dialog` event (alert, confirm, prompt, beforeunload) is a failure: the app opens none. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

async function importPayloadPlan(page: Page, testInfo: TestInfo) {
  const file = await planFile(testInfo);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import plan file…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('navigation', { name: 'Plan', exact: true }).getByText(PLAN)).toBeVisible();
  return file;
}

/** What would show that markup was taken as markup: handlers, javascript: addresses, injected elements. */
async function injected(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
        if (
          /^(href|src|xlink:href|action|formaction)$/i.test(attribute.name) &&
          /javascript:/i.test(attribute.value)
        ) {
          found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
        }
      }
    }
    for (const selector of ['iframe', 'script:not([src])', 'img[src="x"]']) {
      if (document.querySelector(selector)) found.push(selector);
    }
    if ([...document.querySelectorAll('b')].some((element) => element.textContent === 'bold'))
      found.push('<b>');
    return { found, pwned: window.__pwned ?? null };
  });
}

/** The screen's own content shows a payload, as text or as a field's value (the sidebar does not count). */
async function showsPayload(scope: Locator): Promise<boolean> {
  // Every payload carries one of these (the formulas carry no script, but a link or a command).
  const needles = ['__pwned', 'evil.example', 'calc'];
  return scope.evaluateAll(
    (elements, marks) =>
      elements.some(
        (element) =>
          (element instanceof HTMLElement && marks.some((mark) => element.innerText.includes(mark))) ||
          [...element.querySelectorAll('input, textarea')].some(
            (field) =>
              (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) &&
              marks.some((mark) => field.value.includes(mark)),
          ),
      ),
    needles,
  );
}

async function expectSafe(page: Page, dialogs: string[], where: string) {
  expect(await injected(page), where).toEqual({ found: [], pwned: null });
  expect(dialogs, where).toEqual([]);
}

async function visit(page: Page, dialogs: string[], route: string, scope = page.locator('main')) {
  await page.goto(`/#${route}`);
  await expect.poll(() => showsPayload(scope), { message: `a payload shows as text on ${route}` }).toBe(true);
  await expectSafe(page, dialogs, route);
}

/** Every route of a plan, with every record's own page. */
function routes(plan: PlanSnapshot): string[] {
  const base = `/plans/${plan.plan.id}`;
  const failed = plan.systems.map((system) => system.id).join(',');
  const scenario = plan.scenarios[0]?.id ?? '';
  return [
    '/overview',
    '/systems',
    ...plan.systems.map((system) => `/systems/${system.id}`),
    '/processes',
    ...plan.processes.map((process) => `/processes/${process.id}`),
    '/objectives',
    '/map',
    '/failure-points',
    '/scenarios',
    ...plan.scenarios.map((record) => `/scenarios/${record.id}`),
    `/what-if?plan=${plan.plan.id}&fail=${failed}&scenario=${scenario}`,
    '/runbooks',
    ...plan.runbooks.flatMap((runbook) => [`/runbooks/${runbook.id}`, `/runbooks/${runbook.id}/read`]),
    '/vendors',
    ...plan.vendors.map((vendor) => `/vendors/${vendor.id}`),
    '/contacts',
    ...plan.contacts.map((contact) => `/contacts/${contact.id}`),
    '/teams',
    '/call-tree',
    '/call-tree/print',
  ].map((route) => `${base}${route}`);
}

test('script and markup in every text field show as text on every screen and in every dialog', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const dialogs = watchDialogs(page);
  const file = await importPayloadPlan(page, testInfo);

  for (const route of routes(snapshot)) {
    await visit(page, dialogs, route);
    if (route.endsWith('/systems')) await screenshot(page, 'payloads-systems');
    if (route.endsWith('/read')) await screenshot(page, 'payloads-runbook-read');
    if (route.endsWith('/map')) {
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      await screenshot(page, 'payloads-map');
    }
    if (route.includes('/what-if')) await screenshot(page, 'payloads-what-if');
  }

  // Dialogs that name records: delete a system (cancelled), Export…, the plan list's rename and delete.
  const base = `/plans/${snapshot.plan.id}`;
  await page.goto(`/#${base}/systems`);
  const [first] = snapshot.systems;
  await page.getByRole('button', { name: `Delete ${first?.name ?? ''}`, exact: true }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText(first?.name ?? '');
  await expectSafe(page, dialogs, 'delete system dialog');
  await confirm.getByRole('button', { name: 'Keep system' }).click();

  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('button', { name: 'Export…' })
    .click();
  const exportDialog = page.getByRole('dialog', { name: `Export “${PLAN}”` });
  await expect(exportDialog).toBeVisible();
  await screenshot(page, 'payloads-export-dialog');
  await expectSafe(page, dialogs, 'export dialog');
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  await visit(page, dialogs, '/');
  await screenshot(page, 'payloads-plan-list');
  for (const [action, close] of [
    ['Rename…', 'Cancel'],
    ['Delete…', 'Keep plan'],
  ] as const) {
    await page.getByRole('button', { name: `Actions for ${PLAN}` }).click();
    await page.getByRole('menuitem', { name: action }).click();
    const dialog = page.getByRole(action === 'Delete…' ? 'alertdialog' : 'dialog');
    await expect.poll(() => showsPayload(dialog)).toBe(true);
    await expectSafe(page, dialogs, action);
    await dialog.getByRole('button', { name: close }).click();
    await expect(dialog).toBeHidden();
  }

  // The same file again: the import dialog names the plan that is already here.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import plan file…' }).click();
  await (await chooser).setFiles(file);
  const choice = page.getByRole('alertdialog', { name: `Import “${PLAN}”` });
  await expect(choice).toBeVisible();
  await expectSafe(page, dialogs, 'import dialog');
  await choice.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'About' }).click();
  await expectSafe(page, dialogs, 'about dialog');
});

/** Exports the open plan in one format through the Export dialog; returns the downloaded files. */
async function exportAs(page: Page, testInfo: TestInfo, label: string, count: number) {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('button', { name: 'Export…' })
    .click();
  const dialog = page.getByRole('dialog', { name: /^Export “/ });
  await dialog.getByText(label, { exact: true }).click();
  const files: string[] = [];
  const saved = new Promise<void>((resolve) => {
    page.on('download', (download) => {
      const target = testInfo.outputPath(`${label.replace(/\W+/g, '-')}-${download.suggestedFilename()}`);
      void download.saveAs(target).then(() => {
        files.push(target);
        if (files.length === count) resolve();
      });
    });
  });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await saved;
  page.removeAllListeners('download');
  await expect(dialog).toBeHidden();
  return files;
}

/** The PDF's objects outside its (compressed, binary) streams: where actions and links would be. */
function pdfObjects(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/stream\r?\n[\s\S]*?endstream/g, 'stream endstream');
}

function pdfText(file: string): string {
  const result = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

/** Cells a spreadsheet would run as a formula. */
const FORMULA = /^[=+\-@\t\r]/;

test('every export format carries the payloads as inert text', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const dialogs = watchDialogs(page);
  await importPayloadPlan(page, testInfo);
  const counts: Record<string, number> = { csv: planCsvFiles(snapshot, { findings: [] }).length };
  const csvCells: string[] = [];

  for (const format of EXPORT_FORMATS) {
    const files = await exportAs(page, testInfo, format.label, counts[format.id] ?? 1);
    await expectSafe(page, dialogs, `export ${format.id}`);
    for (const file of files) {
      const bytes = await readFile(file);
      if (file.endsWith('.pdf')) {
        const objects = pdfObjects(bytes);
        // jsPDF's /OpenAction is blanked out (shared/export/pdf/safety.ts); nothing else acts either.
        for (const action of [
          '/JavaScript',
          '/JS',
          '/OpenAction',
          '/Launch',
          '/AA',
          '/SubmitForm',
          '/ImportData',
        ]) {
          expect(objects, `${file} has ${action}`).not.toMatch(new RegExp(`${action}\\b`));
        }
        for (const uri of objects.matchAll(/\/URI\s*\(([^)]*)\)/g)) expect(uri[1]).toMatch(/^https:\/\//);
        expect(pdfText(file)).toContain('window.__pwned=1');
      } else if (file.endsWith('.docx')) {
        const zip = readZip(bytes);
        const documentXml = zip.get('word/document.xml') ?? '';
        expect(documentXml).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
        expect(documentXml).not.toMatch(/<script|<img |<svg|<iframe/);
        expect(documentXml).not.toMatch(/<w:instrText[^>]*>[^<]*(__pwned|HYPERLINK\(|javascript:)/);
        expect(documentXml).not.toContain('altChunk');
        for (const [name, text] of zip) {
          if (name.endsWith('.rels')) expect(text, name).not.toMatch(/Target="\s*javascript:/i);
          expect(name).not.toMatch(/vbaProject|activeX/i);
        }
      } else if (file.endsWith('.md')) {
        const text = bytes.toString('utf8');
        // The only HTML is our own: section anchors and table-cell line breaks.
        const tags = [...text.matchAll(/<\/?[A-Za-z][^>]*>/g)].map((match) => match[0]);
        for (const tag of tags) expect(tag).toMatch(/^(<a id="[\w-]+">|<\/a>|<br\/?>)$/);
        // A link needs an unescaped "](": the payload's brackets come out as \[ and \]. Inside the
        // Mermaid block, labels are quoted strings (mermaid.ts writes what could end them as entities).
        const prose = text.replace(/```mermaid\n[\s\S]*?\n```/g, '');
        expect(prose).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
        expect(text).toContain('\\[click me\\](javascript:');
        expect(text).toContain('&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;');
      } else if (file.endsWith('.csv')) {
        const cells = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, '')).data.flat();
        expect(
          cells.filter((cell) => FORMULA.test(cell)),
          file,
        ).toEqual([]);
        csvCells.push(...cells);
      } else {
        const exported: unknown = JSON.parse(bytes.toString('utf8'));
        expect(exported).toMatchObject({ content: snapshot });
      }
    }
  }
  // The formulas are there, each behind the apostrophe that keeps it text, the multi-line ones too.
  expect(csvCells.some((cell) => cell.startsWith("'=HYPERLINK("))).toBe(true);
  expect(csvCells.some((cell) => cell.startsWith("'=1+1\n<script>"))).toBe(true);
});

test('the CSV and Backstage import dialogs show hostile files as text', async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs = watchDialogs(page);
  const hostile = (name: string) => path.resolve('test/fixtures/hostile', name);

  await page.goto('/');
  const catalog = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from Backstage…' }).click();
  await (await catalog).setFiles(hostile('backstage-script-text.yaml'));
  const backstage = page.getByRole('dialog', { name: 'Import from Backstage' });
  await expect.poll(() => showsPayload(backstage)).toBe(true);
  await expectSafe(page, dialogs, 'Backstage preview');
  await screenshot(page, 'payloads-backstage-preview');
  await backstage.getByRole('button', { name: 'Import plan' }).click();
  await expect(backstage).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Critical systems' })
    .click();
  await expect.poll(() => showsPayload(page.locator('main'))).toBe(true);
  await expectSafe(page, dialogs, 'systems from Backstage');

  const csv = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (await csv).setFiles(hostile('systems-formulas.csv'));
  const preview = page.getByRole('dialog', { name: 'Import systems from systems-formulas.csv' });
  await expect.poll(() => showsPayload(preview)).toBe(true);
  await expectSafe(page, dialogs, 'CSV preview');
  await screenshot(page, 'payloads-csv-preview');
  // The catalog's system of the same name is already here: that row is skipped, by its line.
  await expect(preview.getByText('is already in this plan, so this row is skipped')).toBeVisible();
  await preview.getByRole('button', { name: 'Import 3 systems' }).click();
  await expect(preview).toHaveCount(0);
  await expect(
    page.getByRole('table', { name: 'Critical systems' }).getByRole('textbox', { name: /^Name of / }),
  ).toHaveCount(4);
  await expectSafe(page, dialogs, 'systems from CSV');
});
