// Shared helpers: a page that records console errors and every request that leaves our origin.
import { test as base, expect, type Page } from '@playwright/test';

export const STORAGE_KEY = 'start-to-can.state';
export const SET_ASIDE_PREFIX = 'start-to-can.unreadable.';

type Watch = { consoleErrors: string[]; foreignRequests: string[] };

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch: Watch = { consoleErrors: [], foreignRequests: [] };
    const origin = new URL(baseURL!).origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        watch.foreignRequests.push(url);
      }
    });
    await use(watch);
  },
});

export { expect };

/** Opens a route and waits until the app has rendered its first heading. */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
}

/** The stored state document, parsed. */
export async function storedState(page: Page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return raw === null ? null : JSON.parse(raw);
}
