// The foundation: the shell loads cleanly, settings work and persist, a failed save loses nothing.
// Tabs, app versions, unreadable data and "delete everything": tabs-and-versions.spec.ts.
import { test, expect, open, storedState, STORAGE_KEY } from './fixtures';

const ROUTES = ['/', '/map', '/overview', '/settings', '/share'];

test('the app loads on every route with no console error and no request to another origin', async ({ page, watch }) => {
  for (const route of ROUTES) {
    await open(page, route);
  }
  await expect(page.getByRole('navigation')).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('a first start is in Dutch for a Dutch browser, and welcome leads to the avatar, then the map', async ({ page }) => {
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom!');
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByText('Alles wat je invult, blijft op deze gsm.')).toBeVisible();
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page).toHaveURL(/\/avatar$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jouw avatar');
  // Every step has a default: "ready" works at once.
  await page.getByRole('button', { name: 'Zo is het goed. Naar de kaart' }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je kaart');
  expect((await storedState(page)).state.journey.avatar).not.toBeNull();
  expect((await storedState(page)).state.welcomed).toBe(true);
  // Welcomed: the start page goes straight to the map from now on.
  await open(page, '/');
  await expect(page).toHaveURL(/\/map$/);
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-GB' });
  test('the first start follows the browser language', async ({ page }) => {
    await open(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome!');
  });
});

test('the language switch changes the visible text and survives a reload', async ({ page }) => {
  await open(page, '/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Instellingen');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('radio', { name: 'Suomi' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Asetukset');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Asetukset');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('radio', { name: 'Suomi' })).toBeChecked();
});

test('the theme switch changes the colours and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, '/settings');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole('radio', { name: 'Donker' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background();
  expect(dark).not.toEqual(light);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Donker' })).toBeChecked();
  expect(await background()).toEqual(dark);
  // "Like my phone" follows the system again.
  await page.getByRole('radio', { name: 'Zoals mijn gsm' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toEqual(dark);
});

test('a failing save shows a message and keeps the last good copy', async ({ page }) => {
  await open(page, '/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('radio', { name: 'Suomi' }).check();
  await expect(page.getByRole('alert')).toContainText('Tallennus ei onnistunut');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toEqual(before);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  expect((await storedState(page)).state.settings.language).toBe('en');
});

test('the server answers health with its version and database status', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe('ok');
  expect(body.database.status).toBe('ok');
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
});
