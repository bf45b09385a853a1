import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  addSystemsByKeyboard,
  createPlan,
  expect,
  expectSaved,
  screenshot,
  SCREENSHOT_DIR,
  test,
} from './fixtures';

const POWER = 'Power <main> & “UPS”';

async function setTier(page: Page, name: string, tier: string): Promise<void> {
  await page.getByRole('combobox', { name: `Tier of ${name}` }).selectOption(tier);
}

/** Records needs on a system's page, as the dependencies test does. */
async function addNeed(
  page: Page,
  system: string,
  kind: 'hard' | 'degraded' | 'alternatives',
  targets: string[],
) {
  await page.getByRole('link', { name: `Details of ${system}` }).click();
  const section = page.getByRole('region', { name: 'Dependencies' });
  await section.getByLabel('Kind').selectOption(kind);
  if (kind === 'alternatives') {
    for (const target of targets) await section.getByRole('checkbox', { name: target }).check();
  } else {
    await section.getByLabel('System', { exact: true }).selectOption({ label: targets[0] ?? '' });
  }
  await section.getByRole('button', { name: 'Add dependency' }).click();
  await expect(section.getByRole('list', { name: `What ${system} needs` })).toContainText(
    targets.join(' or '),
  );
  await page.getByRole('link', { name: '← All systems' }).click();
}

async function openMap(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Dependency map' })
    .click();
  await expect(page.getByRole('heading', { name: 'Dependency map', level: 1 })).toBeVisible();
}

/** Waits until the map shows the layout of what is on screen (it is computed in a worker). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('.map-body')).toHaveAttribute('data-layout', 'current');
}

const node = (page: Page, name: string): Locator =>
  page.locator('.react-flow__node').filter({ has: page.locator('.map-node-name', { hasText: name }) });
const edge = (page: Page, label: string): Locator => page.getByRole('group', { name: label, exact: true });

/** Drags from one node's "needs" handle (bottom) onto another node, as a user does with the mouse. */
async function connect(
  page: Page,
  from: string,
  to: string,
  whileDragging?: () => Promise<void>,
): Promise<void> {
  // A trial hover waits until both are visible and not moving (the map may still be animating a fit).
  const handle = node(page, from).locator('.react-flow__handle.source');
  await handle.hover({ trial: true });
  await node(page, to).hover({ trial: true });
  const source = await handle.boundingBox();
  const target = await node(page, to).boundingBox();
  if (!source || !target) throw new Error('nodes not on screen');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await whileDragging?.();
  await page.mouse.up();
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await started;
  const saved = await file.path();
  const bytes = await readFile(saved);
  // Kept beside the screenshots, to look at.
  await writeFile(path.join(SCREENSHOT_DIR, `map-export${path.extname(file.suggestedFilename())}`), bytes);
  return { name: file.suggestedFilename(), bytes };
}

/** Six systems with tiers, a need, a group of alternatives, a degraded need, and the power behind the database. */
async function seedShop(page: Page, planName: string): Promise<void> {
  await createPlan(page, planName);
  await addSystemsByKeyboard(page, ['Web shop', 'Order database', 'Fibre line', '4G backup', 'Email', POWER]);
  await setTier(page, 'Web shop', '1');
  await setTier(page, 'Order database', '1');
  await setTier(page, 'Fibre line', '2');
  await setTier(page, '4G backup', '2');
  await setTier(page, 'Email', '3');
  await setTier(page, POWER, '0');
  await addNeed(page, 'Web shop', 'hard', ['Order database']);
  await addNeed(page, 'Web shop', 'alternatives', ['Fibre line', '4G backup']);
  await addNeed(page, 'Web shop', 'degraded', ['Email']);
  await addNeed(page, 'Order database', 'hard', [POWER]);
  await expectSaved(page);
  await openMap(page);
  await settled(page);
}

