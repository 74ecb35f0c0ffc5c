// The youngster's data across tabs, app versions and "delete everything": two pages of one
// browser share one localStorage, like two tabs on the phone. The rules themselves are tested
// natively in crates/core/src/storage; here the real app shows that it follows them.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, open, storedState, STORAGE_KEY, SET_ASIDE_PREFIX } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The keys of the copies set aside, and their texts. */
async function setAside(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(prefix));
    return Object.fromEntries(keys.map((k) => [k, localStorage.getItem(k) ?? '']));
  }, SET_ASIDE_PREFIX);
}

/** A screenshot in light and dark for a person to look at, and axe-core in both. */
async function lookAt(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await page.screenshot({ path: `target/screenshots/${name}-${scheme}.png`, animations: 'disabled' });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), scheme).toEqual([]);
  }
}

/** Downloads through `button` and returns the file's name and text. */
async function download(page: Page, button: ReturnType<Page['getByRole']>) {
  const downloading = page.waitForEvent('download');
  await button.click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('a change in one tab shows in the other tab, and neither tab loses the other\'s change', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, '/settings');
  await open(second, '/settings');

  await first.getByRole('radio', { name: 'English' }).check();
  // The second page shows it: its own words and its own choice changed.
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(second.getByRole('radio', { name: 'English' })).toBeChecked();

  await second.getByRole('radio', { name: 'Dark' }).check();
  await expect(first.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(first.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(first.getByRole('radio', { name: 'English' })).toBeChecked();

  await first.getByRole('radio', { name: 'Light' }).check();
  await expect(second.locator('html')).toHaveAttribute('data-theme', 'light');
  await second.reload();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(second.getByRole('radio', { name: 'Light' })).toBeChecked();
});

/** "Dark" chosen in the first tab and shown in the second, then "delete everything" in the first. */
async function darkInBothThenDeleteInFirst(first: Page, second: Page) {
  await open(first, '/settings');
  await first.getByRole('radio', { name: 'Donker' }).check();
  await open(second, '/settings');
  await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark');
  await first.getByRole('button', { name: 'Alles wissen' }).click();
  await first.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Welkom!');
}

test('"delete everything" in one tab: the other tab starts afresh, and a tap there brings nothing back', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, '/');
  await first.getByRole('button', { name: 'Beginnen' }).click();
  await expect(first).toHaveURL(/\/avatar$/);
  await darkInBothThenDeleteInFirst(first, second);

  // The other tab follows at once: the welcome, and why.
  await expect(second.getByRole('alert')).toContainText('Alles is gewist in een ander venster van de app.');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Welkom!');
  await expect(second.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  await lookAt(second, 'notice-deleted-elsewhere');

  // A tap there starts a new document, without the old data.
  await second.getByRole('radio', { name: 'English' }).check();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Welcome!');
  const { state } = await storedState(second);
  expect(state.welcomed).toBe(false);
  expect(state.settings).toEqual({ language: 'en', theme: 'system' });
  expect(state.journey.avatar ?? null).toBeNull();
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Welcome!');
});

test('a tab that missed the delete does not write the data back at its next tap', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  // The second tab never hears of other tabs' saves (as when the phone froze it in the background).
  await second.addInitScript(() => window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true));
  await darkInBothThenDeleteInFirst(first, second);
  expect(await storedState(first)).toBeNull();
  // Still showing the old data: it missed the news.
  await expect(second.getByRole('radio', { name: 'Donker' })).toBeChecked();

  await second.getByRole('radio', { name: 'Licht' }).click();
  await expect(second.getByRole('alert')).toContainText('Alles is gewist in een ander venster van de app.');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Welkom!');
  expect(await storedState(second)).toBeNull();
});

/** Serves `page` the test build that plays the next app version (schema one higher), on the same
 * origin as the real build, so both share one localStorage. `cargo xtask test` builds it. */
async function serveNewerBuild(page: Page) {
  const dir = process.env.STC_NEXT_SCHEMA_DIST_DIR;
  expect(dir, 'STC_NEXT_SCHEMA_DIST_DIR: the newer test build (cargo xtask test makes it)').toBeTruthy();
  await page.route(
    (url) => !url.pathname.startsWith('/api/'),
    async (route) => {
      const file = path.join(dir!, new URL(route.request().url()).pathname);
      const isFile = await stat(file).then((s) => s.isFile(), () => false);
      // Every route of the app is its shell, as the server does it.
      await route.fulfill({ path: isFile ? file : path.join(dir!, 'index.html') });
    },
  );
}

