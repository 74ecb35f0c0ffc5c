// The content packs (islands, exercises) are files of the build, not part of the app's code: the
// app fetches the pack of the language shown, the service worker precaches every pack, so right
// after the install the exercises open without internet, also after a language switch made
// offline. A pack that cannot load is said, with a way to try again.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test as base, expect, open } from './fixtures';
import { OwnServer, waitForWorkerControl } from './own-server';

const PACK = /^\/content\/(nl|en|fi)-[0-9a-f]{16}\.json$/;
const isPack = (url: URL) => PACK.test(url.pathname);

/** The content packs the page fetched from the network, by language. */
function recordPackRequests(page: Page): string[] {
  const languages: string[] = [];
  page.on('requestfinished', (request) => {
    const match = PACK.exec(new URL(request.url()).pathname);
    if (match) languages.push(match[1]);
  });
  return languages;
}

base('the page fetches only the pack of the language shown, and the server keeps it for good', async ({ page, request }) => {
  const fetched = recordPackRequests(page);
  await open(page, '/island/werk');
  await expect(page.locator('[data-exercise="werk_droom"]')).toContainText('Jouw droomjob');
  expect(fetched).toEqual(['nl']);

  const url = await page.locator('meta[name="stc-content"][data-language="nl"]').getAttribute('content');
  const response = await request.get(url!, { headers: { 'accept-encoding': 'br' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/json');
  expect(response.headers()['content-encoding']).toBe('br');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  await open(page, '/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await open(page, '/island/werk');
  await expect(page.locator('[data-exercise="werk_droom"]')).toContainText('Your dream job');
  // Only after the switch does the English pack come (a reload may take it from the HTTP cache).
  expect(fetched[0]).toBe('nl');
  expect(new Set(fetched)).toEqual(new Set(['nl', 'en']));
});

for (const scheme of ['light', 'dark'] as const) {
  base(`Finnish has its own pack, with Finland's services and none of Flanders', ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const fetched = recordPackRequests(page);
    await open(page, '/settings');
    await page.getByRole('radio', { name: 'Suomi' }).check();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Asetukset');
    await open(page, '/island/werk');
    await expect(page.getByRole('heading', { level: 1, name: 'Työ' })).toBeVisible();
    await expect(page.locator('[data-exercise="werk_droom"]')).toContainText('Unelmatyösi');
    expect(fetched).toContain('fi');
    expect(fetched).not.toContain('en');

    // "Who can help you on the way to work?" offers Finland's services: as tiles, and as who
    // someone is when adding them.
    await open(page, '/exercise/werk_stap');
    await page.getByRole('checkbox', { name: /Käsillä tekeminen/ }).check();
    await page.getByRole('button', { name: 'Seuraava' }).click();
    await expect(page.getByText('Kuka voi auttaa sinua matkalla työhön?')).toBeVisible();
    for (const service of ['Työllisyyspalvelut', 'Kela', 'Työhönvalmentaja']) {
      await expect(page.getByRole('checkbox', { name: new RegExp(`^${service}`) })).toBeVisible();
    }
    await page.getByRole('button', { name: '+ Lisää joku' }).click();
    const relation = page.getByRole('group', { name: 'Kuka hän on sinulle?' });
    const offered = await relation.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.parentElement?.textContent ?? ''));
    for (const service of ['Työllisyyspalvelut', 'Kela', 'Ohjaamo', 'Työhönvalmentaja']) {
      expect(offered.join(' | ')).toContain(service);
    }
    for (const flemish of ['VDAB', 'GTB', 'CLB', 'JAC', 'OCMW']) {
      expect(offered.join(' | ')).not.toContain(flemish);
      await expect(page.locator('main')).not.toContainText(flemish);
    }
    await page.screenshot({ path: `target/screenshots/finnish-who-helps-${scheme}.png` });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  base(`a pack that cannot load is said, and trying again works, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.route(isPack, (route) => route.abort('internetdisconnected'));
    await page.goto('/map');
    await expect(page.getByRole('alert').filter({ hasText: 'De oefeningen konden niet laden' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('De oefeningen konden niet laden');
    await page.screenshot({ path: `target/screenshots/content-failed-${scheme}.png` });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

    await page.unroute(isPack);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(page.locator('main h1')).toHaveText('Je kaart');
    await expect(page.getByText('De oefeningen konden niet laden')).toBeHidden();
  });
}

const offline = base.extend<{ server: OwnServer }>({
  server: async ({}, use) => {
    const server = await OwnServer.create();
    await server.start();
    await use(server);
    await server.dispose();
  },
});
offline.use({ serviceWorkers: 'allow' });

offline('right after the install, offline: the exercises open, also after switching to English', async ({ page, server }) => {
  // The first visit is the welcome screen, which shows no content.
  await page.goto(server.url + '/');
  await expect(page.locator('main h1')).toBeVisible();
  await waitForWorkerControl(page);
  // The worker has precached every pack once it controls the page.
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).length))
    .toBeGreaterThan(0);

  await server.stop();
  await page.goto(server.url + '/island/werk');
  await expect(page.getByRole('heading', { level: 1, name: 'Werk' })).toBeVisible();
  await expect(page.locator('[data-exercise="werk_droom"]')).toContainText('Jouw droomjob');

  await page.goto(server.url + '/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.goto(server.url + '/exercise/werk_droom');
  await expect(page.getByRole('heading', { level: 1, name: 'Your dream job' })).toBeVisible();
});
