import type { Page } from '@playwright/test';
import path from 'node:path';
import { expect, screenshot, test } from './fixtures';

const FIXTURES = path.resolve('test/fixtures/backstage');

/** Answers the file picker that `action` opens with one file. */
async function pickFile(page: Page, action: () => Promise<void>, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await action();
  await (await chooser).setFiles(path.join(FIXTURES, file));
}

test('import a Backstage catalog from two files into a new plan, with its systems and dependencies', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await pickFile(
    page,
    () => page.getByRole('button', { name: 'Import from Backstage…' }).click(),
    'example-catalog.yaml',
  );

  const dialog = page.getByRole('dialog', { name: 'Import from Backstage' });
  await expect(dialog).toBeVisible();
  const counts = dialog.getByRole('definition');
  await expect(counts).toHaveText(['8', '2', '5', '2 contacts, 3 teams']);
  const unresolved = dialog.getByRole('region', { name: '2 references lead nowhere; the rest is imported' });
  await expect(unresolved.getByRole('listitem')).toHaveText([
    'example-catalog.yaml, document 2 system:default/audio-playback spec.owner “team-c”: group:default/team-c is not in the imported files; a team named “team-c” was added without members',
    'example-catalog.yaml, document 8 component:default/wayback-archive-ingestion spec.owner “team-d”: group:default/team-d is not in the imported files; a team named “team-d” was added without members',
  ]);

  // A broken file stops the import and says where; removing it brings the preview back.
  const addFile = () => dialog.getByRole('button', { name: 'Add another file…' }).click();
  await pickFile(page, addFile, 'broken.yaml');
  const problems = dialog.getByRole('region', { name: 'The files cannot be imported' });
  await expect(problems).toContainText(
    'broken.yaml, document 1, line 5, column 16: the document is not valid YAML',
  );
  await expect(dialog.getByRole('button', { name: 'Import plan' })).toBeDisabled();
  await screenshot(page, 'backstage-import-problems');
  await dialog.getByRole('button', { name: 'Remove broken.yaml' }).click();
  await expect(problems).toHaveCount(0);

  // The owner missing from the first file is in the second.
  await pickFile(page, addFile, 'org.yaml');
  await expect(counts).toHaveText(['8', '2', '5', '2 contacts, 3 teams']);
  await expect(
    dialog.getByRole('region', { name: '1 reference leads nowhere; the rest is imported' }),
  ).toBeVisible();
  const preview = dialog.getByRole('table', { name: 'Systems to import' });
  await expect(preview.getByRole('row', { name: /artists-db/ })).toContainText('Data store');
  await dialog.getByLabel('Plan name').fill('Artists – Zürich');
  await dialog.getByLabel('Organisation').fill('Spotify');
  await dialog.getByRole('heading', { name: 'Import from Backstage' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'backstage-import-dialog');

  await dialog.getByRole('button', { name: 'Import plan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Critical systems' })
    .click();
  const names = page
    .getByRole('table', { name: 'Critical systems' })
    .getByRole('textbox', { name: /^Name of / });
  await expect(names).toHaveCount(8);
  await expect(page.getByRole('textbox', { name: 'Owner of playback-order' })).toHaveValue('Guest User');
  await screenshot(page, 'backstage-import-systems');

  // consumesApis became a need of the component that provides the API.
  await page.getByRole('link', { name: 'Details of wayback-search' }).click();
  await expect(page.getByRole('list', { name: 'What wayback-search needs' })).toContainText(
    'Needs wayback-archive',
  );

  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Dependency map' })
    .click();
  await expect(page.locator('.map-body')).toHaveAttribute('data-layout', 'current');
  for (const label of [
    'artist-lookup needs artists-db',
    'www-artist needs artist-lookup',
    'wayback-search needs wayback-archive',
    'wayback-archive needs wayback-archive-ingestion',
    'wayback-archive needs wayback-archive-storage',
  ]) {
    await expect(page.getByRole('group', { name: label, exact: true })).toBeAttached();
  }
  await screenshot(page, 'backstage-import-map');

  await page
    .getByRole('navigation', { name: 'Plan', exact: true })
    .getByRole('link', { name: 'Business processes' })
    .click();
  await expect(page.getByText('Team C – Ærøskøbing').first()).toBeVisible();
});
