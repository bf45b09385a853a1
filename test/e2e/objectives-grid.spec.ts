import type { Locator, Page } from '@playwright/test';
import {
  addSystemsByKeyboard,
  createPlan,
  expect,
  expectSaved,
  failWrites,
  restoreWrites,
  screenshot,
  test,
} from './fixtures';

// Ctrl+C and Ctrl+V are also pressed for real, reading and writing the system clipboard.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const GRID_NAME = 'Systems and their recovery objectives';

/** The grid cell of the n-th row (0-based) in a column, by the column's id (name, rto, …). */
function cell(page: Page, row: number, column: string): Locator {
  return page.getByRole('grid', { name: GRID_NAME }).locator('tbody tr').nth(row).locator(`td.col-${column}`);
}

async function openObjectives(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Recovery objectives' }).click();
  await expect(page.getByRole('heading', { name: 'Recovery objectives', level: 1 })).toBeVisible();
}

/** Pastes as Ctrl+V does: a paste event with text/plain at the focused cell. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', data);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * A business process whose impact turns severe after one day (so its MTD is
 * 1 day), supported by the named system. The processes screen is built
 * elsewhere, so the test writes the record straight into IndexedDB and reloads.
 */
async function seedProcess(page: Page, systemName: string): Promise<void> {
  await page.evaluate(async (name) => {
    const planId = /#\/plans\/([^/]+)/.exec(location.hash)?.[1] ?? '';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dr-planner');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(String(request.error)));
      };
    });
    const systems = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction('systems').objectStore('systems').getAll();
      request.onsuccess = () => {
        resolve(request.result);
      };
    });
    const system = systems.find(
      (candidate): candidate is { id: string } =>
        candidate instanceof Object && 'name' in candidate && candidate.name === name,
    );
    const row = () => [null, null, null, null, null];
    const now = new Date().toISOString();
    await new Promise((resolve) => {
      const tx = db.transaction('processes', 'readwrite');
      tx.objectStore('processes').put({
        id: crypto.randomUUID(),
        planId,
        name: 'Take orders',
        owner: 'Sales',
        description: '',
        systemIds: [system?.id],
        impact: {
          financial: [null, 'major', 'severe', 'severe', 'severe'],
          operational: row(),
          legal: row(),
          reputational: row(),
          safety: row(),
        },
        lossPerHour: null,
        mtdOverride: null,
        mtdOverrideReason: '',
        tierOverride: null,
        position: 0,
        createdAt: now,
        updatedAt: now,
      });
      tx.oncomplete = resolve;
    });
    db.close();
  }, systemName);
  await page.reload();
}

const TEN_ROWS = [
  ['Order database', 'Data store', 'Dana (DBA)', '1', '4h', '15 min', '2 h', '', '24 h', '', '2025-01-10'],
  ['Web shop', 'Application', 'E-commerce team', '1', '2 h', '1 h', '1 h', '', '1 day', '5 min', ''],
  ['Core network', 'Infrastructure', 'Network team', '0', '1 h', '', '', '', '', '', ''],
  ['Email', 'Third-party service', 'IT service desk', '2', '1 day', '4 h', '', '', '', '', ''],
  ['Payroll', 'Application', 'HR', '2', '3 days', '1 day', '4 h', '', '1 day', '', '2026-01-15'],
  ['File server', 'Infrastructure', '', '3', '2 days', '1 day', '', '', '1 day', '', ''],
  ['Head office', 'Facility', 'Facilities', '2', '1 week', '', '', '', '', '', ''],
  ['Identity (AD)', 'Infrastructure', 'IT ops', '0', '2 h', '1 h', '30 min', '', '', '15 min', '2026-02-01'],
  ['CRM', 'Third-party service', 'Sales ops', '2', '8 h', '4 h', '', '', '', '', ''],
  ['Key people', 'People', 'HR director', '1', '', '', '', '', '', '', ''],
];
const tsv = (rows: readonly (readonly string[])[]) => rows.map((row) => row.join('\t')).join('\r\n') + '\r\n';

