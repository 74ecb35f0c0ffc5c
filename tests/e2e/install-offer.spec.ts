// The install offer on the map: not on the first day, Chromium's own prompt or the iPhone steps,
// "not now" keeps it away, never when installed already; and asking the browser to keep the
// storage after the first saved answer.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, open, storedState, STORAGE_KEY } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

const offer = (page: Page) => page.getByRole('complementary', { name: 'App op je beginscherm' });

/** Changes the stored state (after the app has loaded once) and reloads. */
async function seed(page: Page, change: string) {
  await page.evaluate(
    ([key, change]) => {
      const document = JSON.parse(localStorage.getItem(key) ?? '{"schema_version":2,"state":{}}');
      const localDay = (daysAgo: number) => {
        const d = new Date(Date.now() - daysAgo * 86_400_000);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      new Function('state', 'localDay', change)(document.state, localDay);
      localStorage.setItem(key, JSON.stringify(document));
    },
    [STORAGE_KEY, change],
  );
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
}

const FIRST_USED_YESTERDAY = `state.settings = { ...state.settings, offline: { first_used_on: localDay(1) } };`;

/** Plays Chromium's `beforeinstallprompt`; the youngster's answer in the browser's dialog is
 * `outcome`. Returns once the app took the prompt (it keeps it with `preventDefault`) and drew
 * what follows from it (two animation frames: the app's updates run before the next frame). */
async function browserOffersInstall(page: Page, outcome: 'accepted' | 'dismissed') {
  const taken = await page.evaluate((outcome) => {
    const event = new Event('beforeinstallprompt', { cancelable: true }) as any;
    event.prompt = () => {
      (window as any).__prompted = true;
      return Promise.resolve();
    };
    event.userChoice = Promise.resolve({ outcome, platform: 'web' });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  }, outcome);
  expect(taken, 'the app keeps the browser\'s install prompt').toBe(true);
  await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
}

async function lookAtOffer(page: Page, name: string) {
  // The offer sits under the islands (a card put above them would push them down when the
  // browser's event comes): the map itself did not move.
  await expect(page.locator('main .install-offer')).toHaveCount(1);
  const mapAbove = await page.evaluate(() => {
    const offer = document.querySelector('main .install-offer')!.getBoundingClientRect();
    const islands = document.querySelector('main h1')!.getBoundingClientRect();
    return islands.bottom <= offer.top;
  });
  expect(mapAbove).toBe(true);
  await page.locator('main .install-offer').scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Let the colour transitions end before looking (they are animations the page can wait for).
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await page.screenshot({ path: `target/screenshots/${name}-${scheme}.png`, animations: 'disabled' });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), scheme).toEqual([]);
  }
}

test('no install offer on the first day, even when the browser could install', async ({ page }) => {
  // The first day is noted on the map once there is saved data (opening a page writes no
  // new document): welcome, then the map.
  await open(page, '/');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.getByRole('button', { name: 'Zo is het goed. Naar de kaart' }).click();
  await expect(page.locator('main h1')).toHaveText('Je kaart');
  await browserOffersInstall(page, 'accepted');
  await expect(offer(page)).toHaveCount(0);
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  expect((await storedState(page)).state.settings.offline).toEqual({ first_used_on: today });
});

test('from the second day the map offers the browser install; "not now" keeps it away', async ({ page }) => {
  await open(page, '/map');
  await seed(page, FIRST_USED_YESTERDAY);
  await browserOffersInstall(page, 'dismissed');
  await expect(offer(page)).toBeVisible();
  await expect(offer(page).getByText('Zet de app op je beginscherm')).toBeVisible();
  await lookAtOffer(page, 'install-offer');

  await offer(page).getByRole('button', { name: 'Nu niet' }).click();
  await expect(offer(page)).toHaveCount(0);
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  expect((await storedState(page)).state.settings.offline.install_offer_dismissed_on).toBe(today);

  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await browserOffersInstall(page, 'dismissed');
  await expect(offer(page)).toHaveCount(0);
});

test('"add to home screen" opens the browser prompt; saying yes there closes the offer', async ({ page }) => {
  await open(page, '/map');
  await seed(page, FIRST_USED_YESTERDAY);
  await browserOffersInstall(page, 'accepted');
  await offer(page).getByRole('button', { name: 'Zet op beginscherm' }).click();
  await expect(offer(page)).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__prompted)).toBe(true);
  expect((await storedState(page)).state.settings.offline.install_offer_dismissed_on).toBeUndefined();
});

test('the offer is only on the map', async ({ page }) => {
  await open(page, '/map');
  await seed(page, FIRST_USED_YESTERDAY);
  await browserOffersInstall(page, 'accepted');
  await expect(offer(page)).toBeVisible();
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await expect(page.locator('main h1')).toHaveText('Instellingen');
  await expect(offer(page)).toHaveCount(0);
});

test.describe('on an iPhone', () => {
  test.use({ userAgent: IPHONE });

  test('a finished exercise makes the first day calm enough; the steps show the share menu', async ({ page }) => {
    await open(page, '/map');
    await seed(page, `state.journey = { ...state.journey, finished: { wonen_nu: localDay(0) } };`);
    await expect(offer(page)).toBeVisible();
    await expect(offer(page).getByText('Tik op de knop Delen.')).toBeVisible();
    await expect(offer(page).getByText('Kies „Zet op beginscherm”.')).toBeVisible();
    await expect(offer(page).getByRole('button', { name: 'Zet op beginscherm' })).toHaveCount(0);
    await lookAtOffer(page, 'install-offer-iphone');
    await offer(page).getByRole('button', { name: 'Nu niet' }).click();
    await expect(offer(page)).toHaveCount(0);
  });

  test('never when the app runs from the home screen already', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
    await open(page, '/map');
    await seed(page, FIRST_USED_YESTERDAY);
    // The map is drawn (seed waits for its heading), and the offer is drawn with it when due:
    // the same seed shows it on an iPhone that is not installed (the test above).
    await expect(page.locator('main h1')).toHaveText('Je kaart');
    await expect(offer(page)).toHaveCount(0);
  });
});

test('the browser is asked to keep the storage once, after the first saved answer', async ({ page }) => {
  await open(page, '/settings');
  await page.getByRole('radio', { name: 'Donker' }).check();
  expect((await storedState(page)).state.settings.offline).toBeUndefined();

  await seed(page, `state.journey = { answers: { wonen_nu: { q_nu: { type: 'scale', value: 4 } } } };`);
  await page.getByRole('radio', { name: 'Licht' }).check();
  await expect.poll(async () => (await storedState(page)).state.settings.offline).toEqual({ persistence_asked: true });
});
