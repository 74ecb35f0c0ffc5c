// Settings → "Je gegevens": a backup file, restoring it, refusing bad files, deleting everything.
import { readFile } from 'node:fs/promises';
import { test, expect, open, storedState } from './fixtures';

async function chooseEnglishAndDark(page) {
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

test('backup, delete everything, restore gives back the same data', async ({ page }) => {
  await open(page, '/settings');
  await chooseEnglishAndDark(page);
  const before = await storedState(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a copy' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^start-to-can-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const backup = JSON.parse(await readFile(file, 'utf8'));
  expect(backup.format).toBe('start-to-can-backup');
  await expect(page.getByRole('status')).toHaveText('Your copy is in your downloads.');

  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText('Are you sure?')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom!');
  expect(await storedState(page)).toBeNull();

  await open(page, '/settings');
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByRole('status')).toHaveText('Your copy has been restored.');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await storedState(page)).toEqual(before);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

test('saying no to deleting keeps everything', async ({ page }) => {
  await open(page, '/settings');
  await chooseEnglishAndDark(page);
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await expect(page.getByRole('button', { name: 'Delete everything' })).toBeVisible();
  expect((await storedState(page)).state.settings).toEqual({ language: 'en', theme: 'dark' });
});

const BAD_FILES = [
  { name: 'notes.json', body: 'hello, this is not json', message: 'This file is not a Start To Can copy. Nothing was changed.' },
  { name: 'cut.json', body: '{"format":"start-to-can-backup","state":{"settings":{"theme":"purple"}}}', message: 'This file is damaged. Nothing was changed.' },
  { name: 'future.json', body: '{"format":"start-to-can-backup","created_at":"x","schema_version":99,"state":{}}', message: 'This copy comes from a newer version of the app. Nothing was changed.' },
];

for (const bad of BAD_FILES) {
  test(`a bad file (${bad.name}) is refused with a message and changes nothing`, async ({ page }) => {
    await open(page, '/settings');
    await chooseEnglishAndDark(page);
    const before = await storedState(page);
    await page.locator('input[type=file]').setInputFiles({ name: bad.name, mimeType: 'application/json', buffer: Buffer.from(bad.body) });
    await expect(page.getByRole('status')).toHaveText(bad.message);
    expect(await storedState(page)).toEqual(before);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
}