test('the objectives grid: spreadsheet keys, refused input, and a 10-row paste from Excel', async ({
  page,
}) => {
  await createPlan(page, 'Grid plan', 'Contoso');
  await addSystemsByKeyboard(page, ['Order database', 'Web shop']);
  await seedProcess(page, 'Order database');
  await openObjectives(page);
  await expect(
    page.getByText('RTO 4 h: the order system must work again within 4 hours of an outage.', { exact: true }),
  ).toBeVisible();
  await expect(cell(page, 0, 'mtd')).toHaveText('1 day');
  await expect(cell(page, 1, 'mtd')).toHaveText('—');
  await expect(cell(page, 0, 'mtd')).toHaveAttribute('aria-readonly', 'true');

  // Arrow keys move the active cell.
  await cell(page, 0, 'name').click();
  await expect(cell(page, 0, 'name')).toBeFocused();
  await expect(cell(page, 0, 'name')).toHaveAttribute('aria-selected', 'true');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(cell(page, 0, 'rto')).toBeFocused();
  await expect(cell(page, 0, 'rto')).toHaveAttribute('aria-selected', 'true');
  await expect(cell(page, 0, 'name')).toHaveAttribute('aria-selected', 'false');

  // Typing replaces the cell; findings follow the typing before anything is saved.
  await page.keyboard.type('2 days');
  await expect(page.getByRole('textbox', { name: 'RTO of Order database' })).toHaveValue('2 days');
  await expect(page.getByText('The RTO of 2 days is longer than the MTD of 1 day')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(cell(page, 0, 'rto')).toHaveText('');
  await expect(cell(page, 0, 'rto')).toBeFocused();
  await expect(page.getByText('The RTO of 2 days is longer')).toHaveCount(0);

  // Enter commits ("4h" is stored and shown as "4 h") and moves down.
  await page.keyboard.type('4h');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, 'rto')).toHaveText('4 h');
  await expect(cell(page, 1, 'rto')).toBeFocused();
  await expectSaved(page);

  // Enter edits keeping the text; Escape cancels.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'RTO of Order database' });
  await expect(editor).toHaveValue('4 h');
  await page.keyboard.type('ours');
  await page.keyboard.press('Escape');
  await expect(cell(page, 0, 'rto')).toHaveText('4 h');

  // Tab commits and moves right.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('1 h');
  await page.keyboard.press('Tab');
  await expect(cell(page, 1, 'rpo')).toBeFocused();
  await expect(cell(page, 1, 'rto')).toHaveText('1 h');

  // An invalid entry is not written: it stays in its cell, marked and explained.
  await page.keyboard.type('soon');
  await page.keyboard.press('Enter');
  await expect(cell(page, 1, 'rpo')).toHaveText('soon');
  await expect(cell(page, 1, 'rpo')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Row 2, RPO: “soon” is not a duration')).toBeVisible();
  await expect(page.getByRole('status')).toContainText(
    'Not saved: RPO of “Web shop” — “soon” is not a duration',
  );
  await screenshot(page, 'objectives-invalid-cell');
  // Escape on the selected cell puts the stored value back.
  await page.keyboard.press('ArrowUp');
  await expect(cell(page, 1, 'rpo')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cell(page, 1, 'rpo')).toHaveText('');
  await expect(cell(page, 1, 'rpo')).not.toHaveAttribute('aria-invalid', 'true');
  await expectSaved(page);

  // A name cannot be emptied; read-only cells say where their value comes from.
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  await expect(page.getByText('A system needs a name, so it cannot be emptied.')).toBeVisible();
  await expect(cell(page, 1, 'name')).toHaveText('Web shop');
  await page.keyboard.press('End');
  await expect(cell(page, 1, 'findings')).toBeFocused();
  await page.keyboard.type('x');
  await expect(page.getByText('Findings are worked out from the row')).toBeVisible();

  // Ctrl+C copies the active cell's text; Ctrl+V pastes into the active cell.
  await cell(page, 0, 'rto').click();
  await page.keyboard.press('ControlOrMeta+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('4 h');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(cell(page, 1, 'rto')).toHaveText('4 h');
  await expect(page.getByText('Pasted 1 row: 1 updated.')).toBeVisible();

  // Paste 10 rows from the top-left: two systems updated, eight added.
  await cell(page, 0, 'name').click();
  await paste(page, tsv(TEN_ROWS));
  await expect(page.getByText('Pasted 10 rows: 2 updated, 8 added.')).toBeVisible();
  await expectSaved(page);
  await expect(page.getByRole('grid', { name: GRID_NAME }).locator('tbody tr')).toHaveCount(11);
  await expect(cell(page, 0, 'type')).toHaveText('Data store');
  await expect(cell(page, 0, 'rto')).toHaveText('4 h');
  await expect(cell(page, 0, 'rpo')).toHaveText('15 min');
  await expect(cell(page, 0, 'backupInterval')).toHaveText('1 day');
  await expect(cell(page, 1, 'replicationLag')).toHaveText('5 min');
  await expect(cell(page, 9, 'name')).toHaveText('Key people');
  await expect(cell(page, 9, 'type')).toHaveText('People');
  await expect(cell(page, 7, 'wrt')).toHaveText('30 min');
  await expect(cell(page, 4, 'lastRestoreTest')).toHaveText('2026-01-15');
  await expect(cell(page, 0, 'findings')).toContainText('High');

  // The active row's findings, each with a suggested fix.
  await expect(page.getByRole('heading', { name: 'Findings for “Order database”' })).toBeVisible();
  await expect(
    page.getByText('up to 1 day of data could be lost, more than the RPO of 15 min'),
  ).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('1 day');
  await expect(
    page.getByText('RTO 1 day plus WRT 2 h (1 day 2 h) is longer than the MTD of 1 day'),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expectSaved(page);
  await cell(page, 0, 'tier').click();
  await screenshot(page, 'objectives-grid');
  // The wide grid scrolls sideways under its sticky Name column.
  await page.keyboard.press('End');
  await expect(cell(page, 0, 'findings')).toBeFocused();
  await expect(cell(page, 0, 'name')).toBeInViewport();
  await screenshot(page, 'objectives-grid-findings');

  await page.reload();
  await expect(cell(page, 9, 'name')).toHaveText('Key people');
  await expect(cell(page, 0, 'rto')).toHaveText('1 day');
  await expect(cell(page, 3, 'rto')).toHaveText('1 day');
  await expect(cell(page, 6, 'type')).toHaveText('Facility');
  await expect(cell(page, 7, 'lastRestoreTest')).toHaveText('2026-02-01');
});

test('a pasted block with bad cells, or one the disk refuses, writes nothing', async ({ page }) => {
  await createPlan(page, 'Bad paste');
  await addSystemsByKeyboard(page, ['ERP']);
  await openObjectives(page);
  const rowsOfGrid = page.getByRole('grid', { name: GRID_NAME }).locator('tbody tr');

  // The last row adds systems: type a name, Enter, and it is ready for the next one.
  await cell(page, 0, 'name').click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Backup server');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Print server');
  await page.keyboard.press('Enter');
  await expect(cell(page, 1, 'name')).toHaveText('Backup server');
  await expect(cell(page, 2, 'name')).toHaveText('Print server');
  await expect(page.getByRole('gridcell', { name: 'New system: type its name' })).toBeFocused();
  await page.keyboard.type('Not this one');
  await page.keyboard.press('Escape');
  await expect(rowsOfGrid).toHaveCount(4);
  await expectSaved(page);

  // A block the disk refuses: nothing written, the status bar says so, and Retry writes it all.
  await cell(page, 1, 'name').click();
  await failWrites(page);
  await paste(page, tsv(TEN_ROWS.slice(0, 4)));
  await expect(page.getByRole('status')).toContainText(
    'Not saved: Paste of 4 rows — the disk or the app’s storage is full',
  );
  await expect(page.getByText('Nothing was pasted: the 4 rows could not be saved.')).toBeVisible();
  await expect(rowsOfGrid).toHaveCount(4);
  await expect(cell(page, 1, 'name')).toHaveText('Backup server');
  await restoreWrites(page);
  await page.getByRole('status').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('Pasted 4 rows: 2 updated, 2 added.')).toBeVisible();
  await expectSaved(page);
  await expect(rowsOfGrid).toHaveCount(6);
  await expect(cell(page, 1, 'name')).toHaveText('Order database');
  await expect(cell(page, 4, 'name')).toHaveText('Email');

  // A block with bad cells: nothing written, every problem listed.
  await cell(page, 0, 'name').click();
  const rows = TEN_ROWS.map((row) => [...row]);
  rows[3]?.splice(5, 1, 'soon');
  rows[6]?.splice(3, 1, 'high');
  rows[8]?.splice(0, 1, '');
  await paste(page, tsv(rows));
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was pasted' });
  await expect(alert).toContainText('Row 4, RPO: “soon” is not a duration');
  await expect(alert).toContainText('Row 7, Tier: “high” is not a tier');
  await expect(alert).toContainText('Row 9, Name: a new system needs a name');
  await expect(cell(page, 0, 'name')).toHaveText('ERP');
  await expect(rowsOfGrid).toHaveCount(6);
  await screenshot(page, 'objectives-paste-refused');
  await page.reload();
  await expect(rowsOfGrid).toHaveCount(6);
  await expect(cell(page, 0, 'name')).toHaveText('ERP');
  await expect(cell(page, 0, 'type')).toHaveText('Application');
  await expect(cell(page, 1, 'rto')).toHaveText('4 h');
});

