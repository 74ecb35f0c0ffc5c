// Where the focus goes: to the new screen's heading after a route change (not when the app
// opens, nor when it sends a returning youngster on to the map), to the new question after
// "next" and "back", to the message after an error. Every stop of Tab shows a focus ring.
import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';
import { focused, journeyDocument, LOOKS, seed } from './access';

const heading = (page: Page) => page.locator('main h1');
const NORMAL = { ...LOOKS['light-xl'], textSize: 'normal' as const };

test('a route change puts the focus on the new heading; opening the app does not', async ({ page }) => {
  await seed(page, journeyDocument(NORMAL));
  await open(page, '/map');
  await expect(heading(page)).not.toBeFocused();
  await page.getByRole('link', { name: 'Overzicht' }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(heading(page)).toHaveText('Mijn overzicht');
  await expect(heading(page)).toBeFocused();
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await expect(heading(page)).toHaveText('Instellingen');
  await expect(heading(page)).toBeFocused();
  await page.goBack();
  await expect(heading(page)).toHaveText('Mijn overzicht');
  await expect(heading(page)).toBeFocused();

  // A returning youngster opens the welcome and lands on the map: no focus moved.
  await page.goto('/');
  await expect(page).toHaveURL(/\/map$/);
  await expect(heading(page)).toHaveText('Je kaart');
  await expect(page.locator('body')).toBeFocused();
});

test('the skip link takes the keyboard past the header to the page', async ({ page }) => {
  await open(page, '/settings');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/\/settings(#content)?$/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Nederlands' })).toBeFocused();
});

test('next and back put the focus on the question, the end on "well done"', async ({ page }) => {
  await open(page, '/exercise/wonen_nu');
  await page.getByRole('button', { name: 'Overslaan' }).click();
  await expect(page.getByText('Vraag 2 van')).toBeVisible();
  await expect(page.locator('.prompt')).toBeFocused();
  await page.getByRole('button', { name: 'Terug' }).click();
  await expect(page.getByText('Vraag 1 van')).toBeVisible();
  await expect(page.locator('.prompt')).toBeFocused();
  // Skip every question: the last "skip" finishes the exercise.
  while (await page.locator('.prompt').count()) {
    await page.locator('.step-buttons .button.primary').click();
  }
  await expect(page.getByRole('heading', { name: 'Goed gedaan!' })).toBeFocused();
});

test('a new avatar step puts the focus on its title', async ({ page }) => {
  await open(page, '/avatar');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('.step-title')).toHaveText('Hoe zie je eruit?');
  await expect(page.locator('.step-title')).toBeFocused();
});

test('after an error the focus is on the message', async ({ page }) => {
  await open(page, '/settings');
  await page.locator('input[type=file]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not a copy') });
  const message = page.locator('.data-message');
  await expect(message).toHaveText('Dit bestand is geen kopie van Start To Can. Er is niets veranderd.');
  await expect(message).toBeFocused();

  await open(page, '/exercise/wonen_stap');
  await page.getByRole('button', { name: 'Overslaan' }).click();
  await page.getByRole('button', { name: '+ Iemand toevoegen' }).click();
  await expect(page.getByLabel('Naam (mag je leeg laten)')).toBeFocused();
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  const error = page.getByRole('alert').filter({ hasText: 'Kies eerst wie het is voor jou.' });
  await expect(error).toBeFocused();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('button', { name: '+ Iemand toevoegen' })).toBeFocused();
});

test('opening and closing the delete question keeps the focus in place', async ({ page }) => {
  await open(page, '/settings');
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page.locator('#delete-question')).toBeFocused();
  await page.getByRole('button', { name: 'Nee, toch niet' }).click();
  await expect(page.getByRole('button', { name: 'Alles wissen' })).toBeFocused();
});

/** "yes" when the focused element, or the tile it sits in, draws a focus ring of 2 px or more;
 * else what it is. */
async function focusRingShows(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return false;
    const ringed = (e: Element | null) => {
      if (!e) return false;
      const style = getComputedStyle(e);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    };
    if (ringed(element) || ringed(element.closest('label'))) return 'yes';
    const style = getComputedStyle(element);
    return `${element.outerHTML.slice(0, 120)} outline ${style.outlineStyle} ${style.outlineWidth}`;
  });
}

const ROUTES = ['/', '/map', '/island/wonen', '/exercise/wonen_nu', '/exercise/wonen_stap', '/exercise/wonen_droom', '/overview', '/settings', '/reminders'];

for (const route of ROUTES) {
  test(`every Tab stop on ${route} shows where the focus is`, async ({ page }) => {
    await seed(page, journeyDocument(NORMAL, route !== '/'));
    await open(page, route);
    const seen: string[] = [];
    for (let stop = 0; stop < 80; stop++) {
      await page.keyboard.press('Tab');
      const where = await focused(page);
      if (seen.includes(where) && stop > 0 && where === seen[0]) break;
      seen.push(where);
      if (where.startsWith('body')) break;
      expect(await focusRingShows(page), `no focus ring on ${where}`).toBe('yes');
    }
    expect(seen.length).toBeGreaterThan(2);
  });
}
