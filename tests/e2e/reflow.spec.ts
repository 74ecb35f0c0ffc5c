// Reflow: at 320 px wide nothing is wider than the screen on any route, at normal text and at
// the largest (200%), so nobody has to scroll sideways. Screenshots at 320 px in
// target/screenshots/ for a person to look at.
import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';
import { firstOfEachType, journeyDocument, seed } from './access';

test.use({ viewport: { width: 320, height: 640 } });

/** Every element that reaches past the left or right edge of the screen, and the page's width. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('.visually-hidden, .skip-link, [hidden]')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        wide.push(`${element.tagName.toLowerCase()}.${String(element.className)} "${(element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 10) };
  });
}

const exercises = [...new Set(Object.values(firstOfEachType()).map(([exercise]) => exercise))];
const ROUTES = ['/map', '/island/wonen', '/island/vrije_tijd', ...exercises.map((e) => `/exercise/${e}`), '/overview', '/settings', '/reminders', '/share', '/nergens'];

for (const size of ['normal', 'extra_large'] as const) {
  test(`at 320 px nothing is wider than the screen, ${size} text`, async ({ page }) => {
    test.setTimeout(120_000);
    const looks = { theme: 'light' as const, highContrast: false, textSize: size };
    await seed(page, journeyDocument(looks, false));
    await open(page, '/');
    const check = async (name: string) => {
      await page.screenshot({ path: `target/screenshots/320-${size}-${name}.png`, fullPage: true });
      const found = await overflow(page);
      expect(found.wide, name).toEqual([]);
      expect(found.scrollWidth, name).toBeLessThanOrEqual(found.width);
    };
    await check('welcome');
    await seed(page, journeyDocument(looks));
    await open(page, '/avatar');
    for (let step = 1; step <= 5; step++) {
      await check(`avatar-${step}`);
      if (step < 5) await page.getByRole('button', { name: 'Volgende' }).click();
    }
    for (const route of ROUTES) {
      await open(page, route);
      await check(route.slice(1).replaceAll('/', '-'));
    }
  });
}
