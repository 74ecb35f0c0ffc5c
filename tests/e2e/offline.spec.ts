// Offline-first: the service worker caches the app on the first visit; then the app opens and
// saves with the server stopped entirely, nothing is lost when the server is back, a new build is
// offered and taken only on request, and /api/ never comes from a cache. Each test runs its own
// stc-server, so that it can stop it.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test as base, expect, storedState } from './fixtures';
import { OwnServer, cspViolations, recordCspViolations, waitForWorkerControl } from './own-server';

/** `server`: the test's own stc-server, started; with `distCopy`, serving a copy of the build. */
const test = base.extend<{ distCopy: boolean; server: OwnServer }>({
  distCopy: [false, { option: true }],
  server: async ({ distCopy }, use) => {
    const server = distCopy ? await OwnServer.withCopyOfDist() : await OwnServer.create();
    await server.start();
    await use(server);
    await server.dispose();
  },
});

test.use({ serviceWorkers: 'allow' });

const READY_OFFLINE = 'Klaar! Je kan de app nu ook zonder internet gebruiken.';
const UPDATE_WAITING = 'Er is een nieuwe versie.';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** First visit: the page loads, the worker installs, caches everything and takes control. */
async function firstVisit(page: Page, server: OwnServer, route: string) {
  await page.goto(server.url + route);
  await expect(page.locator('main h1')).toBeVisible();
  await waitForWorkerControl(page);
  if (route === '/') {
    // The welcome keeps its one way forward: the news waits for the next screen.
    await expect(page.getByText(READY_OFFLINE)).toBeHidden();
  } else {
    await expect(page.getByText(READY_OFFLINE)).toBeVisible();
  }
}

const BACKUP = {
  format: 'start-to-can-backup',
  created_at: '2026-11-20T10:00:00.000Z',
  schema_version: 2,
  state: { settings: { language: 'en', theme: 'light' }, welcomed: true },
};

/**
 * What the youngster does without internet, in order; each step is checked again once the
 * server is back. Answering an exercise offline goes here once the exercises exist.
 */
const OFFLINE_STEPS: { name: string; act: (page: Page) => Promise<void>; check: (page: Page) => Promise<void> }[] = [
  {
    name: 'restore a backup file (English, light)',
    act: async (page) => {
      await page.locator('input[type=file]').setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(BACKUP)) });
      await expect(page.getByText('Your copy has been restored.')).toBeVisible();
    },
    check: async (page) => {
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect((await storedState(page)).state.welcomed).toBe(true);
    },
  },
  {
    name: 'choose the dark theme',
    act: async (page) => {
      await page.getByRole('radio', { name: 'Dark' }).check();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    },
    check: async (page) => {
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    },
  },
  {
    name: 'answer two questions of an exercise',
    act: async (page) => {
      await page.goto(new URL('/exercise/werk_droom', page.url()).href);
      await expect(page.getByRole('heading', { level: 1, name: 'Your dream job' })).toBeVisible();
      await page.getByRole('radio', { name: '6', exact: true }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('radio', { name: '9', exact: true }).check();
      await page.goto(new URL('/settings', page.url()).href);
      await expect(page.locator('main h1')).toHaveText('Settings');
    },
    check: async (page) => {
      const answers = (await storedState(page)).state.journey.answers.werk_droom;
      expect(answers).toEqual({ q_nu: { type: 'scale', value: 6 }, q_later: { type: 'scale', value: 9 } });
      await page.goto(new URL('/exercise/werk_droom', page.url()).href);
      await expect(page.getByText('Question 2 of 4')).toBeVisible();
      await expect(page.getByRole('radio', { name: '9', exact: true })).toBeChecked();
    },
  },
];

test('after the first visit the app opens and saves with the server stopped, and nothing is lost', async ({ page, server }) => {
  await firstVisit(page, server, '/settings');

  await server.stop();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Instellingen');
  // "Ready offline" is said once only.
  await expect(page.getByText(READY_OFFLINE)).toBeHidden();
  // Another route of the app opens offline too.
  await page.goto(server.url + '/map');
  await expect(page.locator('main h1')).toHaveText('Je kaart');
  await page.goto(server.url + '/settings');
  for (const step of OFFLINE_STEPS) {
    await test.step(step.name, () => step.act(page));
  }
  const savedOffline = await storedState(page);

  await server.start();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Settings');
  expect(await storedState(page)).toEqual(savedOffline);
  for (const step of OFFLINE_STEPS) {
    await test.step(`${step.name}: still there`, () => step.check(page));
  }
});

test('the app is installable: a worker controls the page and the manifest is linked', async ({ page, server }) => {
  await firstVisit(page, server, '/map');
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', '/manifest.webmanifest');
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { scope: registration?.scope, script: navigator.serviceWorker.controller?.scriptURL };
  });
  expect(worker).toEqual({ scope: `${server.url}/`, script: `${server.url}/sw.js` });

  await page.screenshot({ path: 'target/screenshots/ready-offline-light.png' });
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('/api/ is never answered from a cache: with the server stopped, /api/health fails', async ({ page, server }) => {
  await firstVisit(page, server, '/');
  const health = () =>
    page.evaluate(() =>
      fetch('/api/health').then(
        (response) => response.status,
        () => 'failed',
      ),
    );
  expect(await health()).toBe(200);
  await server.stop();
  expect(await health()).toBe('failed');
  const cachedApi = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls.filter((url) => new URL(url).pathname.startsWith('/api/'));
  });
  expect(cachedApi).toEqual([]);
});