test('text still in a cell editor is saved when the screen changes without a blur, and a value can be changed back at once', async ({
  page,
}) => {
  await createPlan(page, 'Leave plan');
  await addSystemsByKeyboard(page, ['Order database']);
  await openObjectives(page);
  await cell(page, 0, 'rto').click();
  await page.keyboard.type('4h');
  await expect(page.getByRole('status')).toHaveText('Saving…');
  // A route change from outside the grid (a menu command, Back) removes the editor without blurring it.
  await page.evaluate(() => {
    location.hash = location.hash.replace('/objectives', '/overview');
  });
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await expectSaved(page);
  await openObjectives(page);
  await expect(cell(page, 0, 'rto')).toHaveText('4 h');

  // Enter, Up, and the old value straight back: both writes happen, the last one wins.
  await cell(page, 0, 'rto').click();
  await page.keyboard.type('1h');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('4h');
  await page.keyboard.press('Enter');
  await expectSaved(page);
  await page.reload();
  await expect(cell(page, 0, 'rto')).toHaveText('4 h');

  // The way out the help names: Ctrl+Down to the new-system row, then Tab leaves the grid.
  await expect(
    page.getByText('to leave the grid, press Ctrl+↓ (to the row for a new system), then Tab'),
  ).toBeVisible();
  await cell(page, 0, 'rto').click();
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[role="grid"]') ?? null)).toBeNull();
});
