// How the app looks, as the youngster sets it in Settings: the text size (normal, large, extra
// large = twice the phone's size) and high contrast, applied at once, kept on the phone and there
// again after a reload. Motion follows the phone's "reduce motion". Every control is a target of
// at least 44 × 44 px, at every size.
import type { Page } from '@playwright/test';
import { test, expect, open, storedState } from './fixtures';
import { journeyDocument, LOOKS, seed } from './access';

const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('text size and high contrast are applied at once and kept after a reload', async ({ page }) => {
  await open(page, '/settings');
  expect(await rootFontSize(page)).toBe(16);
  await page.getByRole('radio', { name: 'Groot', exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  expect(await rootFontSize(page)).toBe(24);
  await page.getByRole('radio', { name: 'Extra groot' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'extra-large');
  expect(await rootFontSize(page)).toBe(32);

  const body = await page.evaluate(() => getComputedStyle(document.body).color);
  await page.getByRole('switch', { name: 'Sterk contrast' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe(body);

  const saved = await storedState(page);
  expect(saved.state.settings).toMatchObject({ text_size: 'extra_large', high_contrast: true });
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'extra-large');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expect(page.getByRole('radio', { name: 'Extra groot' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Sterk contrast' })).toBeChecked();
  await page.screenshot({ path: 'target/screenshots/settings-looks-contrast-xl.png' });

  // Back to normal: the attributes go, the phone's own size is back.
  await page.getByRole('radio', { name: 'Normaal' }).check();
  await page.getByRole('switch', { name: 'Sterk contrast' }).uncheck();
  await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /.+/);
  await expect(page.locator('html')).not.toHaveAttribute('data-contrast', /.+/);
  expect(await rootFontSize(page)).toBe(16);
});

test('high contrast works in the dark too: light text on black', async ({ page }) => {
  await seed(page, journeyDocument(LOOKS['contrast-dark-xl']));
  await open(page, '/map');
  const colours = await page.evaluate(() => ({
    text: getComputedStyle(document.body).color,
    background: getComputedStyle(document.body).backgroundColor,
  }));
  expect(colours).toEqual({ text: 'rgb(255, 255, 255)', background: 'rgb(0, 0, 0)' });
});

test('with "reduce motion" on the phone nothing moves', async ({ page }) => {
  await open(page, '/settings');
  const transition = () => page.locator('.tile').first().evaluate((e) => getComputedStyle(e).transitionDuration);
  expect(await transition()).not.toBe('0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await transition()).toBe('0s');
});

/** Every visible control smaller than 44 × 44 px (a radio or checkbox counts by its tile). */
async function smallTargets(page: Page) {
  return page.evaluate(() => {
    const controls = document.querySelectorAll('a[href], button, select, textarea, summary, input');
    const small: string[] = [];
    for (const control of controls) {
      const input = control as HTMLInputElement;
      if (control.closest('[hidden], .visually-hidden') || input.type === 'file' || control.classList.contains('skip-link')) continue;
      const target = (input.type === 'radio' || input.type === 'checkbox') && control.closest('label') ? control.closest('label')! : control;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 43.5 || box.height < 43.5) {
        small.push(`${target.tagName.toLowerCase()}.${target.className} "${(target.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

const SCREENS = ['/map', '/island/wonen', '/exercise/wonen_nu', '/exercise/wonen_stap', '/exercise/wonen_droom', '/exercise/relaties_nu', '/overview', '/settings', '/reminders', '/share', '/avatar'];

for (const size of ['normal', 'extra_large'] as const) {
  test(`every control is at least 44 × 44 px, ${size} text`, async ({ page }) => {
    test.setTimeout(120_000);
    await seed(page, journeyDocument({ theme: 'light', highContrast: false, textSize: size }, false));
    await open(page, '/');
    expect(await smallTargets(page)).toEqual([]);
    await seed(page, journeyDocument({ theme: 'light', highContrast: false, textSize: size }));
    for (const screen of SCREENS) {
      await open(page, screen);
      expect(await smallTargets(page), screen).toEqual([]);
    }
  });
}