test.describe('with a copy of the build to change', () => {
  test.use({ distCopy: true });
  test('a new build is offered, taken only on request, and keeps the saved data', async ({ page, server }) => {
    await firstVisit(page, server, '/settings');
    await page.getByRole('radio', { name: 'Licht' }).check();
    // Other caches (the reminder plan keeps one) are not the worker's: an update leaves them alone.
    // (The reminder code itself removes 'stc-reminders' while reminders are off, so use another.)
    await page.evaluate(async () => (await caches.open('stc-other')).put('/other-test', new Response('keep me')));

    await simulateNewBuild(server.distDir);
    await page.evaluate(() => ((window as any).__sameDocument = true));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByRole('status').filter({ hasText: UPDATE_WAITING });
    await expect(banner).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Herladen' })).toBeVisible();

    await lookAtBanner(page, 'light');
    await page.getByRole('radio', { name: 'Donker' }).check();
    await lookAtBanner(page, 'dark');
    const saved = await storedState(page);

    // The page does not reload by itself while the new version waits: the worker is installed
    // and still waiting (it has not taken over, which is what would reload), on the same page.
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state))
      .toBe('installed');
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
    await expect(page.locator('meta[name=stc-build]')).toHaveCount(0);

    await banner.getByRole('button', { name: 'Herladen' }).click();
    await expect(page.locator('meta[name=stc-build]')).toHaveCount(1);
    await expect(page.locator('main h1')).toHaveText('Instellingen');
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBeUndefined();
    await expect(page.getByText(UPDATE_WAITING)).toBeHidden();
    expect(await storedState(page)).toEqual(saved);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    const names = await page.evaluate(() => caches.keys());
    expect(names.filter((n) => n.startsWith('stc-app-'))).toEqual([expect.stringMatching(/^stc-app-.+-next$/)]);
    expect(names).toContain('stc-other');
  });
});

/**
 * A "new build" in the served copy: another index.html and another worker version. Their
 * brotli and gzip copies (written by `cargo xtask build`) go, so the server sends the new text.
 */
async function simulateNewBuild(distDir: string) {
  for (const file of ['index.html', 'sw.js']) {
    for (const copy of ['.br', '.gz']) await rm(path.join(distDir, file + copy), { force: true });
  }
  const index = path.join(distDir, 'index.html');
  const html = await readFile(index, 'utf8');
  await writeFile(index, html.replace('<head>', '<head><meta name="stc-build" content="next">'));
  const worker = path.join(distDir, 'sw.js');
  const source = await readFile(worker, 'utf8');
  const next = source.replace(/const VERSION = "([^"]+)";/, 'const VERSION = "$1-next";');
  expect(next).not.toBe(source);
  await writeFile(worker, next);
}

/** axe-core on the page with the update banner, and a screenshot for a person to look at. */
async function lookAtBanner(page: Page, scheme: 'light' | 'dark') {
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Let the colour transitions end before looking (they are animations the page can wait for).
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.screenshot({ path: `target/screenshots/update-banner-${scheme}.png`, animations: 'disabled' });
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('the app runs under its security headers and CSP, also from the cache, with no violation', async ({ page, server }) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => !request.url().startsWith(server.url) && foreign.push(request.url()));
  await recordCspViolations(page);

  await firstVisit(page, server, '/');
  expect(await cspViolations(page)).toEqual([]);
  // From here on the page comes from the worker's cache.
  for (const route of ['/map', '/settings', '/']) {
    await page.goto(server.url + route);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await cspViolations(page), route).toEqual([]);
  }
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('/ and /sw.js carry the security headers and the CSP; sw.js is never kept by the HTTP cache', async ({ request }) => {
  for (const url of ['/', '/sw.js']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], url).toContain("default-src 'self'");
    expect(headers['content-security-policy'], url).toContain("worker-src 'self'");
    expect(headers['content-security-policy'], url).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['referrer-policy'], url).toBe('no-referrer');
    expect(headers['x-frame-options'], url).toBe('DENY');
  }
  const worker = await request.get('/sw.js');
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect(worker.headers()['content-type']).toContain('javascript');
  const source = await worker.text();
  expect(source).toMatch(/^\/\/ Generated by `cargo xtask`/);
  expect(source).toMatch(/const VERSION = "[0-9a-f]{16}";/);
  const precache: string[] = JSON.parse(source.match(/const PRECACHE = (\[.*\]);/)![1]);
  expect(precache).toContain('/index.html');
  expect(precache).not.toContain('/sw.js');
  expect(precache.some((file) => file.endsWith('.wasm'))).toBe(true);
  expect(source.indexOf('// ---- sw/10-offline.js ----')).toBeGreaterThan(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the very first visit: the welcome stays calm, "ready offline" floats on the next screen without moving it, axe, ${scheme}`, async ({ page, server }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await firstVisit(page, server, '/');
    await expect(page.locator('main h1')).toHaveText('Welkom!');
    await page.getByRole('button', { name: 'Beginnen' }).click();
    const news = page.getByText(READY_OFFLINE);
    await expect(news).toBeVisible();
    // It floats above the bottom navigation: the page under it did not move down.
    const mainTop = await page.locator('main').evaluate((main) => main.getBoundingClientRect().top);
    const headerBottom = await page.locator('.app-header').evaluate((header) => header.getBoundingClientRect().bottom);
    expect(Math.abs(mainTop - headerBottom)).toBeLessThan(40);
    const area = page.locator('.app-news');
    expect(await area.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    const navTop = await page.locator('.bottom-nav').evaluate((nav) => nav.getBoundingClientRect().top);
    const newsBottom = await area.evaluate((element) => element.getBoundingClientRect().bottom);
    expect(newsBottom).toBeLessThanOrEqual(navTop + 1);
    await page.screenshot({ path: `target/screenshots/welcome-ready-offline-${scheme}.png` });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}