test('an older and a newer version open at once: nothing is lost, and the older one asks for a reload', async ({ context }) => {
  const older = await context.newPage();
  const newer = await context.newPage();
  await serveNewerBuild(newer);
  await open(older, '/settings');
  await older.getByRole('radio', { name: 'Donker' }).check();
  const olderSchema = (await storedState(older)).schema_version;

  // The newer version reads the older data and saves it in its own schema.
  await open(newer, '/settings');
  await expect(newer.getByRole('radio', { name: 'Donker' })).toBeChecked();
  await newer.getByRole('radio', { name: 'English' }).check();
  await expect(newer.getByRole('heading', { level: 1 })).toHaveText('Settings');
  const saved = await storedState(newer);
  expect(saved.schema_version).toBe(olderSchema + 1);
  expect(saved.state.settings).toEqual({ language: 'en', theme: 'dark' });

  // The older tab says so at once, and a tap there writes nothing over the newer data.
  const notice = older.getByRole('alert');
  await expect(notice).toContainText('Er is een nieuwe versie: herlaad de app.');
  await older.getByRole('radio', { name: 'Licht' }).click();
  await expect(older.getByRole('radio', { name: 'Donker' })).toBeChecked();
  expect(await storedState(older)).toEqual(saved);
  await expect(notice.getByRole('button', { name: 'Sluiten' })).toHaveCount(0);

  // A tab of the older version opened now does not set the newer data aside nor start empty.
  const late = await context.newPage();
  await open(late, '/settings');
  await expect(late.getByRole('alert')).toContainText('Er is een nieuwe versie: herlaad de app.');
  await late.getByRole('radio', { name: 'Suomi' }).click();
  await expect(late.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
  expect(await setAside(late)).toEqual({});
  expect(await storedState(late)).toEqual(saved);
  await lookAt(late, 'notice-newer-version');

  // "Herladen" brings the newest version, with everything.
  await serveNewerBuild(older);
  await notice.getByRole('button', { name: 'Herladen' }).click();
  await expect(older.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(older.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(older.locator('[data-notice]')).toHaveCount(0);
  expect(await storedState(older)).toEqual(saved);
});

test('unreadable data: set aside once, told, downloadable from the notice and from Settings, until removed', async ({ page }) => {
  const broken = '{"schema_version":2,"state":{"settings":{"theme":';
  // Wait for the app to start first: it reads storage once at start.
  await open(page, '/settings');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, broken]);
  await page.reload();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('We konden je bewaarde gegevens niet lezen');
  const [key] = Object.keys(await setAside(page));
  expect(await setAside(page)).toEqual({ [key]: broken });
  await lookAt(page, 'notice-set-aside');

  const fromNotice = await download(page, notice.getByRole('button', { name: 'Download deze kopie' }));
  expect(fromNotice.text).toBe(broken);
  expect(fromNotice.name).toMatch(/^start-to-can-unreadable-\d+\.json$/);

  // The app works on; the copy stays through saves and a restart, set aside only once.
  await page.getByRole('radio', { name: 'Donker' }).check();
  await notice.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await setAside(page)).toEqual({ [key]: broken });

  // Settings lists it, to download or delete; "delete everything" says it goes too.
  const copies = page.getByRole('region', { name: 'Gegevens die de app niet kon lezen' });
  await expect(copies.getByText(/^Apart gezet op \d+ \w+ \d{4}$/)).toBeVisible();
  const fromSettings = await download(page, copies.getByRole('button', { name: 'Download deze kopie' }));
  expect(fromSettings.text).toBe(broken);
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page.getByText('Ook de kopie die de app niet kon lezen, wordt gewist.')).toBeVisible();
  await page.getByRole('button', { name: 'Nee, toch niet' }).click();
  for (const [theme, scheme] of [['Licht', 'light'], ['Donker', 'dark']]) {
    await page.getByRole('radio', { name: theme }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await copies.scrollIntoViewIfNeeded();
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await page.screenshot({ path: `target/screenshots/settings-set-aside-copies-${scheme}.png`, animations: 'disabled' });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), scheme).toEqual([]);
  }

  await copies.getByRole('button', { name: 'Deze kopie wissen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De kopie is gewist.' })).toBeVisible();
  await expect(copies).toHaveCount(0);
  expect(await setAside(page)).toEqual({});
  expect((await storedState(page)).state.settings.theme).toBe('dark');
});

test('"delete everything" says how many set-aside copies go too, and removes them', async ({ page }) => {
  await open(page, '/settings');
  await page.getByRole('radio', { name: 'Donker' }).check();
  await page.evaluate((prefix) => {
    localStorage.setItem(`${prefix}1700000000000`, 'one');
    localStorage.setItem(`${prefix}1700000100000`, 'two');
    localStorage.setItem('start-to-can.offline-ready-told', '1');
  }, SET_ASIDE_PREFIX);
  await page.reload();
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page.getByText('Ook de 2 kopieën die de app niet kon lezen, worden gewist.')).toBeVisible();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom!');
  expect(await storedState(page)).toBeNull();
  expect(await setAside(page)).toEqual({});
  // What is not the youngster's data stays.
  expect(await page.evaluate(() => localStorage.getItem('start-to-can.offline-ready-told'))).toBe('1');
});