test('the dependency map shows tiers, single points of failure and each kind of need; search, filter, export', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await seedShop(page, 'Map plan');
  for (const name of ['Web shop', 'Order database', 'Fibre line', '4G backup', 'Email', POWER]) {
    await expect(node(page, name)).toBeVisible();
  }
  // Tier in words, not colour alone; the power and the database take the tier-1 shop down.
  await expect(node(page, POWER)).toContainText('Tier 0');
  await expect(node(page, POWER).getByText('SPOF', { exact: true })).toBeVisible();
  await expect(node(page, 'Order database').getByText('SPOF', { exact: true })).toBeVisible();
  await expect(node(page, 'Web shop').getByText('SPOF', { exact: true })).toHaveCount(0);
  await expect(edge(page, 'Web shop needs one of Fibre line')).toBeAttached();
  await expect(edge(page, 'Web shop works worse without Email')).toBeAttached();
  await expect(page.locator('.map-edge-label')).toHaveCount(2);
  // The dependent sits above what it needs.
  const shop = await node(page, 'Web shop').boundingBox();
  const database = await node(page, 'Order database').boundingBox();
  expect(shop && database && shop.y + shop.height < database.y).toBe(true);
  await screenshot(page, 'map');

  // Search highlights, and Enter goes to the match and opens it.
  const search = page.getByLabel('Search the map by name');
  await search.fill('order');
  await expect(page.getByText('1 found')).toBeVisible();
  await expect(node(page, 'Order database').locator('.map-node')).toHaveClass(/is-match/);
  await expect(node(page, 'Web shop').locator('.map-node')).toHaveClass(/is-dimmed/);
  await search.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Order database' });
  await expect(panel.getByText('Single point of failure.')).toBeVisible();
  await expect(panel).toContainText('when it fails it takes down Web shop.');
  // Found and centred in what is left of the canvas beside the panel.
  await expect(node(page, 'Order database')).toBeInViewport({ ratio: 1 });
  await expect(panel.getByText('Tier 1 – Mission-critical')).toBeVisible();
  await screenshot(page, 'map-panel');
  await search.fill('');

  // Filter by tier, then back; what the filter hid is no longer selected.
  await page.getByLabel('Filter by tier').selectOption('0');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(node(page, POWER)).toBeVisible();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await page.getByLabel('Filter by tier').selectOption('all');
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await settled(page);

  // Exports: the map as shown, with escaped names; the PNG drawn from it at twice the size.
  const svg = await download(page, 'Export SVG');
  expect(svg.name).toBe('Map plan - dependency map.svg');
  const text = svg.bytes.toString('utf8');
  for (const name of ['Web shop', 'Order database', 'Fibre line', '4G backup', 'Email'])
    expect(text).toContain(name);
  expect(text).toContain('Power &lt;main&gt; &amp; “UPS”');
  const wellFormed = await page.evaluate(
    (source) =>
      new DOMParser().parseFromString(source, 'image/svg+xml').querySelector('parsererror') === null,
    text,
  );
  expect(wellFormed).toBe(true);

  const png = await download(page, 'Export PNG');
  expect(png.name).toBe('Map plan - dependency map.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const svgWidth = Number(/width="(\d+)"/.exec(text)?.[1]);
  expect(png.bytes.readUInt32BE(16)).toBe(svgWidth * 2);
});

