// "Hulp nodig? Praat er nu over": the help lines of the content's country show on the housing,
// relationships and health islands, and right after an answer that says things are very bad
// (here the saddest face on the health island). Every line is a working tel: or https link.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** Every line of the card: its name, its tel: link and its site. */
async function helpLines(page: Page) {
  return page.locator('[data-help-card] li').evaluateAll((items) =>
    items.map((item) => ({
      name: item.querySelector('.help-name')?.textContent,
      links: Array.from(item.querySelectorAll('a')).map((a) => a.getAttribute('href')),
    })),
  );
}

test('housing, relationships and health show the Flemish help lines; work does not', async ({ page }) => {
  for (const island of ['wonen', 'relaties', 'gezondheid']) {
    await open(page, `/island/${island}`);
    await expect(page.getByRole('heading', { name: 'Hulp nodig? Praat er nu over.' })).toBeVisible();
  }
  const lines = await helpLines(page);
  expect(lines).toContainEqual({ name: 'Awel', links: ['tel:102', 'https://awel.be'] });
  expect(lines).toContainEqual({ name: 'Zelfmoordlijn 1813', links: ['tel:1813', 'https://www.zelfmoord1813.be'] });
  expect(lines).toContainEqual({ name: 'Noodnummer', links: ['tel:112'] });
  await expect(page.getByRole('link', { name: 'Bel 106' })).toHaveAttribute('href', 'tel:106');
  await open(page, '/island/werk');
  await expect(page.locator('[data-help-card]')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the saddest face on the health island shows the help card at once, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/exercise/gezondheid_nu');
    await expect(page.locator('[data-help-card]')).toHaveCount(0);
    await page.getByRole('radio', { name: 'Heel slecht' }).check();
    const card = page.locator('[data-help-card]');
    await expect(card).toBeVisible();
    await expect(card.getByRole('link', { name: 'Bel 102' })).toHaveAttribute('href', 'tel:102');
    await expect(card.getByRole('link', { name: 'awel.be' })).toHaveAttribute('href', 'https://awel.be');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `target/screenshots/help-card-${scheme}.png` });
    await expectNoAxeViolations(page);

    // A better face: the card goes, the answer is kept.
    await page.getByRole('radio', { name: 'Gaat wel' }).check();
    await expect(card).toHaveCount(0);
  });
}

test('a score of 2 for health now shows the card; a low wish for later does not', async ({ page }) => {
  await open(page, '/exercise/gezondheid_nu');
  await page.getByRole('radio', { name: 'Goed', exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  // The score for now.
  await page.getByRole('radio', { name: '2', exact: true }).check();
  await expect(page.locator('[data-help-card]')).toBeVisible();
  await page.getByRole('radio', { name: '7', exact: true }).check();
  await expect(page.locator('[data-help-card]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: '1', exact: true }).check();
  await expect(page.locator('[data-help-card]')).toHaveCount(0);
});

test('in Finnish the card shows Finland\'s lines', async ({ page }) => {
  await open(page, '/settings');
  await page.getByRole('radio', { name: 'Suomi' }).check();
  await open(page, '/exercise/gezondheid_nu');
  await page.getByRole('radio', { name: 'Tosi huono' }).check();
  const card = page.locator('[data-help-card]');
  await expect(card.getByRole('heading')).toHaveText('Tarvitsetko apua? Puhu siitä nyt.');
  const lines = await helpLines(page);
  expect(lines).toContainEqual({ name: 'Sekasin-chat', links: ['https://sekasin.fi'] });
  expect(lines).toContainEqual({ name: 'MIELI Kriisipuhelin', links: ['tel:0925250111'] });
  await expect(card.getByRole('link', { name: 'Soita 116 111' })).toHaveAttribute('href', 'tel:116111');
  await expect(card).not.toContainText('Awel');
  await page.screenshot({ path: 'target/screenshots/help-card-fi-light.png' });
});