test('dependencies are edited on the map: from a node’s panel, by dragging, by changing an edge, and with Delete', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await seedShop(page, 'Map editing plan');

  // Click a node: its panel edits its dependencies.
  await node(page, 'Email').click();
  const emailPanel = page.getByRole('complementary', { name: 'Email' });
  await expect(emailPanel.getByText('Tier 3 – Important')).toBeVisible();
  await expect(emailPanel.getByRole('link', { name: 'Open full page' })).toBeVisible();
  await emailPanel.getByLabel('System', { exact: true }).selectOption({ label: '4G backup' });
  await emailPanel.getByRole('button', { name: 'Add dependency' }).click();
  // Laid out again in the worker: the new edge follows a computed route, and export is possible again.
  await expect(edge(page, 'Email needs 4G backup').locator('[data-routed="yes"]')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Export SVG' })).toBeEnabled();
  await expectSaved(page);

  // Drag from Fibre line onto the power supply: "Fibre line needs Power"; the panel lets its kind change.
  await page.getByRole('button', { name: 'Close the panel' }).click();
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await connect(page, 'Fibre line', POWER, async () => {
    await expect(node(page, POWER).locator('.react-flow__handle.target')).toHaveClass(/connectingto/);
    await screenshot(page, 'map-connecting');
  });
  await expect(edge(page, `Fibre line needs ${POWER}`)).toBeAttached();
  const edgePanel = page.getByRole('complementary', { name: 'Dependency' });
  await expect(edgePanel).toContainText(`Fibre line needs ${POWER}`);
  await edgePanel.getByLabel('Kind').selectOption('degraded');
  await expect(edge(page, `Fibre line works worse without ${POWER}`)).toBeAttached();
  await edgePanel
    .getByLabel('Workaround while it is down')
    .fill('The router runs on its own battery for an hour.');
  await expectSaved(page);
  await expect(
    edge(page, `Fibre line works worse without ${POWER}`).locator('[data-routed="yes"]'),
  ).toBeAttached();
  await screenshot(page, 'map-edge-panel');

  // Select an edge by keyboard and press Delete: it is gone, and stays gone after a reload.
  await edge(page, 'Email needs 4G backup').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Dependency' })).toContainText(
    'Email needs 4G backup',
  );
  await page.keyboard.press('Delete');
  await expect(edge(page, 'Email needs 4G backup')).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(node(page, 'Email')).toBeVisible();
  await expect(edge(page, 'Email needs 4G backup')).toHaveCount(0);
  await expect(edge(page, `Fibre line works worse without ${POWER}`)).toBeAttached();

  // The findings panel beside the map follows the edits: a new cycle appears under High.
  await page.getByRole('button', { name: /^Findings \(\d+\)$/ }).click();
  const findings = page.getByRole('complementary', { name: 'Findings' });
  await expect(findings.getByRole('heading', { name: /^Critical/ })).toBeVisible();
  await expect(findings.locator('[data-code="SPOF"]').first()).toBeVisible();
  await expect(findings.locator('[data-code="DEPENDENCY_CYCLE"]')).toHaveCount(0);
  await node(page, POWER).click();
  const powerPanel = page.getByRole('complementary', { name: POWER });
  await powerPanel.getByLabel('System', { exact: true }).selectOption({ label: 'Order database' });
  await powerPanel.getByRole('button', { name: 'Add dependency' }).click();
  await expectSaved(page);
  await page.getByRole('button', { name: 'Close the panel' }).click();
  const high = findings.getByRole('list', { name: 'High findings' });
  await expect(high.locator('[data-code="DEPENDENCY_CYCLE"]')).toHaveCount(1);
  await screenshot(page, 'map-findings');
  await high.locator('[data-code="DEPENDENCY_CYCLE"]').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Dependency map');
});

test('the map says what to do when a plan has no systems or no dependencies; a process is linked by dragging', async ({
  page,
}) => {
  await createPlan(page, 'Empty map plan');
  await openMap(page);
  await expect(page.getByRole('heading', { name: 'No systems yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export SVG' })).toBeDisabled();
  await screenshot(page, 'map-empty');

  await page.getByRole('link', { name: 'Add the critical systems' }).click();
  await addSystemsByKeyboard(page, ['CRM', 'Mail server']);
  await page.getByRole('link', { name: 'Business processes' }).click();
  await page.getByLabel('New process name').fill('Sell');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sell', level: 1 })).toBeVisible();
  await openMap(page);
  await settled(page);
  await expect(page.getByRole('note')).toContainText('No dependencies yet');
  await expect(page.getByRole('button', { name: 'Export SVG' })).toBeEnabled();

  // A process's needs are its supporting systems: dragging adds one, as ticking it on its page does.
  await connect(page, 'Sell', 'CRM');
  await expect(edge(page, 'Sell needs CRM')).toBeAttached();
  await expect(page.getByRole('complementary', { name: 'Dependency' })).toContainText(
    'one of the systems the process needs',
  );
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.getByLabel('Filter by process').selectOption({ label: 'Sell and what it needs' });
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(node(page, 'Mail server')).toHaveCount(0);
  await settled(page);
  await node(page, 'Sell').click();
  const panel = page.getByRole('complementary', { name: 'Sell' });
  await expect(panel.getByRole('list', { name: 'What Sell needs' })).toHaveText('Needs CRM');
  await panel.getByRole('link', { name: 'Open full page' }).click();
  await expect(page.getByRole('heading', { name: 'Sell', level: 1 })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'CRM' })).toBeChecked();
});
